/**
 * Counts and measures beside the money: `136 人`, `992 间`, `500 路`, `2 吨/户`, `1.6 万吨`,
 * `4000 大卡`, `197.5%`, `百分之五十`, `3个百分点`.
 *
 * Never a quantity: anything inside an amount or a date, an ordinal (`第16次`, `第 32 次`, `二届十一次`),
 * a document number (`〔2021〕36号`: 号 is no unit), a year, a list marker. A Chinese numeral of
 * one character (`两个大局`, `一方水土`, `五位一体`) is too often part of a set phrase and is
 * skipped; write-outs of two or more characters (`十二项`, `一百四十四人`) count.
 */
import { amountSpans, RANGE_GAP } from './amount.js';
import { dateSpans } from './date.js';
import { NUMBER_SOURCE, NUMERAL_CHAR_CLASS, parseNumeral, toAsciiDigits, CHINESE_SOURCE } from './numeral.js';
import { classSet, inSet, isAsciiDigit } from '../text/chars.js';
import { overlapsNone, type Range } from '../text/ranges.js';
import { compareDecimal } from './decimal.js';
import { PER_SOURCE, QUANTITY_UNIT_SOURCE } from './units.js';

/** One count or measure found in a paragraph; offsets are UTF-16 indices, `end` exclusive. */
export interface QuantityMatch {
  start: number;
  end: number;
  /** `text.slice(start, end)` of the paragraph the quantity was found in. */
  text: string;
  /** Exact value as a decimal string, scale applied (`1.6 万吨` → `16000`). */
  value: string;
  /** The unit as written, with any per-unit (`吨/户`); `%` for percentages (`％` and 百分之 too). */
  unit: string;
  /** The low or high end of a range (`20-30人`, `85%—90%`), else null. */
  range: 'low' | 'high' | null;
  /** Shared by the two ends of a range, numbered from 1 in the paragraph; else null. */
  rangeId: number | null;
}

// 1.6 万吨 | 2 吨/户 | 197.5% | 12个专题 | 1200余人次
const QUANTITY = new RegExp(
  `(?=[${NUMERAL_CHAR_CLASS}])(?<![${NUMERAL_CHAR_CLASS}A-Za-z])(?<num>${NUMBER_SOURCE})(?<fuzzy>[余多])? ?(?<unit>${QUANTITY_UNIT_SOURCE})(?:/(?<per>${PER_SOURCE}))?`,
  'y',
);
// QUANTITY's lookahead and lookbehind as tables: where a match can start, what may not precede it.
const CAN_START = classSet(NUMERAL_CHAR_CLASS);
const NOT_BEFORE = classSet(`${NUMERAL_CHAR_CLASS}A-Za-z`);
// What can stand in a numeral after its first character (点 too: 三点五).
const CAN_CONTINUE = classSet(`${NUMERAL_CHAR_CLASS}点點`);
// 百分之五十, 百分之12.5
const PERCENT_WORDS = new RegExp(`百分之(?<num>${CHINESE_SOURCE}|[0-9]+(?:\\.[0-9]+)?)`, 'g');
// 第16次, 第 32 次, 第2019-27次, 二届十一次: ordinals, not counts.
const ORDINAL_BEFORE = /(?:第[\s0-9\-－]*|届\s*)$/;
const LONE_CHINESE = /^[^0-9]$/;

/** The spans of the amounts and dates of `text`, for a caller that passed none. */
function takenSpans(text: string): Range[] {
  const spans: Range[] = [];
  for (const [start, end] of amountSpans(text)) spans.push({ start, end });
  for (const [start, end] of dateSpans(text)) spans.push({ start, end });
  return spans;
}

/**
 * Find every count, measure and percentage in one paragraph, in text order; none overlaps an
 * amount or a date found in the same paragraph.
 *
 * @param text one paragraph (no newlines); may contain spaces and full-width digits.
 * @param exclude spans already taken by amounts and dates; when omitted they are found here.
 */
export function extractQuantities(text: string, exclude?: ReadonlyArray<{ start: number; end: number }>): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  const scan = toAsciiDigits(text);
  // The spans to stay clear of, found on the first match that needs them.
  let taken: ReadonlyArray<Range> | null = exclude ?? null;

  // The matches a global scan would find: tried at each position that passes the lookaround
  // tables, from the end of the last match on.
  let from = 0;
  for (let at = 0; at < scan.length; at += 1) {
    if (at < from || !inSet(CAN_START, scan.charCodeAt(at)) || (at > 0 && inSet(NOT_BEFORE, scan.charCodeAt(at - 1)))) continue;
    // 一 in 统一 or 一是: a numeral of one Chinese character is never a quantity (LONE_CHINESE
    // below), and no unit hides another numeral's start, so the pattern need not run.
    if (!isAsciiDigit(scan.charCodeAt(at)) && !inSet(CAN_CONTINUE, scan.charCodeAt(at + 1))) continue;
    QUANTITY.lastIndex = at;
    const m = QUANTITY.exec(scan);
    if (m === null) continue;
    from = QUANTITY.lastIndex;
    const g = m.groups ?? {};
    const num = g.num as string;
    const unit = g.unit as string;
    const start = m.index;
    const end = start + m[0].length;
    if (LONE_CHINESE.test(num) || ORDINAL_BEFORE.test(scan.slice(Math.max(0, start - 16), start))) continue;
    if (!overlapsNone((taken ??= takenSpans(text)), start, end)) continue;
    const value = parseNumeral(num);
    if (value === null) continue;
    const written = unit === '％' ? '%' : unit;
    out.push({ start, end, text: text.slice(start, end), value, unit: g.per ? `${written}/${g.per}` : written, range: null, rangeId: null });
  }

  if (scan.includes('百分之')) {
    PERCENT_WORDS.lastIndex = 0;
    for (let m = PERCENT_WORDS.exec(scan); m !== null; m = PERCENT_WORDS.exec(scan)) {
      const start = m.index;
      const end = start + m[0].length;
      const value = parseNumeral(m.groups?.num as string);
      if (value === null || !overlapsNone((taken ??= takenSpans(text)), start, end) || !overlapsNone(out, start, end)) continue;
      out.push({ start, end, text: text.slice(start, end), value, unit: '%', range: null, rangeId: null });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out.length > 0 && hasRangeSign(scan) ? linkRanges(text, scan, out, taken ?? []) : out;
}

/** A bare number and a range sign right before a quantity (the `20-` of `20-30人`). */
const LOW_BEFORE = new RegExp(`(?<![${NUMERAL_CHAR_CLASS}A-Za-z第])([0-9]+(?:\\.[0-9]+)?|[一二三四五六七八九十两百千]+) ?(?:[-－~～〜–—]|至|到) ?$`);

/** True when `scan` has a character of a range sign (most paragraphs have none). */
function hasRangeSign(scan: string): boolean {
  return /[-－~～〜–—至到]/.test(scan);
}

/**
 * Mark the ranges among `found` (in text order): two quantities of one unit joined by a range sign
 * (85%—90%), or a bare number and a range sign before a quantity (20-30人: the 20 is added, with
 * the quantity's unit). The low end must be below the high one.
 */
function linkRanges(text: string, scan: string, found: QuantityMatch[], taken: ReadonlyArray<Range>): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  let id = 0;
  for (const q of found) {
    const prev = out[out.length - 1];
    if (prev && prev.range === null && prev.unit === q.unit && RANGE_GAP.test(scan.slice(prev.end, q.start)) && compareDecimal(prev.value, q.value) < 0) {
      id += 1;
      prev.range = 'low';
      prev.rangeId = id;
      out.push({ ...q, range: 'high', rangeId: id });
      continue;
    }
    const low = LOW_BEFORE.exec(scan.slice(Math.max(prev?.end ?? 0, q.start - 16), q.start));
    const lowValue = low === null ? null : parseNumeral(low[1] as string);
    if (low !== null && lowValue !== null && compareDecimal(lowValue, q.value) < 0) {
      const start = q.start - low[0].length;
      const end = start + (low[1] as string).length;
      if (overlapsNone(taken, start, end)) {
        id += 1;
        out.push({ start, end, text: text.slice(start, end), value: lowValue, unit: q.unit, range: 'low', rangeId: id });
        out.push({ ...q, range: 'high', rangeId: id });
        continue;
      }
    }
    out.push(q);
  }
  return out;
}
