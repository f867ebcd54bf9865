/**
 * `tsx bench/profile.ts [cold] [warm] [--top N] [--keep DIR]`: where the time goes, from
 * `node --cpu-prof` profiles aggregated by self time per function and per module.
 *
 * - cold: `node bin/minutes.js parse <seed>`, several runs, profiles summed.
 * - warm: a parse loop over the seed and the corpus with the compiled library, profiled with the
 *   same V8 sampling profiler (through `node:inspector`) only after 2 s of warm-up.
 *
 * - batch: `node bin/minutes.js parse <1,000 copies of the corpus> --jobs 2` (`batch` only when
 *   named), the main thread's and the workers' profiles summed, then each thread's busy and idle
 *   time.
 *
 * Modules are npm packages (`node_modules/<name>`), files of dist/, `node:internal`, or V8's own
 * entries such as `(garbage collector)` and `(program)`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED = 'fixtures/standing-meeting-seed.txt';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Self time in µs by key. */
type Tally = Map<string, number>;

function moduleOf(url: string, functionName: string): string {
  if (!url) return `(${functionName.replace(/^\(|\)$/g, '') || 'unknown'})`;
  if (url.startsWith('node:')) return url;
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const nm = file.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = file.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? file);
  }
  const rel = path.relative(ROOT, file);
  return rel.startsWith('..') ? file : rel;
}

function functionOf(frame: CallFrame): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  return `${name}  ${moduleOf(frame.url, name)}:${frame.lineNumber + 1}`;
}

/** Add a profile's self time (µs) per function and per module, and inclusive time per function, into the tallies. */
function tally(profile: Profile, byFunction: Tally, byModule: Tally, inclusive: Tally): number {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let total = 0;
  for (let i = 0; i < profile.samples.length; i += 1) {
    // A sample lasts until the next one; the last one until the end of the profile.
    const next = i + 1 < profile.timeDeltas.length ? (profile.timeDeltas[i + 1] as number) : 0;
    const node = nodes.get(profile.samples[i] as number);
    if (!node || next <= 0) continue;
    total += next;
    const fn = functionOf(node.callFrame);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + next);
    const mod = moduleOf(node.callFrame.url, node.callFrame.functionName);
    byModule.set(mod, (byModule.get(mod) ?? 0) + next);
    // Inclusive: every function on the stack once, however often it recurses.
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = nodes.get(id)?.callFrame;
      if (!frame?.url) continue;
      const key = functionOf(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + next);
    }
  }
  return total;
}

function top(t: Tally, total: number, n: number, runs: number): string {
  const rows = [...t.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  return rows
    .map(([key, us], i) => `${String(i + 1).padStart(3)}. ${(us / 1000 / runs).toFixed(1).padStart(8)} ms ${((us / total) * 100).toFixed(1).padStart(5)}%  ${key}`)
    .join('\n');
}

function summarise(title: string, dir: string, topN: number, note: string, runs?: number): void {
  const profiles = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  const files = { length: runs ?? profiles.length };
  const byFunction: Tally = new Map();
  const byModule: Tally = new Map();
  const inclusive: Tally = new Map();
  let total = 0;
  for (const f of profiles) total += tally(JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Profile, byFunction, byModule, inclusive);
  console.log(`\n== ${title}: ${profiles.length} profile(s) of ${files.length} run(s), ${(total / 1000 / files.length).toFixed(1)} ms sampled per run; ${note}`);
  console.log(`-- top ${topN} functions by self time (per run)`);
  console.log(top(byFunction, total, topN, files.length));
  console.log(`-- top ${topN} modules by self time (per run)`);
  console.log(top(byModule, total, topN, files.length));
  console.log(`-- top ${topN} functions by inclusive time (per run)`);
  console.log(top(inclusive, total, topN, files.length));
}

/**
 * One line per thread of a multi-threaded run: sampled, idle and busy time, and the busiest
 * functions by self time (the first profile is the main thread's). Busy time is wall-clock
 * sampled: on a loaded machine it includes time the thread waited for a CPU.
 */
function threads(dir: string): void {
  const profiles = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort();
  console.log('-- per thread (main thread first)');
  for (const f of profiles) {
    const byFunction: Tally = new Map();
    const total = tally(JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Profile, byFunction, new Map(), new Map());
    const idle = byFunction.get('(idle)') ?? 0;
    const busiest = [...byFunction.entries()]
      .filter(([key]) => key !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([key, us]) => `${key.split('  ')[0]} ${(us / 1000).toFixed(0)} ms`)
      .join(', ');
    console.log(`  ${f}: ${(total / 1000).toFixed(0)} ms sampled, idle ${(idle / 1000).toFixed(0)} ms, busy ${((total - idle) / 1000).toFixed(0)} ms; ${busiest}`);
  }
}

function run(args: string[]): void {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`node exited ${r.status}: ${r.stderr}`);
}

/** The warm parse loop, run as an ES module with `node -e`. */
function warmLoopSource(seconds: number, out: string): string {
  const lib = pathToFileURL(path.join(ROOT, 'dist/index.js')).href;
  const files = [path.join(ROOT, SEED), ...readdirSync(path.join(ROOT, 'eval/inputs')).filter((f) => f.endsWith('.txt')).map((f) => path.join(ROOT, 'eval/inputs', f))];
  return `
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
const { parse } = await import(${JSON.stringify(lib)});
const files = ${JSON.stringify(files)};
let n = 0;
const loop = (ms) => {
  const end = performance.now() + ms;
  while (performance.now() < end) for (const f of files) n += parse(readFileSync(f), { path: f }).resolutions.length;
};
loop(2000);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
loop(${seconds * 1000});
const { profile } = await session.post('Profiler.stop');
writeFileSync(${JSON.stringify(out)}, JSON.stringify(profile));
if (n < 0) console.log(n);
`;
}

function main(): void {
  const argv = process.argv.slice(2);
  const topAt = argv.indexOf('--top');
  const topN = topAt >= 0 ? Number(argv[topAt + 1]) : 15;
  const keepAt = argv.indexOf('--keep');
  const keep = keepAt >= 0 ? path.resolve(argv[keepAt + 1] as string) : null;
  const wanted = argv.filter((a) => a === 'cold' || a === 'warm' || a === 'batch');
  const kinds = wanted.length ? wanted : ['cold', 'warm'];
  const base = keep ?? mkdtempSync(path.join(os.tmpdir(), 'minutes-profile-'));
  try {
    if (kinds.includes('cold')) {
      const dir = path.join(base, 'cold');
      mkdirSync(dir, { recursive: true });
      const runs = 5;
      for (let i = 0; i < runs; i += 1) run(['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '100', 'bin/minutes.js', 'parse', SEED]);
      summarise('cold start', dir, topN, `node bin/minutes.js parse ${SEED}, sampled every 100 µs`);
    }
    if (kinds.includes('warm')) {
      const dir = path.join(base, 'warm');
      mkdirSync(dir, { recursive: true });
      const seconds = 8;
      run(['--input-type=module', '-e', warmLoopSource(seconds, path.join(dir, 'warm.cpuprofile'))]);
      summarise('warm parse', dir, topN, `parse loop over the seed and eval/inputs/*.txt, profiled for ${seconds} s after 2 s of warm-up`);
    }
    if (kinds.includes('batch')) {
      // Main thread and worker threads each write a profile; times are summed over threads.
      const dir = path.join(base, 'batch');
      const archive = path.join(base, 'archive');
      mkdirSync(dir, { recursive: true });
      const corpus = readdirSync(path.join(ROOT, 'eval/inputs')).filter((f) => f.endsWith('.txt'));
      const docs = 1000;
      for (let i = 0; i < docs; i += 1) {
        const folder = path.join(archive, `g${Math.floor(i / 100)}`);
        mkdirSync(folder, { recursive: true });
        const name = corpus[i % corpus.length] as string;
        copyFileSync(path.join(ROOT, 'eval/inputs', name), path.join(folder, `${i}-${name}`));
      }
      run(['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '200', 'bin/minutes.js', 'parse', archive, '--out', path.join(base, 'out'), '--quiet', '--jobs', '2']);
      summarise('batch', dir, topN, `node bin/minutes.js parse <${docs} documents> --jobs 2, all threads summed`, 1);
      threads(dir);
    }
  } finally {
    if (!keep) rmSync(base, { recursive: true, force: true });
  }
  if (keep) console.log(`\nprofiles kept in ${keep}`);
}

main();
