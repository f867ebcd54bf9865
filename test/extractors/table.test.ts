import { describe, expect, it } from 'vitest';
import { extractAmounts } from '../../src/extractors/amount.js';
import { extractDates } from '../../src/extractors/date.js';
import { extractQuantities } from '../../src/extractors/quantity.js';
import { TABLE, type Row } from './table.js';

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Where each expected match should sit: its `at`, else the next occurrence of its text. */
function expectedStarts(text: string, items: ReadonlyArray<{ text: string; at?: number }>): number[] {
  let cursor = 0;
  return items.map((item) => {
    const start = item.at ?? text.indexOf(item.text, cursor);
    if (start < 0) throw new Error(`expected text ${JSON.stringify(item.text)} is not in the row from ${cursor}`);
    cursor = start + item.text.length;
    return start;
  });
}

/** Expected range ids: each low end opens the next id, its high end shares it. */
function expectedRangeIds(items: ReadonlyArray<{ range: 'low' | 'high' | null }>): Array<number | null> {
  let id = 0;
  return items.map((item) => (item.range === 'low' ? (id += 1) : item.range === 'high' ? id : null));
}

const label = (row: Row) => `${row.source} | ${row.text.slice(0, 40)}`;

describe('the sentence table', () => {
  it('has at least 200 rows, 40 of them without money', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(200);
    expect(TABLE.filter((row) => row.amounts.length === 0).length).toBeGreaterThanOrEqual(40);
  });
});

describe.each(TABLE.map((row) => [label(row), row] as const))('%s', (_name, row) => {
  it('finds exactly the expected amounts, at the expected offsets', () => {
    const found = extractAmounts(row.text);
    const starts = expectedStarts(row.text, row.amounts);
    const ids = expectedRangeIds(row.amounts);
    expect(found).toEqual(
      row.amounts.map((e, i) => ({
        start: starts[i],
        end: (starts[i] as number) + e.text.length,
        text: e.text,
        value: e.value,
        currency: e.currency,
        per: e.per,
        bound: e.bound,
        approx: e.approx,
        range: e.range,
        rangeId: ids[i],
      })),
    );
    for (const m of found) expect(row.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds exactly the expected quantities, at the expected offsets', () => {
    const found = extractQuantities(row.text);
    const starts = expectedStarts(row.text, row.quantities);
    expect(found).toEqual(
      row.quantities.map((e, i) => ({
        start: starts[i],
        end: (starts[i] as number) + e.text.length,
        text: e.text,
        value: e.value,
        unit: e.unit,
        range: null,
        rangeId: null,
      })),
    );
    for (const m of found) expect(row.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds exactly the expected dates, at the expected offsets', () => {
    const found = extractDates(row.text, row.ref);
    const starts = expectedStarts(row.text, row.dates);
    const ids = expectedRangeIds(row.dates);
    expect(found.map(({ start, end, text, value, inferred, range, rangeId }) => ({ start, end, text, value, inferred, range, rangeId }))).toEqual(
      row.dates.map((e, i) => ({
        start: starts[i],
        end: (starts[i] as number) + e.text.length,
        text: e.text,
        value: e.value,
        inferred: e.inferred,
        range: e.range,
        rangeId: ids[i],
      })),
    );
    for (const m of found) {
      expect(row.text.slice(m.start, m.end)).toBe(m.text);
      // The numeric fields agree with the value string.
      const parts = m.value?.split('-').map((p) => Number.parseInt(p, 10)) ?? [];
      if (m.value !== null) expect([m.year, m.month ?? undefined, m.day ?? undefined].slice(0, parts.length)).toEqual(parts);
    }
  });

  it('never overlaps a quantity with an amount or a date', () => {
    const taken = [...extractAmounts(row.text), ...extractDates(row.text, row.ref)];
    for (const q of extractQuantities(row.text)) {
      for (const t of taken) expect(q.end <= t.start || q.start >= t.end, `${q.text} overlaps ${t.text}`).toBe(true);
    }
  });
});

describe('values over the whole table', () => {
  /** Every `value` anywhere in the output, and every number that is not a whole number. */
  function scan(node: unknown, values: unknown[], floats: number[]): void {
    if (typeof node === 'number' && !Number.isInteger(node)) floats.push(node);
    if (Array.isArray(node)) for (const x of node) scan(x, values, floats);
    else if (node !== null && typeof node === 'object') {
      for (const [key, x] of Object.entries(node)) {
        if (key === 'value') values.push(x);
        scan(x, values, floats);
      }
    }
  }

  it('are never JS numbers: amount and quantity values are decimal strings, date values strings or null', () => {
    const moneyValues: unknown[] = [];
    const dateValues: unknown[] = [];
    const floats: number[] = [];
    for (const row of TABLE) {
      scan([extractAmounts(row.text), extractQuantities(row.text)], moneyValues, floats);
      scan(extractDates(row.text, row.ref), dateValues, floats);
    }
    expect(moneyValues.length).toBeGreaterThan(150);
    expect(floats).toEqual([]);
    for (const v of moneyValues) {
      expect(typeof v).toBe('string');
      expect(v).toMatch(DECIMAL);
    }
    for (const v of dateValues) {
      if (v !== null) expect(v).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });
});

describe('extractQuantities with spans supplied by the caller', () => {
  it('gives the same result as finding the amounts and dates itself', () => {
    for (const row of TABLE) {
      const taken = [...extractAmounts(row.text), ...extractDates(row.text, row.ref)];
      expect(extractQuantities(row.text, taken)).toEqual(extractQuantities(row.text));
    }
  });

  it('skips whatever span it is told to skip', () => {
    expect(extractQuantities('招聘工作人员 136 人', [{ start: 7, end: 12 }])).toEqual([]);
  });
});
