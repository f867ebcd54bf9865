import { describe, expect, it } from 'vitest';
import { extractDates, parseDate } from '../../src/extractors/date.js';

describe('parseDate', () => {
  it.each([
    ['二〇二一年十一月十日', { year: 2021, month: 11, day: 10 }],
    ['二○二一年十一月九日', { year: 2021, month: 11, day: 9 }],
    ['2021 年 11 月 9 日', { year: 2021, month: 11, day: 9 }],
    ['2021-11-09', { year: 2021, month: 11, day: 9 }],
    ['2021/11/9', { year: 2021, month: 11, day: 9 }],
    ['2021.11.9', { year: 2021, month: 11, day: 9 }],
    ['15.10.2019', { year: 2019, month: 10, day: 15 }],
    ['2021年11月', { year: 2021, month: 11, day: null }],
    ['2021年', { year: 2021, month: null, day: null }],
    ['  2021年11月9日 ', { year: 2021, month: 11, day: 9 }],
    ['２０２１年１１月９日', { year: 2021, month: 11, day: 9 }],
    ['2020年2月29日', { year: 2020, month: 2, day: 29 }],
  ])('%s', (text, expected) => {
    expect(parseDate(text)).toEqual(expected);
  });

  it.each([['11月9日'], ['2021年至2023年'], ['2021年11月9日上午'], ['2021-13-01'], ['2021年2月30日'], ['2019年2月29日'], ['0477-1234567'], ['']])(
    'rejects %j',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );
});

describe('extractDates: year inference', () => {
  it('leaves a date without a year open when no reference is given', () => {
    expect(extractDates('11月9日召开')).toEqual([
      { start: 0, end: 5, text: '11月9日', year: null, month: 11, day: 9, value: null, inferred: false, range: null, rangeId: null },
    ]);
  });

  it('takes the year from the reference, never from today', () => {
    const [found] = extractDates('11月9日召开', { year: 1999 });
    expect(found).toMatchObject({ year: 1999, value: '1999-11-09', inferred: true });
  });

  it('picks the neighbouring year nearest the reference month', () => {
    expect(extractDates('12月28日', { year: 2022, month: 1 })[0]?.value).toBe('2021-12-28');
    expect(extractDates('1月5日', { year: 2021, month: 12 })[0]?.value).toBe('2022-01-05');
    expect(extractDates('6月5日', { year: 2021, month: 12 })[0]?.value).toBe('2021-06-05');
  });

  it('completes a day alone only from a reference with a month', () => {
    expect(extractDates('25日,市长', { year: 2019 })[0]).toMatchObject({ value: null, month: null, day: 25, inferred: false });
    expect(extractDates('25日,市长', { year: 2019, month: 12 })[0]).toMatchObject({ value: '2019-12-25', inferred: true });
  });

  it('does not infer a day that the reference month does not have', () => {
    expect(extractDates('30日,市长', { year: 2021, month: 2 })[0]).toMatchObject({ value: null, inferred: false });
  });
});

describe('extractDates: D.M.Y stamps', () => {
  it.each([
    ['15.10.2019 17:10', '2019-10-15'],
    ['05.03.2021 09:15', '2021-03-05'],
    ['05.03.2021', '2021-03-05'],
    ['03.15.2020', '2020-03-15'],
    ['31.12.2020', '2020-12-31'],
  ])('%s → %s', (text, value) => {
    expect(extractDates(text)[0]?.value).toBe(value);
  });

  it('rejects impossible stamps', () => {
    expect(extractDates('31.02.2020')).toEqual([]);
    expect(extractDates('13.13.2020')).toEqual([]);
  });
});

describe('extractDates: ranges', () => {
  it('splits 2021年至2023年 into two matches sharing a range id', () => {
    const found = extractDates('2021年至2023年计划化解隐性债务，2024年至2025年巩固');
    expect(found.map((d) => [d.text, d.value, d.range, d.rangeId])).toEqual([
      ['2021年', '2021', 'low', 1],
      ['2023年', '2023', 'high', 1],
      ['2024年', '2024', 'low', 2],
      ['2025年', '2025', 'high', 2],
    ]);
  });

  it('does not read a year range backwards', () => {
    expect(extractDates('2023-2021年').map((d) => d.text)).toEqual(['2021年']);
  });
});
