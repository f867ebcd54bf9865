/**
 * Score one parsed document against its gold file: per field, true positives, misses (false
 * negatives) and false positives, plus a list of every miss and false positive.
 *
 * Every field is a list of comparable keys. Strings match when equal after removing all
 * whitespace (strict); in soft mode the title and item headings also match when their
 * Levenshtein ratio is at least `SOFT_THRESHOLD`.
 */
import type { Gold } from './gold.js';
import { levenshteinRatio } from './levenshtein.js';
import type { MinutesDocument } from '../schema.js';

/** The scored fields, in report order. */
export const FIELDS = [
  'meta.issuer',
  'meta.docNumber',
  'meta.title',
  'meta.session',
  'meta.meetingDate',
  'meta.issueDate',
  'meta.printedBy',
  'meta.printDate',
  'meta.chair',
  'items',
  'items.children',
  'items.resolutions',
  'resolutions_outside_items',
  'amounts',
  'attendance',
  'distribution',
] as const;

export type Field = (typeof FIELDS)[number];

/** Minimum Levenshtein ratio for a soft match of titles and headings. */
export const SOFT_THRESHOLD = 0.9;

/** True positives, misses (false negatives) and false positives. */
export interface Counts {
  tp: number;
  fn: number;
  fp: number;
}

/**
 * One miss or false positive. `expected` set and `got` null: a miss; `expected` null and `got`
 * set: a false positive; both set: a mismatch, counted as one miss and one false positive.
 */
export interface Discrepancy {
  field: Field;
  doc: string;
  expected: string | null;
  got: string | null;
}

/** The score of one document. */
export interface DocScore {
  /** The input file name, from the gold file's `doc`. */
  doc: string;
  soft: boolean;
  fields: Record<Field, Counts>;
  /** Sum of the counts over all fields. */
  total: Counts;
  discrepancies: Discrepancy[];
  /** Why the document could not be parsed (then it is scored as an empty result), else null. */
  error: string | null;
}

export interface CompareOptions {
  /** Also accept titles and headings whose Levenshtein ratio is at least `SOFT_THRESHOLD`. */
  soft: boolean;
}

/** A comparable key: its parts are matched one by one. */
interface Key {
  parts: string[];
  /** Indices of the parts that match by Levenshtein ratio in soft mode. */
  fuzzy: number[];
  /** How the key is shown in reports. */
  label: string;
  /** Leftover gold and output keys with the same `pair` are reported as one mismatch. */
  pair: string | null;
}

/** Counts of zero for every field. */
export function emptyCounts(): Record<Field, Counts> {
  const out = {} as Record<Field, Counts>;
  for (const field of FIELDS) out[field] = { tp: 0, fn: 0, fp: 0 };
  return out;
}

/**
 * Remove every whitespace character (ASCII, U+3000 ideographic space, line breaks).
 *
 * @param value the string to squeeze
 */
export function stripSpace(value: string): string {
  return value.replace(/\s+/gu, '');
}

/**
 * Canonical form of a decimal string, so that "1240000.0" and "01240000" equal "1240000".
 *
 * @param value a decimal string such as "144.40"
 */
export function canonicalDecimal(value: string): string {
  const trimmed = stripSpace(value);
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(trimmed);
  if (!match) return trimmed;
  const integer = (match[2] ?? '').replace(/^0+(?=\d)/, '') || '0';
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  const sign = match[1] === '-' && (integer !== '0' || fraction !== '') ? '-' : '';
  return fraction === '' ? `${sign}${integer}` : `${sign}${integer}.${fraction}`;
}

/** Whether two strings match: equal without whitespace, or (fuzzy) close enough. */
function stringsMatch(a: string, b: string, fuzzy: boolean): boolean {
  const left = stripSpace(a);
  const right = stripSpace(b);
  if (left === right) return true;
  return fuzzy && levenshteinRatio(left, right) >= SOFT_THRESHOLD;
}

function keysMatch(a: Key, b: Key, soft: boolean): boolean {
  if (a.parts.length !== b.parts.length) return false;
  return a.parts.every((part, index) =>
    stringsMatch(part, b.parts[index] ?? '', soft && a.fuzzy.includes(index)),
  );
}

/** Collects counts and discrepancies for one document. */
class Scorer {
  readonly fields = emptyCounts();
  readonly discrepancies: Discrepancy[] = [];

  constructor(
    readonly doc: string,
    readonly soft: boolean,
  ) {}

  /**
   * A single value. Absent on both sides scores nothing; output without gold is a false positive;
   * gold without output a miss; two different values one miss and one false positive.
   */
  single(field: Field, expected: string | null, got: string | null, fuzzy = false): void {
    const counts = this.fields[field];
    if (expected === null && got === null) return;
    if (expected !== null && got !== null && stringsMatch(expected, got, this.soft && fuzzy)) {
      counts.tp += 1;
      return;
    }
    if (expected !== null) counts.fn += 1;
    if (got !== null) counts.fp += 1;
    this.discrepancies.push({ field, doc: this.doc, expected, got });
  }

  /**
   * Two multisets of keys: exact matches first, then (soft mode) close matches; every key is used
   * once. Leftover gold keys are misses, leftover output keys false positives.
   */
  multiset(field: Field, expected: Key[], got: Key[]): void {
    const counts = this.fields[field];
    const freeGot = got.map(() => true);
    const missed: Key[] = [];
    const pending: Key[] = [];

    for (const key of expected) {
      const index = got.findIndex((candidate, i) => freeGot[i] === true && keysMatch(key, candidate, false));
      if (index >= 0) {
        freeGot[index] = false;
        counts.tp += 1;
      } else {
        pending.push(key);
      }
    }
    for (const key of pending) {
      const index = this.soft
        ? got.findIndex((candidate, i) => freeGot[i] === true && keysMatch(key, candidate, true))
        : -1;
      if (index >= 0) {
        freeGot[index] = false;
        counts.tp += 1;
      } else {
        missed.push(key);
      }
    }
    const extra = got.filter((_, i) => freeGot[i] === true);
    counts.fn += missed.length;
    counts.fp += extra.length;

    // Report a leftover gold key next to the leftover output key it pairs with (same item number).
    const unpairedExtra = [...extra];
    for (const key of missed) {
      const index = key.pair === null ? -1 : unpairedExtra.findIndex((candidate) => candidate.pair === key.pair);
      const partner = index >= 0 ? unpairedExtra.splice(index, 1)[0] : undefined;
      this.discrepancies.push({ field, doc: this.doc, expected: key.label, got: partner?.label ?? null });
    }
    for (const key of unpairedExtra) {
      this.discrepancies.push({ field, doc: this.doc, expected: null, got: key.label });
    }
  }

  /** A count compared as a number: equal is one true positive, else one miss and one false positive. */
  number(field: Field, expected: number, got: number): void {
    const counts = this.fields[field];
    if (expected === got) {
      counts.tp += 1;
      return;
    }
    counts.fn += 1;
    counts.fp += 1;
    this.discrepancies.push({ field, doc: this.doc, expected: String(expected), got: String(got) });
  }

  result(error: string | null): DocScore {
    return {
      doc: this.doc,
      soft: this.soft,
      fields: this.fields,
      total: sumCounts(Object.values(this.fields)),
      discrepancies: this.discrepancies,
      error,
    };
  }
}

/**
 * Add counts together.
 *
 * @param list the counts to add
 */
export function sumCounts(list: Iterable<Counts>): Counts {
  const total = { tp: 0, fn: 0, fp: 0 };
  for (const counts of list) {
    total.tp += counts.tp;
    total.fn += counts.fn;
    total.fp += counts.fp;
  }
  return total;
}

function itemKey(n: number, heading: string): Key {
  return { parts: [String(n), heading], fuzzy: [1], label: `${n} ${stripSpace(heading)}`, pair: String(n) };
}

function countKey(n: number, value: number): Key {
  return { parts: [String(n), String(value)], fuzzy: [], label: `item ${n}: ${value}`, pair: String(n) };
}

function amountKey(yuan: string, per: string | null, item: number | null, text: string): Key {
  const value = canonicalDecimal(yuan);
  const unit = per === null ? '' : stripSpace(per);
  return {
    parts: [value, unit, item === null ? '' : String(item)],
    fuzzy: [],
    label: `${value} yuan${unit === '' ? '' : ` per ${unit}`}, item ${item ?? '-'} (${stripSpace(text)})`,
    pair: null,
  };
}

function attendanceKey(role: string, topics: readonly number[] | null, name: string): Key {
  const topicText = topics === null ? '' : [...topics].sort((a, b) => a - b).join(',');
  return {
    parts: [role, topicText, name],
    fuzzy: [],
    label: `${role}${topicText === '' ? '' : ` [${topicText}]`} ${stripSpace(name)}`,
    pair: null,
  };
}

function distributionKey(kind: 'to' | 'cc', entry: string): Key {
  return { parts: [kind, entry], fuzzy: [], label: `${kind}: ${stripSpace(entry)}`, pair: null };
}

/**
 * Score a parsed document against its gold annotation.
 *
 * @param doc the parser's output for the gold file's input
 * @param gold the validated gold annotation
 * @param opts `soft: true` also accepts near-identical titles and headings
 */
export function compareDocument(doc: MinutesDocument, gold: Gold, opts: CompareOptions): DocScore {
  const scorer = new Scorer(gold.doc, opts.soft);
  const meta = gold.meta;

  scorer.single('meta.issuer', meta.issuer ?? null, doc.meta.issuer);
  scorer.single('meta.docNumber', meta.docNumber ?? null, doc.meta.docNumber);
  scorer.single('meta.title', meta.title ?? null, doc.meta.title, true);
  const session = doc.meta.session?.number ?? null;
  scorer.single('meta.session', nullableString(meta.session), nullableString(session));
  scorer.single('meta.meetingDate', meta.meetingDate ?? null, doc.meta.meetingDate);
  scorer.single('meta.issueDate', meta.issueDate ?? null, doc.meta.issueDate);
  scorer.single('meta.printedBy', meta.printedBy ?? null, doc.meta.printedBy);
  scorer.single('meta.printDate', meta.printDate ?? null, doc.meta.printDate);
  scorer.single('meta.chair', meta.chair ?? null, doc.meta.chair);

  scorer.multiset(
    'items',
    gold.items.map((item) => itemKey(item.n, item.heading)),
    doc.items.map((item) => itemKey(item.ordinal, item.heading)),
  );
  scorer.multiset(
    'items.children',
    gold.items.map((item) => countKey(item.n, item.children)),
    doc.items.map((item) => countKey(item.ordinal, item.children.length)),
  );
  scorer.multiset(
    'items.resolutions',
    gold.items.map((item) => countKey(item.n, item.resolutions)),
    doc.items.map((item) =>
      countKey(item.ordinal, doc.resolutions.filter((resolution) => resolution.item === item.ordinal).length),
    ),
  );
  scorer.number(
    'resolutions_outside_items',
    gold.resolutions_outside_items,
    doc.resolutions.filter((resolution) => resolution.item === null).length,
  );

  scorer.multiset(
    'amounts',
    gold.amounts.map((amount) => amountKey(amount.yuan, amount.per ?? null, amount.item, amount.text)),
    doc.amounts.map((amount) => amountKey(amount.value, amount.per, amount.item, amount.text)),
  );
  scorer.multiset(
    'attendance',
    gold.attendance.flatMap((group) => group.names.map((name) => attendanceKey(group.role, group.topics, name))),
    doc.attendance.flatMap((group) =>
      group.people.map((person) => attendanceKey(group.role, group.topics, person.name)),
    ),
  );
  scorer.multiset(
    'distribution',
    [
      ...gold.distribution.to.map((entry) => distributionKey('to', entry)),
      ...gold.distribution.cc.map((entry) => distributionKey('cc', entry)),
    ],
    [
      ...doc.distribution.to.map((entry) => distributionKey('to', entry)),
      ...doc.distribution.cc.map((entry) => distributionKey('cc', entry)),
    ],
  );

  return scorer.result(null);
}

function nullableString(value: number | null | undefined): string | null {
  return value === null || value === undefined ? null : String(value);
}
