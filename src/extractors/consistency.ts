/**
 * Cross-checks on the amounts and dates already extracted, reported as findings (warnings for
 * the caller to place), never thrown:
 *
 * - `amount-capital-mismatch`: a 大写 amount and the 小写 amount written beside it disagree
 *   (`人民币壹佰贰拾万元整（¥1,200,000.00）`, `120万元（大写：壹佰贰拾万元整）`);
 * - `amount-parts-exceed-total`: the parts listed after 其中 add up to more than the total
 *   given by 共计 / 合计 / 总计 / 总额 / 总投资 before them in the same paragraph.
 */
import type { AmountMatch } from './amount.js';
import { compareDecimal, sumDecimals } from './decimal.js';

/** One inconsistency, placed on the paragraph with UTF-16 offsets (`end` exclusive). */
export interface Finding {
  start: number;
  end: number;
  rule: 'amount-capital-mismatch' | 'amount-parts-exceed-total';
  message: string;
}

const CAPITAL = /[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]/;
const SMALL_WRITTEN = /[0-9０-９]/;
// （¥  （小写：  (大写:  — what may sit between an amount and its other spelling.
const BESIDE = /^\s*[（(]?\s*(?:小写|大写|小寫|大寫)?\s*[:：]?\s*$/;
const TOTAL_WORD = /共计|合计|总计|總計|合計|共計|总额|總額|总投资|總投資|总预算|总金额|累计|共安排|共需/g;
const PARTS_WORD = /其中/g;

/**
 * Check the amounts of one paragraph against each other.
 *
 * @param text the paragraph the amounts were extracted from.
 * @param amounts the output of `extractAmounts(text)`.
 */
export function checkAmounts(text: string, amounts: AmountMatch[]): Finding[] {
  return [...checkCapitals(text, amounts), ...checkParts(text, amounts)].sort((a, b) => a.start - b.start);
}

/** 大写 beside 小写 (either order, brackets and 大写/小写 labels allowed between) must agree. */
function checkCapitals(text: string, amounts: AmountMatch[]): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i + 1 < amounts.length; i += 1) {
    const a = amounts[i] as AmountMatch;
    const b = amounts[i + 1] as AmountMatch;
    const aCapital = CAPITAL.test(a.text) && !SMALL_WRITTEN.test(a.text);
    const bCapital = CAPITAL.test(b.text) && !SMALL_WRITTEN.test(b.text);
    if (aCapital === bCapital || a.range !== null || b.range !== null) continue;
    if (!BESIDE.test(text.slice(a.end, b.start))) continue;
    if (a.currency === b.currency && compareDecimal(a.value, b.value) === 0) continue;
    const [capital, small] = aCapital ? [a, b] : [b, a];
    findings.push({
      start: a.start,
      end: b.end,
      rule: 'amount-capital-mismatch',
      message: `大写 ${capital.text} (${capital.value} ${capital.currency}) disagrees with 小写 ${small.text} (${small.value} ${small.currency})`,
    });
  }
  return findings;
}

/** Amounts after 其中 must not add up to more than the total stated before them. */
function checkParts(text: string, amounts: AmountMatch[]): Finding[] {
  const findings: Finding[] = [];
  if (!text.includes('其中')) return findings; // no parts listed
  const totals = [...text.matchAll(TOTAL_WORD)].map((m) => m.index);
  const partsAt = [...text.matchAll(PARTS_WORD)].map((m) => m.index);
  const seen = new Set<number>();
  for (const at of totals) {
    // The total is the first amount after the word (总投资共计500万元: both words name one total).
    const total = amounts.find((a) => a.start >= at && a.start - at <= 12 && a.range === null);
    if (!total || seen.has(total.start)) continue;
    seen.add(total.start);
    const from = partsAt.find((p) => p >= total.end);
    if (from === undefined) continue;
    const nextTotal = totals.find((t) => t > from) ?? text.length;
    const parts = amounts.filter(
      (a) => a.start > from && a.start < nextTotal && a.range === null && a.currency === total.currency && a.per === total.per,
    );
    if (parts.length === 0) continue;
    const sum = sumDecimals(parts.map((p) => p.value));
    if (compareDecimal(sum, total.value) <= 0) continue;
    const last = parts.at(-1) as AmountMatch;
    findings.push({
      start: total.start,
      end: last.end,
      rule: 'amount-parts-exceed-total',
      message: `parts after 其中 add up to ${sum} ${total.currency}, more than the total ${total.text} (${total.value})`,
    });
  }
  return findings;
}

const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * Compare a meeting date with the document's issue date; returns a message when the meeting is
 * dated after the issue, else null (also null when either is missing or not an ISO date).
 *
 * @param meetingDate ISO `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) of the meeting, or null.
 * @param issueDate ISO date the minutes were issued (印发), or null.
 */
export function checkDateOrder(meetingDate: string | null, issueDate: string | null): string | null {
  if (meetingDate === null || issueDate === null || !ISO.test(meetingDate) || !ISO.test(issueDate)) return null;
  // Compare only as far as both are precise: 2021-11 is not after 2021-11-10.
  const n = Math.min(meetingDate.length, issueDate.length);
  if (meetingDate.slice(0, n) <= issueDate.slice(0, n)) return null;
  return `meeting date ${meetingDate} is after issue date ${issueDate}`;
}
