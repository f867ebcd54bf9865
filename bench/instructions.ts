/**
 * Instruction counts, which machine load does not move: `tsx bench/instructions.ts [--dist DIR]
 * [--file FILE] [--from A] [--to B]`.
 *
 * Runs the floor of bench/run.ts (read + UTF-8 decode + split into lines + one regex pass) and
 * the parse of FILE (default: the seed) under `valgrind --tool=callgrind`, each for A and for B
 * iterations in one process (`node --single-threaded`, so that compiling and collecting happen
 * on the measured thread), and prints (count at B − count at A) / (B − A): the instructions of
 * one warm iteration, with start-up and the JIT's warm-up cancelled out. A is 200 by default:
 * from 150, some optimising still falls between A and B (a seed parse counted 11.3 million
 * instructions instead of 10.3). Repeat runs of one build still differ: by about 0.5 million on
 * some days, but one build of the seed parse has counted anything from 10.4 to 12.6 million
 * (collections and recompiles land at other iterations). Compare builds over several runs each,
 * interleaved, and trust only differences larger than that spread.
 *
 * Instructions are not time (a parse retires fewer per cycle than the floor's decoder), but two
 * builds compared this way differ only by what changed. Takes several minutes: valgrind runs
 * node about 50 times slower.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? (args[at + 1] as string) : dflt;
};
const dist = path.resolve(opt('--dist', path.join(ROOT, 'dist')));
const file = path.resolve(opt('--file', path.join(ROOT, 'fixtures/standing-meeting-seed.txt')));
const from = Number(opt('--from', '200'));
const to = Number(opt('--to', '600'));

if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('valgrind is not installed (Debian: apt-get install valgrind)');
  process.exit(2);
}
if (!existsSync(path.join(dist, 'index.js'))) {
  console.error(`no build at ${dist} (run npm run build)`);
  process.exit(2);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'minutes-instructions-'));
const floorScript = path.join(tmp, 'floor.mjs');
const parseScript = path.join(tmp, 'parse.mjs');
writeFileSync(
  floorScript,
  `import { readFileSync } from 'node:fs';
const [file, n] = process.argv.slice(2);
const decoder = new TextDecoder('utf-8', { fatal: true });
const FLOOR_RE = /会议(指出|强调|议定)/g;
let count = 0;
for (let i = 0; i < Number(n); i++) {
  const text = decoder.decode(readFileSync(file));
  count += text.split(/\\r\\n|\\r|\\n/).length;
  FLOOR_RE.lastIndex = 0;
  while (FLOOR_RE.exec(text) !== null) count += 1;
}
if (count < 0) console.log(count);
`,
);
writeFileSync(
  parseScript,
  `import { readFileSync } from 'node:fs';
const [file, n, lib] = process.argv.slice(2);
const { parse } = await import(lib);
for (let i = 0; i < Number(n); i++) parse(readFileSync(file), { path: 'x' });
`,
);

/** Instructions of a whole run of `script` with `n` iterations. */
function count(script: string, n: number): number {
  const run = spawnSync(
    'valgrind',
    ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--single-threaded', script, file, String(n), pathToFileURL(path.join(dist, 'index.js')).href],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const m = /Collected : (\d+)/.exec(run.stderr);
  if (run.status !== 0 || !m) throw new Error(`valgrind run failed (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
  return Number(m[1]);
}

/** Instructions of one iteration: the difference of two runs. */
function perIteration(name: string, script: string): number {
  process.stderr.write(`  ${name}: ${from} and ${to} iterations under valgrind …\n`);
  return (count(script, to) - count(script, from)) / (to - from);
}

try {
  console.log(`instructions per iteration (${path.relative(ROOT, file) || file}, ${readFileSync(file).length} bytes; build ${path.relative(ROOT, dist) || dist})`);
  const floor = perIteration('floor', floorScript);
  const parse = perIteration('parse', parseScript);
  console.log(`floor  ${(floor / 1e6).toFixed(2).padStart(7)} M`);
  console.log(`parse  ${(parse / 1e6).toFixed(2).padStart(7)} M`);
  console.log(`parse / floor  ${(parse / floor).toFixed(2)}×`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
