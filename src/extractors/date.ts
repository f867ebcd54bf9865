/**
 * Calendar dates in one paragraph, from an ordered list of small recognisers:
 *
 * - `2021年11月9日`, `2021 年 11 月 9 日`, `二〇二一年十一月十日`, `2021年11月`, `2021年`, `2021年度`,
 *   with a range tail (`2021年至2023年`, `2021年11月9日至10日`, `2021年11月9日至12月1日`);
 * - `2021-2023年` (a year range written once);
 * - `11月9日`, `11月9日至10日` (the year comes from the caller's reference);
 * - `2021-11-09`, `2021/11/9`, `2021.11.9`;
 * - `15.10.2019` stamps: read day first (D.M.Y), unless the second part is over 12 and so can
 *   only be a day (M.D.Y); a following time (`17:10`) does not change the reading;
 * - `25日,` `3日下午`: a day alone, only before a time of day, 电, or a clause break.
 *
 * Overlapping candidates are resolved longest first, then by recogniser order.
 */
import { DIGITS, parseSmallInteger, toAsciiDigits } from './numeral.js';
import { charSet, inSet, isAsciiDigit, isSpace, skipSpaces } from '../text/chars.js';
import { overlapsNone } from '../text/ranges.js';
import { CN_DIGIT, isRangeSign, isYearAt, read, readDayOnly, readMonthDay, readYearFirst, RELATIVE_YEAR_FIRST, RELATIVE_YEARS } from './date-reader.js';

/** One date found in a paragraph; offsets are UTF-16 indices, `end` exclusive. */
export interface DateMatch {
  start: number;
  end: number;
  /** `text.slice(start, end)` of the paragraph the date was found in. */
  text: string;
  /** The year, stated or inferred; null when the text has none and no reference was given. */
  year: number | null;
  month: number | null;
  day: number | null;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when no year is known (the caller decides). */
  value: string | null;
  /** True when a part of the date (year, or year and month) was taken from the reference. */
  inferred: boolean;
  /** Which end of a range (`2021年至2023年`) this is, else null. */
  range: 'low' | 'high' | null;
  /** Shared by the two ends of one range; numbered 1, 2, … within one call. */
  rangeId: number | null;
}

/** The document's own date, used to complete dates written without a year (never today's date). */
export interface DateReference {
  year: number;
  month?: number;
  /** With `month`: the day, so a deadline on the reference day itself stays in its year. */
  day?: number;
}

/** Date parts as written; a missing part is null. */
interface Parts {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** A recogniser's find: one date, or two for a range, with their spans in the paragraph. */
interface Candidate {
  start: number;
  end: number;
  order: number;
  dates: Array<{ start: number; end: number; parts: Parts }>;
}

const YEAR = `(?:(?:19|20)[0-9]{2}|[一二][${CN_DIGIT}]{3})`;
const MONTH = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
const DAY = '(?:3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';
const SEP = '(?:至|到|—|－|-|~|～|〜|–)';
// A cheap first-character test before the lookbehind keeps the scan fast on long paragraphs.
const NO_DIGIT_BEFORE = `(?=[0-9一二三四五六七八九十])(?<![0-9${CN_DIGIT}十])`;

// 2021年11月9日 | 二〇二一年十一月十日 | 2021年11月 | 2021年度, then 至2023年 | 至12月1日 | 至10日
const YEAR_FIRST = new RegExp(
  `${NO_DIGIT_BEFORE}(?<first>(?<y>${YEAR})\\s*年(?:度)?(?:\\s*(?<m>${MONTH})\\s*月(?:份)?(?:\\s*(?<d>${DAY})\\s*[日号])?)?)` +
    `(?:\\s*${SEP}\\s*(?<second>(?:(?<y2>${YEAR})\\s*年(?:度)?)?(?:\\s*(?<m2>${MONTH})\\s*月(?:份)?)?(?:\\s*(?<d2>${DAY})\\s*[日号])?))?`,
  'y',
);
// 2021-2023年, 2021至2023年
const YEAR_RANGE = new RegExp(`${NO_DIGIT_BEFORE}(?<y>${YEAR})\\s*${SEP}\\s*(?<second>(?<y2>${YEAR})\\s*年(?:度)?)`, 'y');
// 2015、2016年度: the years listed before the one that carries 年.
const YEAR_LIST = new RegExp(`${NO_DIGIT_BEFORE}(?<y>(?:19|20)[0-9]{2})(?=(?:、(?:19|20)[0-9]{2})*、(?:19|20)[0-9]{2}\\s*年)`, 'y');
// 11月9日, 11月9日至10日, 11月9日至12月1日
const MONTH_DAY = new RegExp(
  `(?=[0-9一二三四五六七八九十])(?<![0-9${CN_DIGIT}十]|(?<![${RELATIVE_YEAR_FIRST}])年)(?<first>(?<m>${MONTH})\\s*月\\s*(?<d>${DAY})\\s*[日号])` +
    `(?:\\s*${SEP}\\s*(?<second>(?:(?<m2>${MONTH})\\s*月\\s*)?(?<d2>${DAY})\\s*[日号]))?`,
  'y',
);
// 6月底, 3月中旬 (not 1-4月份: a month alone, or a range of months, is no date here)
const MONTH_PART = new RegExp(
  `(?=[0-9一二三四五六七八九十])(?<![0-9${CN_DIGIT}十\\-—~至到]|(?<![${RELATIVE_YEAR_FIRST}])年)(?<m>${MONTH})\\s*月(?:底|末|初|中旬|上旬|下旬)`,
  'y',
);
// 2021-11-09, 2021/11/9, 2021.11.9
const NUMERIC_YMD = new RegExp(
  `(?=[12])(?<![0-9.\\-/])(?<y>(?:19|20)[0-9]{2})(?<s>[-/.])(?<m>1[0-2]|0?[1-9])\\k<s>(?<d>3[01]|[12][0-9]|0?[1-9])(?![0-9]|\\.[0-9])`,
  'y',
);
// 15.10.2019 17:10
const NUMERIC_DMY = new RegExp(`(?=[0-9])(?<![0-9.])(?<a>[0-3]?[0-9])\\.(?<b>[01]?[0-9])\\.(?<y>(?:19|20)[0-9]{2})(?![0-9]|\\.[0-9])`, 'y');
// 25日,  3日下午  26日電
const DAY_ONLY = new RegExp(
  `(?=[0-9一二三四五六七八九十])(?<![0-9${CN_DIGIT}十月])(?<d>${DAY})日(?=\\s*(?:上午|下午|晚上|晚间|晚|早上|凌晨|中午|电|電|[,，、]))`,
  'y',
);

/**
 * The patterns the readers of date-reader.ts implement by hand (they match what these would at
 * each start); kept as their definition and checked against them by test/extractors/date-reader.test.ts.
 */
export const READER_PATTERNS = { YEAR_FIRST, MONTH_DAY, DAY_ONLY } as const;

/**
 * Read a year written in arabic or digit by digit in Chinese (`二〇二一`), its zero perhaps typed
 * as the letter O or the digit 0 (`二O二一`, `二0二一`).
 */
function readYear(text: string): number | null {
  if (text.length === 4) {
    let value = 0;
    for (let i = 0; i < 4; i++) {
      const code = text.charCodeAt(i);
      if (!isAsciiDigit(code)) {
        value = -1;
        break;
      }
      value = value * 10 + (code - 0x30);
    }
    if (value >= 0) return value;
  }
  let digits = '';
  for (const ch of text) {
    const d = ch === 'O' || ch === 'Ｏ' || ch === '0' ? 0 : DIGITS[ch];
    if (d === undefined) return null;
    digits += String(d);
  }
  return digits.length === 4 ? Number.parseInt(digits, 10) : null;
}

/** Read an optional month or day field (`11`, `十一`), or null when absent. */
export function readField(text: string | undefined): number | null {
  return text === undefined ? null : parseSmallInteger(text);
}

/** Days in a month; February has 29 when the year is unknown. */
function daysIn(year: number | null, month: number): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the parts name a real calendar date. */
function isValid(p: Parts): boolean {
  if (p.month !== null && (p.month < 1 || p.month > 12)) return false;
  if (p.day !== null && (p.day < 1 || p.day > (p.month === null ? 31 : daysIn(p.year, p.month)))) return false;
  return true;
}

// Spans of named groups without the `d` flag (which makes every match build index arrays): each
// pattern opens with its first date (`first`, `y`) and closes with its range tail (`second`).

/** Span of a group that opens the match. */
function headSpan(m: RegExpExecArray, name: string): [number, number] {
  return [m.index, m.index + (m.groups?.[name] as string).length];
}

/** Span of a group that closes the match, or null when it did not take part. */
function tailSpan(m: RegExpExecArray, name: string): [number, number] | null {
  const g = m.groups?.[name];
  if (g === undefined) return null;
  const end = m.index + m[0].length;
  return [end - g.length, end];
}

/** Trim trailing spaces off a span so `2021 年 ` never ends in a space. */
function trimSpan(scan: string, start: number, end: number): [number, number] {
  let e = end;
  while (e > start && isSpace(scan.charCodeAt(e - 1))) e -= 1;
  return [start, e];
}

/**
 * Where a recogniser's matches can start, by the word every match of it contains: numeral starts
 * (see `startsOf`) in the runs of date characters holding 年, 月, 日, or a digit, `-` `/` `.`, digit.
 */
interface Starts {
  year: number[];
  month: number[];
  day: number[];
  numeric: number[];
}

/**
 * A recogniser: adds the candidates it finds in the ASCII-digit copy of the paragraph to `out`,
 * marked with its `order`. One array for all of them, so the caller's loop sees one kind of array.
 */
type Recogniser = (scan: string, starts: Starts, order: number, out: Candidate[]) => void;

/**
 * The matches of a sticky regex in `scan`, the same as a global scan from 0 would find: tried at
 * each of `starts` (ascending, a superset of where a match can start) not inside the last match
 * where `may`, a cheap test that holds wherever the regex can match, lets it.
 */
function matches(re: RegExp, scan: string, starts: readonly number[], may: (scan: string, at: number) => boolean): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const at of starts) {
    if (at < from || !may(scan, at)) continue;
    re.lastIndex = at;
    const m = re.exec(scan);
    if (m === null) continue;
    from = re.lastIndex;
    out.push(m);
  }
  return out;
}

// Necessary conditions for a match at `at`, tested before a regex is run there.
/** YEAR_RANGE: a range sign after the year (four characters) and any spaces. */
const rangeSignAfterYear = (scan: string, at: number) => isRangeSign(scan.charCodeAt(skipSpaces(scan, at + 4)));
/** YEAR_LIST: 、 right after the year. */
const listMarkAfterYear = (scan: string, at: number) => scan.charCodeAt(at + 4) === 0x3001;
/** NUMERIC_YMD: a separator right after the four-digit year. */
const separatorAfterYear = (scan: string, at: number) => isNumericSeparator(scan.charCodeAt(at + 4));
/** NUMERIC_DMY: the point after a day of one or two digits. */
const pointAfterDay = (scan: string, at: number) =>
  (at + 1 < scan.length && scan.charCodeAt(at + 1) === 0x2e) || (at + 2 < scan.length && scan.charCodeAt(at + 2) === 0x2e);

/**
 * Year-first dates with an optional range tail whose missing parts come from the first date.
 * `readYearFirst` reads what `YEAR_FIRST` would match at each start (the regex stays as its
 * definition); tried as `matches` does, not inside the last match.
 */
const yearFirst: Recogniser = (scan, starts, order, out) => {
  let from = 0;
  for (const at of starts.year) {
    if (at < from || !readYearFirst(scan, at)) continue;
    from = read.end;
    const first: Parts = { year: readYear(scan.slice(at, at + 4)), month: read.month, day: read.day };
    if (first.year === null || !isValid(first)) continue;
    const dates = [{ start: at, end: trimSpan(scan, at, read.firstEnd)[1], parts: first }];
    if (read.secondStart >= 0 && read.end > read.secondStart) {
      const second = tail(first, read.year2At < 0 ? null : readYear(scan.slice(read.year2At, read.year2At + 4)), read.month2, read.day2);
      if (second) dates.push({ start: read.secondStart, end: trimSpan(scan, read.secondStart, read.end)[1], parts: second });
    }
    out.push({ start: at, end: (dates.at(-1) as (typeof dates)[number]).end, order, dates });
  }
};

/**
 * Complete a range's second date from its first: `11月9日至10日` → the month and year of the first.
 * The second must start at the same or a coarser field than the first ends with
 * (`2021年至2023年`, `11月9日至12月1日`), else it is not a range tail.
 */
function tail(first: Parts, year: number | null, month: number | null, day: number | null): Parts | null {
  if (year === null && month === null && day === null) return null;
  const firstLevel = first.day !== null ? 3 : first.month !== null ? 2 : 1;
  const secondLevel = day !== null ? 3 : month !== null ? 2 : 1;
  if (firstLevel !== secondLevel) return null;
  if (year === null && month === null && firstLevel !== 3) return null;
  if (year === null && firstLevel === 1) return null;
  const parts: Parts = { year: year ?? first.year, month: month ?? (year === null ? first.month : null), day };
  if (parts.month === null && firstLevel >= 2) return null;
  return isValid(parts) ? parts : null;
}

/** `2021-2023年`: two years, the first without its 年. */
const yearRange: Recogniser = (scan, starts, order, out) => {
  for (const m of matches(YEAR_RANGE, scan, starts.year, rangeSignAfterYear)) {
    const g = m.groups ?? {};
    const y1 = readYear(g.y as string);
    const y2 = readYear(g.y2 as string);
    const ys = headSpan(m, 'y');
    const ss = tailSpan(m, 'second') as [number, number];
    if (y1 === null || y2 === null || y2 <= y1) continue;
    out.push({
      start: ys[0],
      end: ss[1],
      order,
      dates: [
        { start: ys[0], end: ys[1], parts: { year: y1, month: null, day: null } },
        { start: ss[0], end: trimSpan(scan, ...ss)[1], parts: { year: y2, month: null, day: null } },
      ],
    });
  }
};

/** `2015、2016年度`: an earlier year in a list that ends with 年. */
const yearList: Recogniser = (scan, starts, order, out) => {
  for (const m of matches(YEAR_LIST, scan, starts.year, listMarkAfterYear)) {
    const start = m.index;
    const end = start + (m.groups?.y as string).length;
    out.push({ start, end, order, dates: [{ start, end, parts: { year: readYear(m.groups?.y as string), month: null, day: null } }] });
  }
};

/** `11月9日`, with an optional tail `至10日` / `至12月1日` (read by `readMonthDay`, as `MONTH_DAY` would). */
const monthDay: Recogniser = (scan, starts, order, out) => {
  let from = 0;
  for (const at of starts.month) {
    if (at < from || !readMonthDay(scan, at)) continue;
    from = read.end;
    const first: Parts = { year: null, month: read.month, day: read.day };
    if (!isValid(first)) continue;
    const dates = [{ start: at, end: trimSpan(scan, at, read.firstEnd)[1], parts: first }];
    if (read.secondStart >= 0) {
      const second: Parts = { year: null, month: read.month2 ?? first.month, day: read.day2 };
      if (isValid(second)) dates.push({ start: read.secondStart, end: trimSpan(scan, read.secondStart, read.end)[1], parts: second });
    }
    out.push({ start: at, end: (dates.at(-1) as (typeof dates)[number]).end, order, dates });
  }
};

/** `2021-11-09`, `2021/11/9`, `2021.11.9`. */
const numericYmd: Recogniser = (scan, starts, order, out) => {
  for (const m of matches(NUMERIC_YMD, scan, starts.numeric, separatorAfterYear)) {
    const g = m.groups ?? {};
    const parts: Parts = { year: readYear(g.y as string), month: readField(g.m), day: readField(g.d) };
    if (!isValid(parts)) continue;
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, order, dates: [{ start: m.index, end, parts }] });
  }
};

/** `15.10.2019`: day first unless the second part is over 12. */
const numericDmy: Recogniser = (scan, starts, order, out) => {
  for (const m of matches(NUMERIC_DMY, scan, starts.numeric, pointAfterDay)) {
    const g = m.groups ?? {};
    const a = readField(g.a) ?? 0;
    const b = readField(g.b) ?? 0;
    const [day, month] = b > 12 ? [b, a] : [a, b];
    const parts: Parts = { year: readYear(g.y as string), month, day };
    if (!isValid(parts)) continue;
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, order, dates: [{ start: m.index, end, parts }] });
  }
};

/** `25日,` `3日下午`: a day of the month alone (read by `readDayOnly`, as `DAY_ONLY` would). */
const dayOnly: Recogniser = (scan, starts, order, out) => {
  let from = 0;
  for (const at of starts.day) {
    if (at < from) continue;
    const end = readDayOnly(scan, at);
    if (end < 0) continue;
    from = end;
    const parts: Parts = { year: null, month: null, day: read.day };
    if (!isValid(parts)) continue;
    out.push({ start: at, end, order, dates: [{ start: at, end, parts }] });
  }
};

/** `6月底`, `3月中旬`: a part of a month without a year (the deadlines of minutes), read to the month. */
const monthPart: Recogniser = (scan, starts, order, out) => {
  let from = 0;
  for (const at of starts.month) {
    if (at < from) continue;
    MONTH_PART.lastIndex = at;
    const m = MONTH_PART.exec(scan);
    if (m === null) continue;
    const end = at + m[0].length;
    from = end;
    const parts: Parts = { year: null, month: readField(m.groups?.m), day: null };
    if (parts.month === null || !isValid(parts)) continue;
    out.push({ start: at, end, order, dates: [{ start: at, end, parts }] });
  }
};

/** The recognisers, in priority order for candidates of equal length. */
export const DATE_RECOGNISERS: readonly Recogniser[] = [yearFirst, yearRange, numericYmd, numericDmy, yearList, monthDay, dayOnly, monthPart];

/** The key of `Starts` each recogniser (same order) reads. */
const NEEDS: ReadonlyArray<keyof Starts> = ['year', 'year', 'numeric', 'numeric', 'year', 'month', 'day', 'month'];

// Every character a date match consumes (and YEAR_LIST's lookahead reads): digits (arabic, Chinese,
// the zero variants), 年 度 月 份 日 号, range signs, numeric separators, 、 and white space (`\s`).
const DATE_CHARS = charSet(
  `0123456789${CN_DIGIT}十年度月份日号至到—－-~～〜–/.、` +
    String.fromCharCode(
      0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
      0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
    ),
);
// First characters a match can have (each recogniser's leading lookahead).
const START_CHARS = charSet('0123456789一二三四五六七八九十');
const YEAR_CHAR = 0x5e74; // 年
const MONTH_CHAR = 0x6708; // 月
const DAY_CHAR = 0x65e5; // 日

const isNumericSeparator = (code: number) => code === 0x2d || code === 0x2f || code === 0x2e; // - / .

// The next 年, 月, 日 and numeric anchors (`1-2`, `1/2`, `1.2`) of the paragraph `startsOf` reads,
// each found with indexOf (no regex: one that runs a few times a document is compiled again and
// again) and kept until passed; -2 before the first search, -1 when there is none.
let yearAt = -2;
let monthAt = -2;
let dayAt = -2;
let dashAt = -2;
let slashAt = -2;
let pointAt = -2;

/** The first `i >= from` with an ASCII digit at `i`, `sep` at `i + 1` and a digit at `i + 2`, or -1. */
function numericAnchor(scan: string, sep: string, from: number): number {
  for (let k = scan.indexOf(sep, from + 1); k >= 0; k = scan.indexOf(sep, k + 1)) {
    if (isAsciiDigit(scan.charCodeAt(k - 1)) && isAsciiDigit(scan.charCodeAt(k + 1))) return k - 1;
  }
  return -1;
}

/** The lesser of two anchors, -1 standing for none. */
const earlier = (a: number, b: number) => (a < 0 ? b : b < 0 || a < b ? a : b);

/**
 * Where the next date can be, at or after `from` (which never decreases between two
 * `resetAnchors`): a date contains 年, 月 or 日, or is numeric (digit, separator, digit). -1 when
 * there is none.
 */
function nextAnchor(scan: string, from: number): number {
  if (yearAt !== -1 && yearAt < from) yearAt = scan.indexOf('年', from);
  if (monthAt !== -1 && monthAt < from) monthAt = scan.indexOf('月', from);
  if (dayAt !== -1 && dayAt < from) dayAt = scan.indexOf('日', from);
  if (dashAt !== -1 && dashAt < from) dashAt = numericAnchor(scan, '-', from);
  if (slashAt !== -1 && slashAt < from) slashAt = numericAnchor(scan, '/', from);
  if (pointAt !== -1 && pointAt < from) pointAt = numericAnchor(scan, '.', from);
  return earlier(earlier(earlier(yearAt, monthAt), earlier(dayAt, dashAt)), earlier(slashAt, pointAt));
}

/** Start the anchor search of a new paragraph. */
function resetAnchors(): void {
  yearAt = monthAt = dayAt = dashAt = slashAt = pointAt = -2;
}

/**
 * Where each recogniser can match. A match lies inside one maximal run of date characters that
 * holds its word, and starts at a possible first character not preceded by an ASCII digit (every
 * recogniser's lookbehind rules that out): those positions, in order, per word.
 */
function startsOf(scan: string): Starts | null {
  let starts: Starts | null = null;
  resetAnchors();
  for (let anchor = nextAnchor(scan, 0); anchor >= 0; ) {
    let from = anchor;
    while (from > 0 && inSet(DATE_CHARS, scan.charCodeAt(from - 1))) from -= 1;
    let to = anchor;
    while (to < scan.length && inSet(DATE_CHARS, scan.charCodeAt(to))) to += 1;
    anchor = nextAnchor(scan, to);
    let year = false;
    let month = false;
    let day = false;
    let numeric = false;
    const local: number[] = [];
    let prev = from > 0 ? scan.charCodeAt(from - 1) : 0;
    for (let i = from; i < to; i += 1) {
      const code = scan.charCodeAt(i);
      if (code === YEAR_CHAR) year = true;
      else if (code === MONTH_CHAR) month = true;
      else if (code === DAY_CHAR) day = true;
      else if (isNumericSeparator(code) && isAsciiDigit(prev) && isAsciiDigit(scan.charCodeAt(i + 1))) numeric = true;
      if (inSet(START_CHARS, code) && !isAsciiDigit(prev)) local.push(i);
      prev = code;
    }
    if (local.length === 0) continue;
    starts ??= { year: [], month: [], day: [], numeric: [] };
    // The year recognisers start with a year: only its possible starts are worth a try.
    if (year) for (const at of local) if (isYearAt(scan, at)) starts.year.push(at);
    if (month) starts.month.push(...local);
    if (day) starts.day.push(...local);
    if (numeric) starts.numeric.push(...local);
  }
  return starts;
}

// The paragraph (ASCII-digit copy) of the last `findCandidates` call and its result.
let lastScan: string | null = null;
let lastCandidates: Candidate[] = [];

/** `findCandidates`, reusing the last result when it was for the same paragraph. */
function candidatesOf(scan: string): Candidate[] {
  if (scan !== lastScan) {
    lastCandidates = findCandidates(scan);
    lastScan = scan;
  }
  return lastCandidates;
}

/**
 * The `[start, end)` spans of `extractDates(text)` (they do not depend on the reference).
 */
export function dateSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  for (const c of candidatesOf(toAsciiDigits(text))) for (const d of c.dates) spans.push([d.start, d.end]);
  return spans;
}

/** Run every recogniser and keep non-overlapping candidates, longest first, then by order. */
function findCandidates(scan: string): Candidate[] {
  const all: Candidate[] = [];
  const starts = startsOf(scan);
  if (starts === null) return all;
  for (let order = 0; order < DATE_RECOGNISERS.length; order++) {
    if (starts[NEEDS[order] as keyof Starts].length === 0) continue;
    (DATE_RECOGNISERS[order] as Recogniser)(scan, starts, order, all);
  }
  if (all.length <= 1) return all;
  all.sort((x, y) => y.end - y.start - (x.end - x.start) || x.order - y.order || x.start - y.start);
  const kept: Candidate[] = [];
  for (const c of all) if (overlapsNone(kept, c.start, c.end)) kept.push(c);
  return kept.sort((x, y) => x.start - y.start);
}

/**
 * Year for a date written without one. A deadline (`11月30日前完成`) lies ahead of the meeting:
 * the year of its next occurrence on or after the reference day. Any other date takes the
 * reference year, unless it lies across the new year by at most two months (`1月5日` in a
 * December meeting, `12月28日` in a January one): then the neighbouring year, as the nearer one.
 */
function inferYear(month: number, day: number | null, ref: DateReference, deadline: boolean): number {
  if (ref.month === undefined) return ref.year;
  if (deadline) {
    const before = month < ref.month || (month === ref.month && day !== null && ref.day !== undefined && day < ref.day);
    return before ? ref.year + 1 : ref.year;
  }
  if (ref.month - month >= 10) return ref.year + 1;
  if (month - ref.month >= 10) return ref.year - 1;
  return ref.year;
}

/** What follows a deadline's date: 前, 之前, 以前, 底前 (not 前后, around it). */
const DEADLINE_AFTER = /^\s*(?:[之以底])?前(?!后)/;
/** Verbs of work still to be done, which make a date in their clause a deadline or a start. */
const DEADLINE_VERB = /完成|启动|实施|完工|开工|建成/;
/** Words that put a clause's date in the past: 截至3月31日, 已完成, 以来. */
const PAST_MARK = /截至|截止|已|以来/;
/** Characters that end a clause. */
const CLAUSE_BREAK = /[，,。；;！!？?：:]/;

/**
 * True when the date at `[start, end)` of `text` is a deadline or the start of work to be done:
 * followed by 前 (`6月30日前`), or in a clause that names such work (`7月1日启动`) and nothing that
 * puts it in the past.
 */
export function isDeadline(text: string, start: number, end: number): boolean {
  if (DEADLINE_AFTER.test(text.slice(end, end + 4))) return true;
  let a = start;
  while (a > 0 && !CLAUSE_BREAK.test(text.charAt(a - 1))) a -= 1;
  let b = end;
  while (b < text.length && !CLAUSE_BREAK.test(text.charAt(b))) b += 1;
  const clause = text.slice(a, b);
  return DEADLINE_VERB.test(clause) && !PAST_MARK.test(clause);
}

/** Format parts as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or null without a year. */
function formatValue(p: Parts): string | null {
  if (p.year === null) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (p.month === null) return String(p.year);
  return p.day === null ? `${p.year}-${pad(p.month)}` : `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/**
 * Find every date in one paragraph, in text order; a range yields two matches sharing a `rangeId`.
 *
 * @param text one paragraph (no newlines); may contain spaces and full-width digits.
 * @param ref the document's own date (meeting or issue date), used for dates written without a
 *   year, which are then marked `inferred`; without it such dates keep `year: null, value: null`.
 */
export function extractDates(text: string, ref?: DateReference): DateMatch[] {
  const scan = toAsciiDigits(text);
  const out: DateMatch[] = [];
  let rangeId = 0;
  for (const c of candidatesOf(scan)) {
    const id = c.dates.length > 1 ? (rangeId += 1) : null;
    let firstYearInferred = false;
    for (let i = 0; i < c.dates.length; i++) {
      const d = c.dates[i] as Candidate['dates'][number];
      const parts: Parts = { year: d.parts.year, month: d.parts.month, day: d.parts.day };
      let inferred: boolean = i > 0 && firstYearInferred;
      if (parts.year === null && ref !== undefined) {
        if (parts.month === null && parts.day !== null) {
          // 25日: month and year both come from the reference, when it has a month.
          if (ref.month !== undefined) {
            parts.month = ref.month;
            parts.year = ref.year;
            inferred = true;
          }
        } else if (parts.month !== null) {
          const relative = i === 0 ? RELATIVE_YEARS[scan.slice(Math.max(0, c.start - 2), c.start)] : undefined;
          parts.year =
            relative !== undefined
              ? ref.year + relative
              : i > 0 && out.at(-1)?.year != null
                ? (out.at(-1)?.year as number)
                : inferYear(parts.month, parts.day, ref, isDeadline(text, c.start, c.end));
          inferred = true;
        }
        if (!isValid(parts)) {
          parts.year = null;
          parts.month = d.parts.month;
          inferred = false;
        }
      }
      if (i === 0) firstYearInferred = inferred;
      out.push({
        start: d.start,
        end: d.end,
        text: text.slice(d.start, d.end),
        year: parts.year,
        month: parts.month,
        day: parts.day,
        value: formatValue(parts),
        inferred,
        range: id === null ? null : i === 0 ? 'low' : 'high',
        rangeId: id,
      });
    }
  }
  return out;
}

/**
 * The date at the very start of `text` when it is a year-first date with month and day and no
 * range tail (`2021 年 11 月 9 日，…`), else null. Such a date is then the first of
 * `extractDates(text, ref)` for any `ref`, as read (no other recogniser's match at or inside it
 * reaches past it), so a caller after the first full date need not run the rest. Reads only the
 * first 48 characters.
 */
export function leadingDate(text: string): { year: number; month: number; day: number } | null {
  const head = toAsciiDigits(text.length > 48 ? text.slice(0, 48) : text);
  // The reader looks no further than the first non-space after the date: it must be in `head`
  // (or `head` be all of `text`).
  if (!readYearFirst(head, 0) || read.secondStart >= 0 || read.month === null || read.day === null) return null;
  if (head.length < text.length && skipSpaces(head, read.end) >= head.length) return null;
  const parts: Parts = { year: readYear(head.slice(0, 4)), month: read.month, day: read.day };
  if (parts.year === null || !isValid(parts)) return null;
  return { year: parts.year, month: read.month, day: read.day };
}

// What a date can be made of, by the original text: the characters a match consumes (DATE_CHARS of
// the ASCII-digit copy) and the full-width digits and point that copy maps to ASCII.
const isDateTextChar = (code: number) => inSet(DATE_CHARS, code) || (code >= 0xff10 && code <= 0xff19) || code === 0xff0e;

/**
 * `extractDates(text, ref)` up to the first date that starts after `until`: the same dates, read
 * from a prefix of `text` when it is long. A date lies in one run of date characters and its
 * recogniser looks at most two characters past it, so the prefix ends a few characters after the
 * run at `until + 1`; candidates in different runs never overlap, so later runs change nothing.
 */
export function extractDatesUntil(text: string, until: number, ref?: DateReference): DateMatch[] {
  let i = until + 1;
  while (i < text.length && isDateTextChar(text.charCodeAt(i))) i += 1;
  const cut = i + 8;
  const found = extractDates(cut < text.length ? text.slice(0, cut) : text, ref);
  const stop = found.findIndex((d) => d.start > until);
  return stop < 0 ? found : found.slice(0, stop);
}

/**
 * The date a text starts with when it states year, month and day, whatever follows it: a 时间：
 * line's `2023年3月13日（星期一）上午9:00`, `2023.3.13（周一）`, `2023年3月13日14:30`. The first day
 * of a range (`3月13日至14日`) is the date the meeting began. Null when the text starts otherwise.
 */
export function startingDate(text: string): { year: number; month: number; day: number } | null {
  const at = skipSpaces(text, 0);
  const first = extractDatesUntil(text, at)[0];
  if (!first || first.start !== at || first.year === null || first.month === null || first.day === null) return null;
  return { year: first.year, month: first.month, day: first.day };
}

/**
 * Read a whole string as one date with its year stated, or null: `'二〇二一年十一月十日'`,
 * `'2021 年 11 月 9 日'`, `'2021-11-09'`, `'15.10.2019'`, `'2021年11月'`.
 *
 * @param text the date alone; surrounding spaces are ignored.
 */
export function parseDate(text: string): { year: number; month: number | null; day: number | null } | null {
  const trimmed = text.trim();
  // The usual case: a year-first date without a range tail spans the whole string. It is then the
  // only candidate extractDates keeps (the longest, and of the first recogniser), so read it alone.
  const scan = toAsciiDigits(trimmed);
  if (readYearFirst(scan, 0) && read.end === scan.length && read.secondStart < 0) {
    const parts: Parts = { year: readYear(scan.slice(0, 4)), month: read.month, day: read.day };
    if (parts.year !== null && isValid(parts)) return { year: parts.year, month: parts.month, day: parts.day };
  }
  const found = extractDates(trimmed);
  const only = found[0];
  if (found.length !== 1 || !only || only.start !== 0 || only.end !== trimmed.length || only.year === null) return null;
  return { year: only.year, month: only.month, day: only.day };
}
