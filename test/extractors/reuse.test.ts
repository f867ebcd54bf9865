import { describe, expect, it } from 'vitest';
import { extractAmounts } from '../../src/extractors/amount.js';
import { extractDates } from '../../src/extractors/date.js';
import { extractQuantities } from '../../src/extractors/quantity.js';
import { TABLE } from './table.js';

// extractQuantities without `exclude` reuses the spans of the last amount and date scan of the
// same paragraph; the result must not depend on which paragraph was scanned before.
describe('quantities without exclude', () => {
  const texts = TABLE.map((row) => row.text);

  it('equal quantities with the amounts and dates passed in, whatever was scanned before', () => {
    texts.forEach((text, i) => {
      const expected = extractQuantities(text, [...extractAmounts(text), ...extractDates(text)]);
      const other = texts[(i + 1) % texts.length] as string;
      extractAmounts(other);
      extractDates(other, { year: 2020, month: 3 });
      expect(extractQuantities(text)).toEqual(expected);
      extractAmounts(text);
      extractDates(text, { year: 2021, month: 11 });
      expect(extractQuantities(text)).toEqual(expected);
      expect(extractQuantities(`${text}`)).toEqual(expected);
    });
  });

  it('date spans do not depend on the reference', () => {
    for (const text of texts) {
      const spans = (ref?: { year: number; month?: number }) => extractDates(text, ref).map((d) => [d.start, d.end]);
      expect(spans({ year: 2021, month: 11 })).toEqual(spans());
      expect(spans({ year: 2019 })).toEqual(spans());
    }
  });

  it('amounts are fresh objects on every call', () => {
    const text = '安排资金1173.3万元，其中中央补助500万元。';
    const first = extractAmounts(text);
    (first[0] as { value: string }).value = 'changed';
    expect(extractAmounts(text)[0]?.value).toBe('11733000');
    expect(extractQuantities(text)).toEqual([]);
  });
});
