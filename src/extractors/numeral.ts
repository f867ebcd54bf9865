/**
 * Numerals as written in minutes: arabic (`1,234.56`, `1173.3 万`, full-width `１２`), Chinese
 * (`一百四十四`, `两千`, `十一`, `一千零五`, `三点五`, `二〇二一`), 大写 (`壹佰贰拾万`) and mixed
 * scales (`3.5万亿`, `2亿3千万`), each read to an exact decimal string.
 */
import { addDecimal, isDecimal, mulDecimal, normaliseDecimal, shiftDecimal } from './decimal.js';

/** Chinese digit characters (小写, 大写, traditional, the zero variants) and their values. */
export const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, '○': 0, Ｏ: 0,
  一: 1, 壹: 1, 弌: 1,
  二: 2, 两: 2, 兩: 2, 贰: 2, 貳: 2, 弍: 2,
  三: 3, 叁: 3, 參: 3, 叄: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};

/** Units inside one four-digit section, as powers of ten: 十 → 1, 百 → 2, 千 → 3. */
export const SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3,
};

/** Section units, as powers of ten: 万 → 4, 亿 → 8 (万亿 is read as 万 × 亿). */
export const BIG_UNITS: Readonly<Record<string, number>> = {
  万: 4, 萬: 4, 亿: 8, 億: 8,
};

const DIGIT_CLASS = Object.keys(DIGITS).join('');
const SMALL_CLASS = Object.keys(SMALL_UNITS).join('');
const BIG_CLASS = Object.keys(BIG_UNITS).join('');

/** Regex source for an arabic number: ASCII or full-width digits, `,` thousands groups, a decimal point. */
export const ARABIC_SOURCE = '[0-9０-９]+(?:[, ][0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?';

/** Regex source for one scale character after an arabic number (`万`, `亿`, `千` but not the 千 of 千瓦/千克/千米/千卡). */
export const SCALE_SOURCE = `(?:[${SMALL_CLASS}](?![瓦克米卡伏])|[${BIG_CLASS}])`;

/** Regex source for a Chinese numeral: starts with a digit or 十, may carry 点 and fractional digits. */
export const CHINESE_SOURCE = `[${DIGIT_CLASS}十拾][${DIGIT_CLASS}${SMALL_CLASS}${BIG_CLASS}]*(?:[点點][${DIGIT_CLASS}]+[${BIG_CLASS}]*)?`;

/** Regex source for an arabic number with optional scales, chained (`2亿3千万`) and spaced (`1173.3 万`). */
export const MIXED_SOURCE = `${ARABIC_SOURCE}(?: ?${SCALE_SOURCE}+(?:${ARABIC_SOURCE} ?${SCALE_SOURCE}+)*)?`;

/** Regex source for any numeral this module can read; embed it, then pass the matched text to `parseNumeral`. */
export const NUMBER_SOURCE = `(?:${MIXED_SOURCE}|${CHINESE_SOURCE})`;

/** Characters that may sit just before a numeral without being part of it; a numeral never starts after these. */
export const NUMERAL_CHAR_CLASS = `0-9０-９.．${DIGIT_CLASS}${SMALL_CLASS}${BIG_CLASS}`;

const FULL_WIDTH_DIGIT = /[０-９]/g;
const SPACES = /[\s\u3000]+/g;
const THOUSANDS_COMMA = /(?<=(?:^|[^\d.])\d{1,3}(?:,\d{3})*),(?=\d{3}(?!\d))/g;
const ARABIC_RUN = /^\d+(?:\.\d+)?/;
// Plain ASCII whole numbers, read without the general path.
const ASCII_INTEGER = /^[0-9]+$/;
const SHORT_ASCII_INTEGER = /^[0-9]{1,6}$/;

/** True when `text` has a full-width digit or point (a loop: a regex scan is slower). */
function hasFullWidthNumeral(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff10 && c <= 0xff19) || c === 0xff0e) return true; // ０-９ ．
  }
  return false;
}

/** `toAsciiDigits` without its cache (for the short numerals `parseNumeral` reads). */
function mapFullWidth(text: string): string {
  if (!hasFullWidthNumeral(text)) return text;
  return text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, '.');
}

// The paragraph of the last `toAsciiDigits` call and its result: the amount, quantity and date
// extractors each ask for the same paragraph in turn.
let lastText = '';
let lastAscii = '';

/** Map full-width digits and the full-width point to ASCII, keeping string length: `１２．５` → `12.5`. */
export function toAsciiDigits(text: string): string {
  if (text !== lastText) {
    lastAscii = mapFullWidth(text);
    lastText = text;
  }
  return lastAscii;
}

/**
 * Read a whole string as one numeral and return its exact value as a decimal string, or null
 * when the string is not a numeral: `'一百四十四'` → `'144'`, `'1,234.56'` → `'1234.56'`,
 * `'壹佰贰拾万'` → `'1200000'`, `'3.5万亿'` → `'3500000000000'`.
 *
 * @param text the numeral alone; spaces inside are ignored, full-width digits accepted.
 */
export function parseNumeral(text: string): string | null {
  if (ASCII_INTEGER.test(text)) return normaliseDecimal(text);
  let s = mapFullWidth(text).replace(SPACES, '').replace(/點/g, '点');
  if (s === '') return null;
  if (s.includes(',')) {
    // `1,234.56`, `2,345.6万`: commas only between complete thousands groups.
    s = s.replace(THOUSANDS_COMMA, '');
    if (s.includes(',')) return null;
  }
  return readBig(s);
}

/** Section units from the largest, with both spellings: 亿/億 → 8, 万/萬 → 4. */
const SECTIONS = [
  [['亿', '億'], 8],
  [['万', '萬'], 4],
] as const;

/** The last index of either one-unit string in `s`, or -1 (a loop: `lastIndexOf` is slow in V8). */
function lastIndexOfEither(s: string, a: string, b: string): number {
  const x = a.charCodeAt(0);
  const y = b.charCodeAt(0);
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === x || c === y) return i;
  }
  return -1;
}

/** Read a numeral that may contain 亿 or 万: split at the last one, read each side, recombine. */
function readBig(s: string): string | null {
  if (s === '') return null;
  for (const [chars, power] of SECTIONS) {
    const at = lastIndexOfEither(s, chars[0], chars[1]);
    if (at < 0) continue;
    const leftText = s.slice(0, at);
    // 3万亿 reads 3万 × 亿, but a second 亿 before the last one (`2亿3亿`) is no numeral.
    if (leftText.includes(chars[0]) || leftText.includes(chars[1])) return null;
    const left = readBig(leftText);
    if (left === null) return null;
    const rightRaw = s.slice(at + 1);
    let rightText = rightRaw.replace(/^[零〇○]+/, '');
    // 一万二 → 12000, 3亿5 → 350000000: a lone digit right after the unit counts one place down.
    const lone = rightRaw.length === 1 && ((DIGITS[rightRaw] ?? 0) > 0 || /^[1-9]$/.test(rightRaw));
    const rightPower = lone ? power - 1 : 0;
    if (rightText === '') rightText = '0';
    const right = readBig(rightText);
    if (right === null) return null;
    // The part after a unit must be smaller than the unit itself (`2亿3千万` yes, `2亿3亿` no).
    const point = right.indexOf('.');
    if ((point < 0 ? right.length : point) > power) return null;
    return addDecimal(shiftDecimal(left, power), shiftDecimal(right, rightPower));
  }
  return readSection(s);
}

/** Read a numeral below 万: arabic (`1234.5`), Chinese with units (`一千零五`), digit strings (`二〇二一`), `三点五`. */
function readSection(s: string): string | null {
  if (isDecimal(s)) return normaliseDecimal(s);
  const point = s.indexOf('点');
  if (point >= 0) {
    const whole = point === 0 ? null : readSection(s.slice(0, point));
    const frac = readDigitString(s.slice(point + 1));
    if (whole === null || frac === null || whole.includes('.')) return null;
    return normaliseDecimal(`${whole}.${frac}`);
  }
  const digits = readDigitString(s);
  if (digits !== null) return normaliseDecimal(digits);

  let total = '0';
  let pending: string | null = null;
  let lastPower = Number.POSITIVE_INFINITY;
  let zeroSince = false;
  let i = 0;
  while (i < s.length) {
    const ch = s[i] as string;
    const run = ARABIC_RUN.exec(s.slice(i));
    if (run) {
      if (pending !== null) return null;
      pending = run[0];
      i += run[0].length;
      continue;
    }
    const digit = DIGITS[ch];
    if (digit !== undefined) {
      if (digit === 0) {
        if (pending !== null) return null;
        zeroSince = true;
      } else {
        if (pending !== null) return null;
        pending = String(digit);
      }
      i += 1;
      continue;
    }
    const power = SMALL_UNITS[ch];
    if (power === undefined || power >= lastPower) return null;
    // 十一 → 11, 一千零十 → 1010: a bare 十 counts one ten.
    const count = pending ?? (power === 1 ? '1' : null);
    if (count === null) return null;
    total = addDecimal(total, mulDecimal(count, shiftDecimal('1', power)));
    pending = null;
    zeroSince = false;
    lastPower = power;
    i += 1;
  }
  if (pending !== null) {
    // 二百五 → 250, 一千二 → 1200: a trailing digit right after 百/千 counts one place down.
    const colloquial = !zeroSince && lastPower >= 2 && lastPower !== Number.POSITIVE_INFINITY && /^[1-9]$/.test(pending);
    total = addDecimal(total, colloquial ? shiftDecimal(pending, lastPower - 1) : pending);
  }
  return lastPower === Number.POSITIVE_INFINITY && pending === null ? null : total;
}

/** Read a string made only of digits, one per place (`二〇二一` → `2021`, `05` → `05`), else null. */
function readDigitString(s: string): string | null {
  if (s === '') return null;
  let out = '';
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') out += ch;
    else {
      const d = DIGITS[ch];
      if (d === undefined) return null;
      out += String(d);
    }
  }
  return out;
}

const ONE_TO_NINE = '一二三四五六七八九';
const TEN = '十';

/**
 * 一 … 九十九 written the usual way (九, 十一, 二十, 三十一): the months and days of dates, read
 * without the general numeral path; null for anything else.
 */
function readTens(text: string): number | null {
  if (text.length === 1) {
    const d = ONE_TO_NINE.indexOf(text);
    return d >= 0 ? d + 1 : text === TEN ? 10 : null;
  }
  const ten = text.indexOf(TEN);
  if (ten < 0 || ten > 1 || text.length > ten + 2 || text.indexOf(TEN, ten + 1) >= 0) return null;
  const tens = ten === 0 ? 1 : ONE_TO_NINE.indexOf(text.charAt(0)) + 1;
  const ones = ten + 1 < text.length ? ONE_TO_NINE.indexOf(text.charAt(ten + 1)) + 1 : 0;
  return tens > 0 && (ones > 0 || ten + 1 === text.length) ? tens * 10 + ones : null;
}

/** Read a small whole number for calendar fields (`十一` → 11, `09` → 9), or null when it is not one. */
export function parseSmallInteger(text: string): number | null {
  if (SHORT_ASCII_INTEGER.test(text)) return Number.parseInt(text, 10);
  const tens = readTens(text);
  if (tens !== null) return tens;
  const value = parseNumeral(text);
  if (value === null || !/^\d{1,6}$/.test(value)) return null;
  return Number.parseInt(value, 10);
}
