/**
 * A/B timing of two compiled builds in one process: `tsx bench/ab.ts BASE_DIST [NEW_DIST] [--rounds N] [--ms M]`.
 *
 * Loads `BASE_DIST/index.js` and `NEW_DIST/index.js` (default: dist/), checks that both give the
 * same JSON for the seed and every corpus document, then times (process CPU time) the parse of the seed and of the
 * corpus with each build and the floor of bench/run.ts (read + UTF-8 decode + split into lines +
 * one regex pass), rounds interleaved with the order rotating, and prints medians per document
 * and the ratios new/base and parse/floor (medians of the paired ratios), then the same from the
 * minima (the least disturbed rounds on a shared machine). A baseline is made with, say,
 * `git worktree add /tmp/base HEAD~1 && (cd /tmp/base && npx tsc -p .)`, or by copying dist/
 * before a change to a folder under the project (so `zod` still resolves from node_modules).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string, dflt: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : dflt;
};
const rounds = flag('--rounds', 9);
const minMs = flag('--ms', 200);
const dirs = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const baseDir = path.resolve(dirs[0] ?? 'dist');
const newDir = path.resolve(dirs[1] ?? path.join(ROOT, 'dist'));

type Lib = { parse: (input: Uint8Array, opts: { path: string }) => { resolutions: unknown[] }; toJson: (d: unknown) => string };
const base: Lib = await import(pathToFileURL(path.join(baseDir, 'index.js')).href);
const next: Lib = await import(pathToFileURL(path.join(newDir, 'index.js')).href);

const seed = [path.join(ROOT, 'fixtures/standing-meeting-seed.txt')];
const corpusDir = path.join(ROOT, 'eval/inputs');
const corpus = readdirSync(corpusDir).filter((n) => n.endsWith('.txt')).sort().map((n) => path.join(corpusDir, n));

for (const file of [...seed, ...corpus]) {
  const rel = path.relative(ROOT, file);
  const a = base.toJson(base.parse(readFileSync(file), { path: rel }));
  const b = next.toJson(next.parse(readFileSync(file), { path: rel }));
  if (a !== b) {
    console.error(`outputs differ for ${rel}`);
    process.exitCode = 1;
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const FLOOR_RE = /会议(指出|强调|议定)/g;
let sink = 0;
const kinds = {
  floor: (docs: string[]) => {
    for (const d of docs) {
      const text = decoder.decode(readFileSync(d));
      sink += text.split(/\r\n|\r|\n/).length;
      FLOOR_RE.lastIndex = 0;
      while (FLOOR_RE.exec(text) !== null) sink += 1;
    }
  },
  base: (docs: string[]) => {
    for (const d of docs) sink += base.parse(readFileSync(d), { path: d }).resolutions.length;
  },
  new: (docs: string[]) => {
    for (const d of docs) sink += next.parse(readFileSync(d), { path: d }).resolutions.length;
  },
};
type Kind = keyof typeof kinds;
const names = Object.keys(kinds) as Kind[];

/** CPU time of this process in ms (less disturbed than wall time by other processes on the machine). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** CPU ms per document: passes repeated for at least `ms` of wall time. */
function time(kind: Kind, docs: string[], ms: number): number {
  let passes = 0;
  const t0 = performance.now();
  const c0 = cpuMs();
  while (performance.now() - t0 < ms || passes < 3) {
    kinds[kind](docs);
    passes += 1;
  }
  return (cpuMs() - c0) / passes / docs.length;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

for (const [set, docs] of [['seed', seed], ['corpus', corpus]] as const) {
  for (const k of names) time(k, docs, 300);
  const samples: Record<Kind, number[]> = { floor: [], base: [], new: [] };
  const ratios = { newBase: [] as number[], baseFloor: [] as number[], newFloor: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    const got = {} as Record<Kind, number>;
    for (let i = 0; i < names.length; i++) {
      const k = names[(i + r) % names.length] as Kind;
      got[k] = time(k, docs, minMs);
      samples[k].push(got[k]);
    }
    ratios.newBase.push(got.new / got.base);
    ratios.baseFloor.push(got.base / got.floor);
    ratios.newFloor.push(got.new / got.floor);
  }
  const ms = (k: Kind) => `${median(samples[k]).toFixed(3)} ms`;
  const min = (k: Kind) => Math.min(...samples[k]);
  console.log(
    `${set.padEnd(6)} medians: floor ${ms('floor')}  base ${ms('base')}  new ${ms('new')}  new/base ${median(ratios.newBase).toFixed(3)}  ` +
      `base/floor ${median(ratios.baseFloor).toFixed(1)}×  new/floor ${median(ratios.newFloor).toFixed(1)}×\n` +
      `${''.padEnd(6)} minima:  floor ${min('floor').toFixed(3)} ms  base ${min('base').toFixed(3)} ms  new ${min('new').toFixed(3)} ms  ` +
      `new/base ${(min('new') / min('base')).toFixed(3)}  base/floor ${(min('base') / min('floor')).toFixed(1)}×  new/floor ${(min('new') / min('floor')).toFixed(1)}×`,
  );
}
if (sink === 42) console.log('');
