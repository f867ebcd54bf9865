/**
 * Micro-benchmark of the value extractors: extractAmounts + extractDates + extractQuantities
 * (called as src/stages/extract.ts calls them) over every line of fixtures/*.txt, warm.
 *
 * Usage: `npx tsx bench/extractors-speed.ts [seconds]` (default 4). Prints KB/s per extractor and
 * for the three together, medians of rounds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { extractAmounts } from '../src/extractors/amount.js';
import { extractDates } from '../src/extractors/date.js';
import { extractQuantities } from '../src/extractors/quantity.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seconds = Number(process.argv[2] ?? 4);
const dir = path.join(ROOT, 'fixtures');
const lines: string[] = [];
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith('.txt')) continue;
  for (const line of readFileSync(path.join(dir, name), 'utf8').split(/\r?\n/)) if (line !== '') lines.push(line);
}
const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l, 'utf8'), 0);
const ref = { year: 2021, month: 11 };

type Fn = () => number;
const kinds: Record<string, Fn> = {
  amounts: () => {
    let n = 0;
    for (const l of lines) n += extractAmounts(l).length;
    return n;
  },
  dates: () => {
    let n = 0;
    for (const l of lines) n += extractDates(l, ref).length;
    return n;
  },
  quantities: () => {
    let n = 0;
    for (const l of lines) n += extractQuantities(l).length;
    return n;
  },
  // The order of src/stages/extract.ts: amounts, quantities (no exclude), dates with a reference.
  all: () => {
    let n = 0;
    for (const l of lines) {
      n += extractAmounts(l).length;
      n += extractQuantities(l).length;
      n += extractDates(l, ref).length;
    }
    return n;
  },
};

function timeOnce(fn: Fn, minMs: number): number {
  let reps = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    fn();
    reps += 1;
    t = performance.now();
  }
  return (bytes * reps) / 1024 / ((t - t0) / 1000);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
const share = (seconds * 1000) / Object.keys(kinds).length;
console.log(`${lines.length} lines, ${(bytes / 1024).toFixed(1)} KB`);
for (const [name, fn] of Object.entries(kinds)) {
  timeOnce(fn, Math.min(500, share / 4));
  const rounds: number[] = [];
  for (let i = 0; i < 5; i += 1) rounds.push(timeOnce(fn, share / 5));
  console.log(`${name.padEnd(11)} ${median(rounds).toFixed(0).padStart(8)} KB/s  (found ${fn()})`);
}
