/**
 * Compare our amount and date extractors with Microsoft Recognizers-Text (Chinese culture) on
 * the shared sentence table: precision and recall of amounts and dates, and throughput in KB/s,
 * printed as a table and written to bench/numbers-results.json.
 *
 * A found item counts as correct when an expected item of the same kind has the same value
 * (and, for money, the same currency) and their spans overlap; each expected item is used once.
 * Dates whose expected value is null (no year known) are left out for both sides.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { extractAmounts } from '../src/extractors/amount.js';
import { extractDates } from '../src/extractors/date.js';
import { isDecimal, normaliseDecimal } from '../src/extractors/decimal.js';
import { extractQuantities } from '../src/extractors/quantity.js';
import { TABLE, type Row } from '../test/extractors/table.js';

/** One item for scoring: a span, a value and (for money) a currency. */
interface Item {
  start: number;
  end: number;
  value: string;
  currency?: string;
}

/** Counts behind precision and recall. */
interface Score {
  expected: number;
  found: number;
  correct: number;
}

type Recognizers = typeof import('@microsoft/recognizers-text-suite');

const here = dirname(fileURLToPath(import.meta.url));

/** Match found items to expected ones greedily and count the agreements. */
function score(expected: Item[], found: Item[], into: Score): void {
  const used = new Set<number>();
  let correct = 0;
  for (const f of found) {
    const i = expected.findIndex(
      (e, k) => !used.has(k) && e.value === f.value && (e.currency ?? '') === (f.currency ?? '') && f.start < e.end && e.start < f.end,
    );
    if (i >= 0) {
      used.add(i);
      correct += 1;
    }
  }
  into.expected += expected.length;
  into.found += found.length;
  into.correct += correct;
}

/** Expected amounts and (year-bearing) dates of a row, positioned like the table tests do. */
function expectedItems(row: Row): { amounts: Item[]; dates: Item[] } {
  const place = <T extends { text: string; at?: number }>(items: T[]) => {
    let cursor = 0;
    return items.map((item) => {
      const start = item.at ?? row.text.indexOf(item.text, cursor);
      cursor = start + item.text.length;
      return { item, start, end: start + item.text.length };
    });
  };
  return {
    amounts: place(row.amounts).map(({ item, start, end }) => ({ start, end, value: item.value, currency: item.currency })),
    dates: place(row.dates)
      .filter(({ item }) => item.value !== null)
      .map(({ item, start, end }) => ({ start, end, value: item.value as string })),
  };
}

/** Our items for a row. */
function ours(row: Row): { amounts: Item[]; dates: Item[] } {
  return {
    amounts: extractAmounts(row.text).map((a) => ({ start: a.start, end: a.end, value: a.value, currency: a.currency })),
    dates: extractDates(row.text, row.ref).flatMap((d) => (d.value === null ? [] : [{ start: d.start, end: d.end, value: d.value }])),
  };
}

/** A timex date (`2021-11-09`, `XXXX-11-09`, `2021-11`, `2021`) as our value, filling X parts from the row's reference. */
function timexToValue(timex: string, ref: Row['ref'], granularity?: 'Y' | 'M' | 'D'): string | null {
  const m = /^(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?/.exec(timex);
  if (!m) return null;
  let [, year, month, day] = m;
  if (year === 'XXXX') {
    if (!ref) return null;
    year = String(ref.year);
  }
  if (month === 'XX') {
    if (ref?.month === undefined) return null;
    month = String(ref.month).padStart(2, '0');
  }
  if (day === 'XX') day = undefined;
  if (granularity === 'Y') return year ?? null;
  if (granularity === 'M') return month ? `${year}-${month}` : (year ?? null);
  return [year, month, day].filter((p) => p !== undefined).join('-');
}

/** Microsoft Recognizers-Text items for a row. */
function theirs(R: Recognizers, row: Row): { amounts: Item[]; dates: Item[] } {
  const amounts: Item[] = [];
  for (const r of R.recognizeCurrency(row.text, R.Culture.Chinese)) {
    const raw = String(r.resolution?.value ?? '');
    const value = isDecimal(raw) ? normaliseDecimal(raw) : raw;
    amounts.push({ start: r.start, end: r.end + 1, value, currency: String(r.resolution?.isoCurrency ?? '') });
  }
  const dates: Item[] = [];
  for (const r of R.recognizeDateTime(row.text, R.Culture.Chinese)) {
    if (!/date/.test(r.typeName)) continue;
    const values: Array<{ timex: string }> = r.resolution?.values ?? [];
    const timex = values[0]?.timex;
    if (!timex) continue;
    const span = { start: r.start, end: r.end + 1 };
    const pair = /^\((.+?),(.+?),P\d+(Y|M|D|W)\)$/.exec(timex);
    const parts = pair
      ? [pair[1], pair[2]].map((t) => timexToValue(t as string, row.ref, pair[3] === 'W' ? 'D' : (pair[3] as 'Y' | 'M' | 'D')))
      : [timexToValue(timex, row.ref)];
    for (const value of parts) if (value) dates.push({ ...span, value });
  }
  return { amounts, dates };
}

/** Run `fn` over every row until at least `minMs` has passed; return KB/s of table text. */
function throughput(fn: (row: Row) => void, minMs: number, maxRounds: number): { kbPerSecond: number; rounds: number; ms: number } {
  const bytes = TABLE.reduce((n, row) => n + Buffer.byteLength(row.text, 'utf8'), 0);
  const t0 = performance.now();
  let rounds = 0;
  while (rounds < maxRounds && (rounds === 0 || performance.now() - t0 < minMs)) {
    for (const row of TABLE) fn(row);
    rounds += 1;
  }
  const ms = performance.now() - t0;
  return { kbPerSecond: (bytes * rounds) / 1024 / (ms / 1000), rounds, ms };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

async function main(): Promise<void> {
  const loadStart = performance.now();
  const R: Recognizers = await import('@microsoft/recognizers-text-suite');
  const loadMs = performance.now() - loadStart;

  const scores = {
    ours: { amounts: { expected: 0, found: 0, correct: 0 }, dates: { expected: 0, found: 0, correct: 0 } },
    microsoft: { amounts: { expected: 0, found: 0, correct: 0 }, dates: { expected: 0, found: 0, correct: 0 } },
  };
  const misses: Array<{ system: string; kind: string; text: string; expected: string[]; found: string[] }> = [];
  for (const row of TABLE) {
    const want = expectedItems(row);
    for (const [system, got] of [['ours', ours(row)], ['microsoft', theirs(R, row)]] as const) {
      for (const kind of ['amounts', 'dates'] as const) {
        const before = scores[system][kind].correct;
        score(want[kind], got[kind], scores[system][kind]);
        const correct = scores[system][kind].correct - before;
        if (correct !== want[kind].length || correct !== got[kind].length) {
          misses.push({ system, kind, text: row.text, expected: want[kind].map((i) => i.value), found: got[kind].map((i) => i.value) });
        }
      }
    }
  }

  // Ours runs all three extractors; Microsoft runs its two recognisers.
  const oursSpeed = throughput((row) => {
    const amounts = extractAmounts(row.text);
    const dates = extractDates(row.text, row.ref);
    extractQuantities(row.text, [...amounts, ...dates]);
  }, 1500, 1000);
  const theirSpeed = throughput((row) => {
    R.recognizeCurrency(row.text, R.Culture.Chinese);
    R.recognizeDateTime(row.text, R.Culture.Chinese);
  }, 2000, 2);

  const summary = (s: Score) => ({ ...s, precision: ratio(s.correct, s.found), recall: ratio(s.correct, s.expected) });
  const results = {
    rows: TABLE.length,
    tableKB: TABLE.reduce((n, row) => n + Buffer.byteLength(row.text, 'utf8'), 0) / 1024,
    ours: {
      amounts: summary(scores.ours.amounts),
      dates: summary(scores.ours.dates),
      throughput: oursSpeed,
    },
    microsoft: {
      package: '@microsoft/recognizers-text-suite 1.3.1 (Culture.Chinese)',
      loadMs,
      amounts: summary(scores.microsoft.amounts),
      dates: summary(scores.microsoft.dates),
      throughput: theirSpeed,
    },
    misses,
  };

  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(10) : c.padStart(9))).join(' | ')} |`;
  console.log(`${TABLE.length} rows, ${results.tableKB.toFixed(1)} KB of text`);
  console.log(line(['system', 'amount P', 'amount R', 'date P', 'date R', 'KB/s']));
  console.log(line(['-'.repeat(10), ...Array(5).fill('-'.repeat(9))]));
  for (const [name, r] of [['ours', results.ours], ['microsoft', results.microsoft]] as const) {
    console.log(line([name, pct(r.amounts.precision), pct(r.amounts.recall), pct(r.dates.precision), pct(r.dates.recall), r.throughput.kbPerSecond.toFixed(1)]));
  }
  console.log(`microsoft load: ${loadMs.toFixed(0)} ms; rows with a disagreement: ours ${misses.filter((m) => m.system === 'ours').length}, microsoft ${misses.filter((m) => m.system === 'microsoft').length}`);
  const out = join(here, 'numbers-results.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote ${out}`);
}

await main();
