/** Dates whose year is written relative to the document's: 今年5月1日, 去年12月, 明年1月10日. */
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extractors/date.js';

const ref = { year: 2023, month: 4, day: 20 };
const read = (text: string) => extractDates(text, ref).map((d) => [d.text, d.value, d.inferred]);

describe('a month and day after 今年, 去年, 明年', () => {
  it.each([
    ['自今年5月1日起执行。', [['5月1日', '2023-05-01', true]]],
    ['本年10月31日前完成。', [['10月31日', '2023-10-31', true]]],
    ['去年12月28日召开的会议', [['12月28日', '2022-12-28', true]]],
    ['翌年1月10日前完成销号。', [['1月10日', '2024-01-10', true]]],
    ['明年3月1日起施行。', [['3月1日', '2024-03-01', true]]],
    ['2023年5月1日起执行。', [['2023年5月1日', '2023-05-01', false]]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a part of a month without a year (6月底前, 3月中旬)', () => {
  it.each([
    ['6月底前完成摸底调查。', [['6月底', '2023-06', true]]],
    ['3月中旬完成招标，5月下旬开工。', [['3月中旬', '2024-03', true], ['5月下旬', '2023-05', true]]],
    ['2023年6月底前完成。', [['2023年6月', '2023-06', false]]],
    ['1-4月份全县财政收入', []],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
