/**
 * Micro-benchmark of the value extractors: extractAmounts + extractDates + extractQuantities
 * (called as src/stages/extract.ts calls them) over every line of fixtures/*.txt, warm.
 *
 * Usage: `npx tsx bench/extractors-speed.ts [seconds] [--baseline DIR]` (default 4 s). DIR holds
 * another copy of src/extractors/*.ts (say, from an earlier commit); it is then measured in the
 * same process, rounds interleaved with the current code. Prints KB/s (UTF-8 bytes of the lines)
 * per extractor and for the three together, medians of rounds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Extractors {
  extractAmounts: (text: string) => unknown[];
  extractDates: (text: string, ref?: { year: number; month?: number }) => unknown[];
  extractQuantities: (text: string) => unknown[];
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const baselineAt = args.indexOf('--baseline');
const baselineDir = baselineAt >= 0 ? path.resolve(args[baselineAt + 1] as string) : null;
const seconds = Number(args.find((a, i) => /^\d+(\.\d+)?$/.test(a) && i !== baselineAt + 1) ?? 4);

async function load(dir: string): Promise<Extractors> {
  const url = (name: string) => pathToFileURL(path.join(dir, `${name}.ts`)).href;
  const [a, d, q] = await Promise.all([import(url('amount')), import(url('date')), import(url('quantity'))]);
  return { extractAmounts: a.extractAmounts, extractDates: d.extractDates, extractQuantities: q.extractQuantities };
}

const lines: string[] = [];
const dir = path.join(ROOT, 'fixtures');
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith('.txt')) continue;
  for (const line of readFileSync(path.join(dir, name), 'utf8').split(/\r?\n/)) if (line !== '') lines.push(line);
}
const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l, 'utf8'), 0);
const ref = { year: 2021, month: 11 };

type Fn = () => number;
function kindsOf(x: Extractors): Record<string, Fn> {
  return {
    amounts: () => {
      let n = 0;
      for (const l of lines) n += x.extractAmounts(l).length;
      return n;
    },
    dates: () => {
      let n = 0;
      for (const l of lines) n += x.extractDates(l, ref).length;
      return n;
    },
    quantities: () => {
      let n = 0;
      for (const l of lines) n += x.extractQuantities(l).length;
      return n;
    },
    // The order of src/stages/extract.ts: amounts, quantities (no exclude), dates with a reference.
    all: () => {
      let n = 0;
      for (const l of lines) {
        n += x.extractAmounts(l).length;
        n += x.extractQuantities(l).length;
        n += x.extractDates(l, ref).length;
      }
      return n;
    },
  };
}

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

const sets: Array<[string, Record<string, Fn>]> = [['current', kindsOf(await load(path.join(ROOT, 'src/extractors')))]];
if (baselineDir) sets.unshift(['baseline', kindsOf(await load(baselineDir))]);
const jobs = sets.flatMap(([set, kinds]) => Object.entries(kinds).map(([kind, fn]) => ({ set, kind, fn, rates: [] as number[] })));
const ROUNDS = 7;
const slice = (seconds * 1000) / jobs.length / ROUNDS;
console.log(`${lines.length} lines, ${(bytes / 1024).toFixed(1)} KB; ${ROUNDS} interleaved rounds, medians`);
for (const job of jobs) timeOnce(job.fn, Math.min(300, slice));
for (let r = 0; r < ROUNDS; r += 1) {
  for (let k = 0; k < jobs.length; k += 1) {
    const job = jobs[(k + r) % jobs.length] as (typeof jobs)[number];
    job.rates.push(timeOnce(job.fn, slice));
  }
}
const kinds = Object.keys(sets[0]?.[1] ?? {});
console.log(`${'kind'.padEnd(11)} ${sets.map(([s]) => `${s} KB/s`.padStart(15)).join(' ')}${baselineDir ? '  speed-up' : ''}`);
for (const kind of kinds) {
  const rates = sets.map(([set]) => median(jobs.find((j) => j.set === set && j.kind === kind)?.rates ?? []));
  const ratio = baselineDir ? `  ${((rates[1] as number) / (rates[0] as number)).toFixed(2)}×` : '';
  console.log(`${kind.padEnd(11)} ${rates.map((r) => r.toFixed(0).padStart(15)).join(' ')}${ratio}`);
}
for (const [set, k] of sets) console.log(`${set}: found ${(k.all as Fn)()} values`);
