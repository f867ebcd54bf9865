/**
 * Read amounts, quantities and dates from every run of prose, place them in the input and
 * assign each to its top-level item; then run the consistency checks.
 */
import { extractAmounts } from '../extractors/amount.js';
import { checkAmounts, checkDateOrder } from '../extractors/consistency.js';
import { extractDates } from '../extractors/date.js';
import { NUMERAL_CHAR_CLASS } from '../extractors/numeral.js';
import { extractQuantities } from '../extractors/quantity.js';
import { classSet, hasAnyInSet } from '../text/chars.js';
import type { Amount, DateMention, Position, Quantity } from '../schema.js';
import type { BuildContext, Built } from './build.js';

/** Values read from the prose. */
export interface Values {
  amounts: Amount[];
  quantities: Quantity[];
  dates: DateMention[];
}

// Every amount, quantity and date starts with one of these (a digit, full-width too, or a Chinese
// numeral: 百 of 百分之 as well): a run of prose without one holds no value, and four in ten runs
// have none, so one scan of it replaces all the extractors.
const NUMERAL_CHARS = classSet(NUMERAL_CHAR_CLASS);

/** Extract the values of every prose run of the built document. */
export function extractValues(built: Built, ctx: BuildContext): Values {
  const { counter, toSource, file } = ctx;
  const amounts: Amount[] = [];
  const quantities: Quantity[] = [];
  const dates: DateMention[] = [];
  const refDate = built.meta.meetingDate ?? built.meta.issueDate ?? built.meta.printDate;
  const ref = refDate ? { year: Number(refDate.slice(0, 4)), month: Number(refDate.slice(5, 7)), day: Number(refDate.slice(8, 10)) } : undefined;
  const amountRanges = new RangeNumbers();
  const quantityRanges = new RangeNumbers();
  // The `from` of every run read so far, by the input offset its text starts at: a run that
  // repeats one already read is skipped. Keyed by numbers, so no key string is built and hashed
  // per run.
  const seen = new Map<number, number[]>();

  for (const run of built.runs) {
    const start = run.spans.segments[0]?.start ?? 0;
    const froms = seen.get(start);
    if (froms === undefined) seen.set(start, [run.from]);
    else if (froms.includes(run.from)) continue;
    else froms.push(run.from);
    const text = run.spans.text.slice(run.from, run.to);
    if (!hasAnyInSet(text, NUMERAL_CHARS)) continue;
    const at = (from: number, to: number): Position => {
      const [a, b] = run.spans.span(run.from + from, run.from + to);
      return counter.position(toSource(a), toSource(b));
    };
    const raw = (from: number, to: number) => run.spans.raw.slice(run.from + from, run.from + to);
    const found = extractAmounts(text);
    for (const a of found) {
      amounts.push({
        item: run.item,
        text: raw(a.start, a.end),
        value: a.value,
        currency: a.currency,
        per: a.per,
        bound: a.bound,
        approx: a.approx,
        range: a.range,
        rangeId: amountRanges.of(a.rangeId),
        position: at(a.start, a.end),
      });
    }
    amountRanges.nextRun();
    for (const f of found.length > 0 ? checkAmounts(text, found) : []) {
      const [s, e] = run.spans.span(run.from + f.start, run.from + f.end);
      file.add(f.rule, f.message, s, e);
    }
    // Dates are read once: their spans (with the amounts') are what quantities must stay clear of.
    const foundDates = extractDates(text, ref);
    for (const q of extractQuantities(text, found.length === 0 ? foundDates : [...found, ...foundDates])) {
      quantities.push({ item: run.item, text: raw(q.start, q.end), value: q.value, unit: q.unit, range: q.range, rangeId: quantityRanges.of(q.rangeId), position: at(q.start, q.end) });
    }
    quantityRanges.nextRun();
    for (const d of foundDates) {
      if (d.value === null) continue;
      dates.push({ item: run.item, text: raw(d.start, d.end), value: d.value, inferred: d.inferred, position: at(d.start, d.end) });
    }
  }
  const order = checkDateOrder(built.meta.meetingDate, built.meta.issueDate);
  if (order) file.add('date-order', order, null, null);
  return { amounts, quantities, dates };
}

/**
 * Document-wide numbers for ranges numbered from 1 in each run: a run's ids follow those of the
 * runs before it.
 */
class RangeNumbers {
  private base = 0;
  private max = 0;

  /** The document's id of a run's range id (null stays null). */
  of(local: number | null): number | null {
    if (local === null) return null;
    this.max = Math.max(this.max, local);
    return this.base + local;
  }

  /** The next run starts after the ids of this one. */
  nextRun(): void {
    this.base += this.max;
    this.max = 0;
  }
}
