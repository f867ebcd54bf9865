/**
 * Direct readers for the two commonest date patterns of ./date.ts, `YEAR_FIRST`
 * (`2021年11月9日`, `二〇二一年十一月十日`, with a range tail) and `MONTH_DAY` (`11月9日至10日`):
 * each gives, at one start, exactly what the sticky regex would match there (the same
 * alternatives tried in the same order, the same backtracking), without building a match
 * object and its named groups.
 */
import { hasUnit, isAsciiDigit, skipSpaces } from '../text/chars.js';

/** Every character of the regexes' `CN_DIGIT` class: Chinese digits, the zero variants, and `0`. */
export const CN_DIGIT = '〇○零OＯ0一二三四五六七八九';

const TEN = 0x5341; // 十
const YEAR_CHAR = 0x5e74; // 年
const MONTH_CHAR = 0x6708; // 月
const DAY_CHAR = 0x65e5; // 日
const HAO = 0x53f7; // 号
const DU = 0x5ea6; // 度
const FEN = 0x4efd; // 份


/** 一 … 九 → 1 … 9, else 0. */
function cnOneToNine(code: number): number {
  switch (code) {
    case 0x4e00: return 1; // 一
    case 0x4e8c: return 2; // 二
    case 0x4e09: return 3; // 三
    case 0x56db: return 4; // 四
    case 0x4e94: return 5; // 五
    case 0x516d: return 6; // 六
    case 0x4e03: return 7; // 七
    case 0x516b: return 8; // 八
    case 0x4e5d: return 9; // 九
    default: return 0;
  }
}

/** True for one of the range signs of `SEP`: 至 到 — － - ~ ～ 〜 –. */
export function isRangeSign(code: number): boolean {
  return (
    code === 0x81f3 || code === 0x5230 || code === 0x2014 || code === 0xff0d || code === 0x2d ||
    code === 0x7e || code === 0xff5e || code === 0x301c || code === 0x2013
  );
}


/** True when a year (YEAR: 19xx, 20xx, or 二〇二一 digit by digit) starts at `at`. */
export function isYearAt(scan: string, at: number): boolean {
  const a = scan.charCodeAt(at);
  const b = scan.charCodeAt(at + 1);
  if ((a === 0x31 && b === 0x39) || (a === 0x32 && b === 0x30)) {
    return isAsciiDigit(scan.charCodeAt(at + 2)) && isAsciiDigit(scan.charCodeAt(at + 3));
  }
  if (a !== 0x4e00 && a !== 0x4e8c) return false; // 一 二
  return hasUnit(CN_DIGIT, b) && hasUnit(CN_DIGIT, scan.charCodeAt(at + 2)) && hasUnit(CN_DIGIT, scan.charCodeAt(at + 3));
}

// The alternatives of a field at one position, in the order the regex tries them: lengths and values.
const fieldLength = new Int32Array(4);
const fieldValues = new Int32Array(4);

/**
 * The alternatives of `MONTH` (`1[0-2]|0?[1-9]|十[一二]?|[一…九]`) or, with `day`, of `DAY`
 * (`3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一…九]?|十[一…九]?|[一…九]`) at `at`, in the regex's order;
 * returns how many.
 */
function fieldAlternatives(scan: string, at: number, day: boolean): number {
  let n = 0;
  const a = scan.charCodeAt(at);
  const b = scan.charCodeAt(at + 1);
  if (isAsciiDigit(a)) {
    const da = a - 0x30;
    if (day) {
      if (da === 3 && (b === 0x30 || b === 0x31)) {
        fieldLength[n] = 2;
        fieldValues[n++] = 30 + (b - 0x30);
      } else if ((da === 1 || da === 2) && isAsciiDigit(b)) {
        fieldLength[n] = 2;
        fieldValues[n++] = da * 10 + (b - 0x30);
      }
    } else if (da === 1 && b >= 0x30 && b <= 0x32) {
      fieldLength[n] = 2;
      fieldValues[n++] = 10 + (b - 0x30);
    }
    // 0?[1-9]
    if (da === 0) {
      if (b >= 0x31 && b <= 0x39) {
        fieldLength[n] = 2;
        fieldValues[n++] = b - 0x30;
      }
    } else {
      fieldLength[n] = 1;
      fieldValues[n++] = da;
    }
    return n;
  }
  const one = cnOneToNine(a);
  if (day) {
    // 三十一?  二十[一…九]?
    if ((one === 3 || one === 2) && b === TEN) {
      const c = cnOneToNine(scan.charCodeAt(at + 2));
      if (one === 3 ? c === 1 : c > 0) {
        fieldLength[n] = 3;
        fieldValues[n++] = one * 10 + c;
      }
      fieldLength[n] = 2;
      fieldValues[n++] = one * 10;
    }
  }
  if (a === TEN) {
    // 十[一二]? for a month, 十[一…九]? for a day
    const c = cnOneToNine(b);
    if (day ? c > 0 : c === 1 || c === 2) {
      fieldLength[n] = 2;
      fieldValues[n++] = 10 + c;
    }
    fieldLength[n] = 1;
    fieldValues[n++] = 10;
    return n;
  }
  if (one > 0) {
    fieldLength[n] = 1;
    fieldValues[n++] = one;
  }
  return n;
}

/** The value of the field read by the last successful `field` call. */
let fieldValue = 0;

/**
 * `(?<f>MONTH|DAY)\s*[t1t2]` at `at`: the index after the terminator, with the value in
 * `fieldValue`, or -1.
 */
function field(scan: string, at: number, day: boolean, t1: number, t2: number): number {
  const n = fieldAlternatives(scan, at, day);
  for (let k = 0; k < n; k++) {
    const e = skipSpaces(scan, at + (fieldLength[k] as number));
    const code = scan.charCodeAt(e);
    if (code === t1 || code === t2) {
      fieldValue = fieldValues[k] as number;
      return e + 1;
    }
  }
  return -1;
}

/** What `YEAR_FIRST` or `MONTH_DAY` matched at one start (fields absent are null). */
export interface DateRead {
  /** End of the whole match (the regex's lastIndex). */
  end: number;
  /** End of the first date (group `first`). */
  firstEnd: number;
  month: number | null;
  day: number | null;
  /** Start of the range tail's second date (group `second`), or -1 without a tail. */
  secondStart: number;
  /** Start of the second date's year (group `y2`), or -1 when it has none. */
  year2At: number;
  month2: number | null;
  day2: number | null;
}

/** Filled by the readers below and reused (read it before the next call). */
export const read: DateRead = { end: 0, firstEnd: 0, month: null, day: null, secondStart: -1, year2At: -1, month2: null, day2: null };

/** No range tail read (yet). */
function clearTail(): void {
  read.secondStart = -1;
  read.year2At = -1;
  read.month2 = null;
  read.day2 = null;
}

/** True when `code` may not stand before a date: `(?<![0-9${CN_DIGIT}十])`. */
function isDigitBefore(code: number): boolean {
  return isAsciiDigit(code) || code === TEN || hasUnit(CN_DIGIT, code);
}

/**
 * `YEAR_FIRST` at `at` (its year is `scan.slice(at, at + 4)`): true and `read` filled, or false
 * where the regex does not match.
 */
export function readYearFirst(scan: string, at: number): boolean {
  if (!isYearAt(scan, at) || (at > 0 && isDigitBefore(scan.charCodeAt(at - 1)))) return false;
  let p = skipSpaces(scan, at + 4);
  if (scan.charCodeAt(p) !== YEAR_CHAR) return false;
  p += 1;
  if (scan.charCodeAt(p) === DU) p += 1;
  let month: number | null = null;
  let day: number | null = null;
  let e = field(scan, skipSpaces(scan, p), false, MONTH_CHAR, MONTH_CHAR);
  if (e >= 0) {
    month = fieldValue;
    p = e;
    if (scan.charCodeAt(p) === FEN) p += 1;
    e = field(scan, skipSpaces(scan, p), true, DAY_CHAR, HAO);
    if (e >= 0) {
      day = fieldValue;
      p = e;
    }
  }
  read.firstEnd = p;
  read.month = month;
  read.day = day;
  clearTail();
  let q = skipSpaces(scan, p);
  if (q < scan.length && isRangeSign(scan.charCodeAt(q))) {
    q = skipSpaces(scan, q + 1);
    read.secondStart = q;
    let r = q;
    if (isYearAt(scan, r)) {
      const t = skipSpaces(scan, r + 4);
      if (scan.charCodeAt(t) === YEAR_CHAR) {
        read.year2At = r;
        r = t + 1;
        if (scan.charCodeAt(r) === DU) r += 1;
      }
    }
    e = field(scan, skipSpaces(scan, r), false, MONTH_CHAR, MONTH_CHAR);
    if (e >= 0) {
      read.month2 = fieldValue;
      r = e;
      if (scan.charCodeAt(r) === FEN) r += 1;
    }
    e = field(scan, skipSpaces(scan, r), true, DAY_CHAR, HAO);
    if (e >= 0) {
      read.day2 = fieldValue;
      r = e;
    }
    p = r;
  }
  read.end = p;
  return true;
}

/**
 * `MONTH\s*月\s*DAY\s*[日号]` at `at`: the index after 日/号 with the month and day in `read`, or -1.
 * Tries the month's alternatives in order, and for each the day's (the regex's backtracking).
 */
function monthDayAt(scan: string, at: number): number {
  const months = fieldAlternatives(scan, at, false);
  if (months === 0) return -1;
  // Copy: the day's alternatives reuse the arrays.
  const l0 = fieldLength[0] as number;
  const l1 = fieldLength[1] as number;
  const l2 = fieldLength[2] as number;
  const v0 = fieldValues[0] as number;
  const v1 = fieldValues[1] as number;
  const v2 = fieldValues[2] as number;
  for (let k = 0; k < months; k++) {
    const len = k === 0 ? l0 : k === 1 ? l1 : l2;
    const m = skipSpaces(scan, at + len);
    if (scan.charCodeAt(m) !== MONTH_CHAR) continue;
    const e = field(scan, skipSpaces(scan, m + 1), true, DAY_CHAR, HAO);
    if (e >= 0) {
      read.month = k === 0 ? v0 : k === 1 ? v1 : v2;
      read.day = fieldValue;
      return e;
    }
  }
  return -1;
}

/** Years named by the document's own (今年5月1日), as an offset from the reference year. */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  今年: 0, 本年: 0, 当年: 0, 去年: -1, 上年: -1, 前年: -2, 明年: 1, 翌年: 1, 次年: 1,
};

/** The first characters of {@link RELATIVE_YEARS} (each word is that character and 年). */
export const RELATIVE_YEAR_FIRST = Object.keys(RELATIVE_YEARS).map((w) => w.charAt(0)).join('');

/**
 * `MONTH_DAY` at `at`: true and `read` filled (`month2` null when the tail has no month), or
 * false where the regex does not match.
 */
export function readMonthDay(scan: string, at: number): boolean {
  if (at > 0) {
    const before = scan.charCodeAt(at - 1);
    // 年 ends a year written before (2021年11月9日 is read whole), but 今年, 去年, 明年 name none.
    if ((before === YEAR_CHAR && !(at > 1 && RELATIVE_YEAR_FIRST.includes(scan.charAt(at - 2)))) || isDigitBefore(before)) return false;
  }
  const firstEnd = monthDayAt(scan, at);
  if (firstEnd < 0) return false;
  const month = read.month;
  const day = read.day;
  read.firstEnd = firstEnd;
  read.end = firstEnd;
  clearTail();
  let q = skipSpaces(scan, firstEnd);
  if (q < scan.length && isRangeSign(scan.charCodeAt(q))) {
    q = skipSpaces(scan, q + 1);
    // (?:(?<m2>MONTH)\s*月\s*)?(?<d2>DAY)\s*[日号]: with the month first, else the day alone.
    let e = monthDayAt(scan, q);
    if (e >= 0) {
      read.month2 = read.month;
      read.day2 = read.day;
    } else {
      e = field(scan, q, true, DAY_CHAR, HAO);
      if (e >= 0) read.day2 = fieldValue;
    }
    if (e >= 0) {
      read.secondStart = q;
      read.end = e;
    }
  }
  read.month = month;
  read.day = day;
  return true;
}

/**
 * `\s*(?:上午|下午|晚上|晚间|晚|早上|凌晨|中午|电|電|[,，、])` at `at` (DAY_ONLY's lookahead):
 * a time of day, 电, or a clause break.
 */
function timeOrBreakAt(scan: string, at: number): boolean {
  const a = scan.charCodeAt(skipSpaces(scan, at));
  switch (a) {
    case 0x665a: // 晚 (晚上 晚间 晚)
    case 0x7535: // 电
    case 0x96fb: // 電
    case 0x2c: // ,
    case 0xff0c: // ，
    case 0x3001: // 、
      return true;
    default: {
      const b = scan.charCodeAt(skipSpaces(scan, at) + 1);
      return (
        ((a === 0x4e0a || a === 0x4e0b || a === 0x4e2d) && b === 0x5348) || // 上午 下午 中午
        (a === 0x65e9 && b === 0x4e0a) || // 早上
        (a === 0x51cc && b === 0x6668) // 凌晨
      );
    }
  }
}

/**
 * `DAY_ONLY` at `at`: the end of the match (after 日) with the day in `read.day`, or -1 where
 * the regex does not match.
 */
export function readDayOnly(scan: string, at: number): number {
  if (at > 0) {
    const before = scan.charCodeAt(at - 1);
    if (before === MONTH_CHAR || isDigitBefore(before)) return -1;
  }
  const n = fieldAlternatives(scan, at, true);
  for (let k = 0; k < n; k++) {
    const e = at + (fieldLength[k] as number);
    if (scan.charCodeAt(e) === DAY_CHAR && timeOrBreakAt(scan, e + 1)) {
      read.day = fieldValues[k] as number;
      return e + 1;
    }
  }
  return -1;
}
