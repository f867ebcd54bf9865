import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { READER_PATTERNS, readField } from '../../src/extractors/date.js';
import { read, readDayOnly, readMonthDay, readYearFirst } from '../../src/extractors/date-reader.js';

/** Pieces of dates and their surroundings as minutes write them (ASCII digits: the readers run on the digit-mapped copy). */
const PIECES = [
  '2021', '1999', '二〇二一', '二O二一', '二0二一', '年', '年度', '月', '月份', '日', '号', '11', '1', '09', '9', '31', '30', '3', '12', '13',
  '十', '十一', '十二', '二十', '二十九', '三十', '三十一', '一', '九', ' ', '\u3000', '至', '到', '-', '—', '~', '～', '、', '，', ',', '。',
  '上午', '下午', '晚', '电', '召开', '会议', '第16次', '号召', '2021年11月9日', '11月9日至10日', '2021年至2023年',
];
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 14 }).map((parts) => parts.join(''));

/** The regex's match at `at`, with group spans. */
function regexAt(pattern: RegExp, scan: string, at: number): RegExpExecArray | null {
  const re = new RegExp(pattern.source, 'yd');
  re.lastIndex = at;
  return re.exec(scan);
}

/** A range tail that holds something (an empty one is dropped by the recognisers either way). */
const tailStart = (span: [number, number] | undefined): number => (span && span[1] > span[0] ? span[0] : -1);
const readTailStart = (): number => (read.secondStart >= 0 && read.end > read.secondStart ? read.secondStart : -1);

describe('hand-written date readers match their patterns at every start', () => {
  it('readYearFirst is YEAR_FIRST', () => {
    fc.assert(
      fc.property(text, (scan) => {
        for (let at = 0; at < scan.length; at++) {
          const m = regexAt(READER_PATTERNS.YEAR_FIRST, scan, at);
          expect(readYearFirst(scan, at)).toBe(m !== null);
          if (m === null) continue;
          const g = m.groups ?? {};
          const spans = m.indices?.groups ?? {};
          expect([read.end, read.firstEnd, read.month, read.day]).toEqual([m.index + m[0].length, spans.first?.[1], readField(g.m), readField(g.d)]);
          expect(readTailStart()).toBe(tailStart(spans.second));
          if (readTailStart() >= 0) expect([read.year2At, read.month2, read.day2]).toEqual([spans.y2?.[0] ?? -1, readField(g.m2), readField(g.d2)]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('readMonthDay is MONTH_DAY', () => {
    fc.assert(
      fc.property(text, (scan) => {
        for (let at = 0; at < scan.length; at++) {
          const m = regexAt(READER_PATTERNS.MONTH_DAY, scan, at);
          expect(readMonthDay(scan, at)).toBe(m !== null);
          if (m === null) continue;
          const g = m.groups ?? {};
          const spans = m.indices?.groups ?? {};
          expect([read.end, read.firstEnd, read.month, read.day]).toEqual([m.index + m[0].length, spans.first?.[1], readField(g.m), readField(g.d)]);
          expect(readTailStart()).toBe(tailStart(spans.second));
          if (readTailStart() >= 0) expect([read.month2, read.day2]).toEqual([readField(g.m2), readField(g.d2)]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('readDayOnly is DAY_ONLY', () => {
    fc.assert(
      fc.property(text, (scan) => {
        for (let at = 0; at < scan.length; at++) {
          const m = regexAt(READER_PATTERNS.DAY_ONLY, scan, at);
          const end = readDayOnly(scan, at);
          expect(end).toBe(m === null ? -1 : m.index + m[0].length);
          if (m !== null) expect(read.day).toBe(readField(m.groups?.d));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
