/**
 * `npm run bench`: performance of the parser, the CLI and the batch, each figure measured side by
 * side with its reference in the same run (rounds interleaved, medians), printed as a report and
 * written to bench/results.json.
 *
 * 1. Throughput in one process (compiled library from dist/, warm): parse versus a floor (read +
 *    UTF-8 decode + split into lines + one regex pass) on the seed and on the corpus; toJson and
 *    toMarkdown on the same documents.
 * 2. CLI cold start: `node bin/minutes.js parse <seed>` versus `node -e 0`.
 * 3. Batch: an archive of copies of the corpus in nested folders, parsed with `--jobs 1` and
 *    `--jobs 2`: wall time, documents/s, speed-up, peak RSS; both again on a tenth of the archive,
 *    for the peak RSS ratio and for the speed-up after warm-up (the tenth's times subtracted).
 *    Rounds interleaved (order rotating); wall time as median and minimum, and the CPU time (user +
 *    system) of each run, which a busy machine inflates much less than wall time, and that CPU
 *    time by thread (main, workers, helpers) from /proc. Outputs are
 *    kept until the end: on ext4 without a journal, creating files within a minute of deleting
 *    many is several times slower (the inode allocator skips recently deleted inodes one by one),
 *    so deleting one run's outputs would slow down the next run.
 * 4. Targets, each marked met or missed.
 *
 * Flags: `--quick` (smaller archive, fewer rounds), `--docs N` (archive size), `--batch-rounds N`,
 * `--no-batch`, `--no-build` (use dist/ as it is).
 *
 * Peak RSS and CPU time come from `/usr/bin/time -f '%M %U %S'` when present, else from VmHWM and
 * utime + stime polled in /proc (worker threads share the process, so either covers them).
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED = 'fixtures/standing-meeting-seed.txt';
const CORPUS_DIR = 'eval/inputs';
const BIN = 'bin/minutes.js';
const RESULTS = path.join(ROOT, 'bench/results.json');

// ---------------------------------------------------------------------------------------------
// Settings

interface Settings {
  quick: boolean;
  /** Rounds of the in-process throughput measurements. */
  rounds: number;
  /** Minimum time of one measurement (one kind, one set, one round), in ms. */
  minMs: number;
  /** Warm-up time per kind and set, in ms. */
  warmMs: number;
  /** Runs of each command for the cold start. */
  coldRuns: number;
  /** Documents in the large archive; the small one has a tenth. */
  docs: number;
  /** Rounds of the batch runs (each round: jobs 1, jobs 2, small archive; order rotates). */
  batchRounds: number;
  batch: boolean;
  build: boolean;
}

function settingsFrom(argv: string[]): Settings {
  const quick = argv.includes('--quick');
  const docsAt = argv.indexOf('--docs');
  const docsArg = docsAt >= 0 ? Number(argv[docsAt + 1]) : NaN;
  const docs = Number.isInteger(docsArg) && docsArg >= 10 ? docsArg : quick ? 1000 : 10_000;
  const roundsAt = argv.indexOf('--batch-rounds');
  const roundsArg = roundsAt >= 0 ? Number(argv[roundsAt + 1]) : NaN;
  return {
    quick,
    rounds: quick ? 3 : 9,
    minMs: quick ? 60 : 150,
    warmMs: quick ? 150 : 400,
    coldRuns: quick ? 5 : 15,
    docs,
    batchRounds: Number.isInteger(roundsArg) && roundsArg >= 1 ? roundsArg : quick ? 1 : 3,
    batch: !argv.includes('--no-batch'),
    build: !argv.includes('--no-build'),
  };
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const fixed = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const ms = (x: number) => (x < 1 ? `${(x * 1000).toFixed(1)} µs` : x < 1000 ? `${x.toFixed(x < 10 ? 3 : 1)} ms` : `${(x / 1000).toFixed(2)} s`);
const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;

/** A fixed-width text table. */
function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A progress note on stderr, drawn only on a terminal. */
function progress(text: string): void {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${text}`);
}

function section(title: string): void {
  console.log(`\n== ${title} ${'='.repeat(Math.max(0, 90 - title.length))}`);
}

/** Newest modification time of the files under `dir` whose names end with `ext`. */
function newestMtime(dir: string, ext: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(ext)) continue;
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** The compiled files the library and the bin load: the library, the CLI bundle and its code cache, the batch worker. */
function builtEntryPoints(): string[] {
  return ['dist/index.js', 'dist/bundle/cli.cjs', 'dist/bundle/cli.cjs.cache', 'dist/bundle/worker.js'].map((file) => path.join(ROOT, file));
}

/**
 * Build with the package's `build` script (tsc, plus any bundling step it has) when an entry
 * point is missing or older than a source file.
 */
function ensureBuild(settings: Settings): string {
  const entries = builtEntryPoints();
  const built = entries.every((e) => existsSync(e)) ? Math.min(...entries.map((e) => statSync(e).mtimeMs)) : 0;
  const stale = built === 0 || newestMtime(path.join(ROOT, 'src'), '.ts') > built;
  if (!stale) return `dist/ is up to date (${entries.map((e) => path.relative(ROOT, e)).join(', ')})`;
  if (!settings.build) return 'dist/ is stale (--no-build: used as it is)';
  const t0 = performance.now();
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const missing = builtEntryPoints().filter((e) => !existsSync(e));
  if (missing.length) throw new Error(`the build did not produce ${missing.join(', ')}`);
  const took = ms(performance.now() - t0);
  return r.status === 0 ? `built with npm run build (${took})` : `built with errors, exit ${r.status} (${took})`;
}

// ---------------------------------------------------------------------------------------------
// 1. Throughput in one process

interface Doc {
  /** Path relative to the repository. */
  rel: string;
  abs: string;
  bytes: number;
}

type Kind = 'floor' | 'parse' | 'json' | 'markdown';
const KINDS: Kind[] = ['floor', 'parse', 'json', 'markdown'];

interface SetResult {
  name: string;
  docs: number;
  bytes: number;
  /** Median ms per document for each kind. */
  msPerDoc: Record<Kind, number>;
  /** Every round's ms per document for each kind. */
  samples: Record<Kind, number[]>;
  parseMBps: number;
  parseDocsPerSec: number;
  floorMBps: number;
  floorDocsPerSec: number;
  /** Median over rounds of the paired ratio parse / floor. */
  parseOverFloor: number;
  /** Median over rounds of the paired ratio markdown / json. */
  markdownOverJson: number;
  jsonOverParse: number;
  markdownOverParse: number;
}

/** Keeps results observable so no loop body is optimised away. */
let sink = 0;

/** Length of one kind's turn within a round of the throughput measurement, in ms. */
const SLICE_MS = 20;

/**
 * Run `pass` (one pass over a set) until `ms` has passed and it has run `minPasses` times; the
 * time taken and the passes run.
 */
function timeSlice(pass: () => number, ms: number, minPasses = 1): { ms: number; passes: number } {
  let passes = 0;
  let acc = 0;
  const t0 = performance.now();
  let t = t0;
  do {
    acc += pass();
    passes += 1;
    t = performance.now();
  } while (t - t0 < ms || passes < minPasses);
  sink = (sink + acc) | 0;
  return { ms: t - t0, passes };
}

type Library = typeof import('../dist/index.js');
type MinutesDocument = ReturnType<Library['parse']>;

async function throughput(settings: Settings, seed: Doc[], corpus: Doc[]): Promise<SetResult[]> {
  const lib: Library = await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const FLOOR_RE = /会议(指出|强调|议定)/g;

  const passes = (docs: Doc[], parsed: MinutesDocument[]): Record<Kind, () => number> => ({
    floor: () => {
      let n = 0;
      for (const d of docs) {
        const text = decoder.decode(readFileSync(d.abs));
        n += text.split(/\r\n|\r|\n/).length;
        FLOOR_RE.lastIndex = 0;
        while (FLOOR_RE.exec(text) !== null) n += 1;
      }
      return n;
    },
    parse: () => {
      let n = 0;
      for (const d of docs) n += lib.parse(readFileSync(d.abs), { path: d.rel }).resolutions.length;
      return n;
    },
    json: () => {
      let n = 0;
      for (const doc of parsed) n += lib.toJson(doc).length;
      return n;
    },
    markdown: () => {
      let n = 0;
      for (const doc of parsed) n += lib.toMarkdown(doc).length;
      return n;
    },
  });

  const sets = [
    { name: 'seed', docs: seed },
    { name: 'corpus', docs: corpus },
  ].map((s) => {
    const parsed = s.docs.map((d) => lib.parse(readFileSync(d.abs), { path: d.rel }));
    return { ...s, fns: passes(s.docs, parsed), samples: { floor: [], parse: [], json: [], markdown: [] } as Record<Kind, number[]> };
  });

  // Warm-up: every kind on every set, so the JIT has seen all of them before any round counts.
  for (const s of sets) for (const k of KINDS) timeSlice(s.fns[k], settings.warmMs, 20);

  for (let round = 0; round < settings.rounds; round += 1) {
    // Rotate the order of kinds (and sets) each round so no kind always runs first or last.
    const order = KINDS.map((_, i) => KINDS[(i + round) % KINDS.length] as Kind);
    const setOrder = round % 2 ? [...sets].reverse() : sets;
    for (const s of setOrder) {
      // The kinds take turns in slices of SLICE_MS until each has run minMs, so all of them sample
      // the same stretch of time: this host's speed changes by half within a second or two, which
      // a kind measured alone for its whole share of the round would see and its pair would not.
      const spent = { floor: 0, parse: 0, json: 0, markdown: 0 } as Record<Kind, number>;
      const passes = { floor: 0, parse: 0, json: 0, markdown: 0 } as Record<Kind, number>;
      while (order.some((k) => spent[k] < settings.minMs)) {
        for (const k of order) {
          if (spent[k] >= settings.minMs) continue;
          const slice = timeSlice(s.fns[k], SLICE_MS);
          spent[k] += slice.ms;
          passes[k] += slice.passes;
        }
      }
      for (const k of order) s.samples[k].push(spent[k] / passes[k] / s.docs.length);
    }
    progress(`  throughput round ${round + 1}/${settings.rounds}`);
  }
  progress('');

  return sets.map((s) => {
    const bytes = s.docs.reduce((n, d) => n + d.bytes, 0);
    const msPerDoc = Object.fromEntries(KINDS.map((k) => [k, median(s.samples[k])])) as Record<Kind, number>;
    const paired = (a: Kind, b: Kind) => median(s.samples[a].map((x, i) => x / (s.samples[b][i] as number)));
    const perDocBytes = bytes / s.docs.length;
    return {
      name: s.name,
      docs: s.docs.length,
      bytes,
      msPerDoc,
      samples: s.samples,
      parseMBps: perDocBytes / 1e6 / (msPerDoc.parse / 1000),
      parseDocsPerSec: 1000 / msPerDoc.parse,
      floorMBps: perDocBytes / 1e6 / (msPerDoc.floor / 1000),
      floorDocsPerSec: 1000 / msPerDoc.floor,
      parseOverFloor: paired('parse', 'floor'),
      markdownOverJson: paired('markdown', 'json'),
      jsonOverParse: paired('json', 'parse'),
      markdownOverParse: paired('markdown', 'parse'),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// 2. CLI cold start

interface ColdResult {
  runs: number;
  cliMs: number;
  nodeMs: number;
  /** Median over runs of the paired ratio CLI / node -e 0. */
  ratio: number;
  cliSamples: number[];
  nodeSamples: number[];
  /** CPU time (user + system) of each run, from a second interleaved series under /usr/bin/time; empty without it. */
  cliCpuSamples: number[];
  nodeCpuSamples: number[];
  /** Median CPU time ratio CLI / node -e 0 (less moved by other processes than wall time), or null. */
  cpuRatio: number | null;
  cliExit: number | null;
}

function coldStart(settings: Settings): ColdResult {
  const cli = [BIN, 'parse', SEED];
  const bare = ['-e', '0'];
  let cliExit: number | null = null;
  const run = (args: string[]) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    const took = performance.now() - t0;
    if (args === cli) cliExit = r.status;
    return took;
  };
  /** CPU ms of one run (user + system), measured by /usr/bin/time. */
  const cpu = (args: string[]): number => {
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const [user, sys] = (r.stderr.trimEnd().split('\n').pop() ?? '').split(' ').map(Number);
    return ((user ?? NaN) + (sys ?? NaN)) * 1000;
  };
  // Warm the file cache and the disk; not counted.
  run(cli);
  run(bare);
  const cliSamples: number[] = [];
  const nodeSamples: number[] = [];
  const cliCpuSamples: number[] = [];
  const nodeCpuSamples: number[] = [];
  for (let i = 0; i < settings.coldRuns; i += 1) {
    if (i % 2 === 0) {
      cliSamples.push(run(cli));
      nodeSamples.push(run(bare));
    } else {
      nodeSamples.push(run(bare));
      cliSamples.push(run(cli));
    }
  }
  if (HAS_TIME) {
    for (let i = 0; i < settings.coldRuns; i += 1) {
      cliCpuSamples.push(cpu(cli));
      nodeCpuSamples.push(cpu(bare));
    }
  }
  return {
    runs: settings.coldRuns,
    cliMs: median(cliSamples),
    nodeMs: median(nodeSamples),
    ratio: median(cliSamples.map((c, i) => c / (nodeSamples[i] as number))),
    cliSamples,
    nodeSamples,
    cliCpuSamples,
    nodeCpuSamples,
    cpuRatio: HAS_TIME ? median(cliCpuSamples) / median(nodeCpuSamples) : null,
    cliExit,
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Batch

/** Copy the corpus `count` times over under new names in nested folders (100 files a folder). */
function makeArchive(dir: string, corpus: Doc[], count: number): number {
  let bytes = 0;
  for (let i = 0; i < count; i += 1) {
    const d = corpus[i % corpus.length] as Doc;
    const folder = path.join(dir, `g${String(Math.floor(i / 1000)).padStart(2, '0')}`, `s${Math.floor(i / 100) % 10}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    copyFileSync(d.abs, path.join(folder, `${String(i).padStart(5, '0')}-${path.basename(d.rel)}`));
    bytes += d.bytes;
  }
  return bytes;
}

interface BatchRun {
  docs: number;
  jobs: number;
  wallMs: number;
  /** Peak resident set size in KB. */
  peakKB: number;
  /** CPU time of the process (user + system, all threads), ms. */
  cpuMs: number;
  exit: number | null;
  outputs: number;
  stderrTail: string;
  /** CPU time by thread (ms), from /proc; null where there is no /proc. */
  threads: ThreadCpu | null;
}

/**
 * CPU time of a run's threads: the main thread, the workers (with `--jobs 2`, the two busiest
 * other threads; each worker thread parses, so they dwarf the rest) and the helpers (V8's
 * compiler and garbage-collector threads, libuv's file-system pool), all in ms.
 */
interface ThreadCpu {
  mainMs: number;
  workersMs: number;
  helpersMs: number;
}

const HAS_TIME = existsSync('/usr/bin/time');

/** Peak RSS (VmHWM, KB) and CPU time (ms, as last seen) of a running process, polled until it exits. */
function pollProc(pid: number): { stop: () => { peakKB: number; cpuMs: number } } {
  let peakKB = 0;
  let cpuMs = 0;
  const read = () => {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) peakKB = Math.max(peakKB, Number(m[1]));
      cpuMs = cpuMsOfStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      // The process has ended.
    }
  };
  const timer = setInterval(read, 20);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakKB, cpuMs };
    },
  };
}

/** utime + stime (ms) of a `/proc/…/stat` line: after the command name, state is field 3, utime 14, stime 15. */
function cpuMsOfStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * (1000 / 100); // USER_HZ is 100 on Linux
}

/**
 * Poll the CPU time of each thread of `pid` (or of its child, when `pid` is /usr/bin/time) every
 * 20 ms; a thread's last reading stands once it has exited.
 */
function pollThreads(pid: number, viaTime: boolean): { stop: (workers: number) => ThreadCpu | null } {
  const cpu = new Map<number, number>();
  let target: number | null = viaTime ? null : pid;
  const read = () => {
    try {
      if (target === null) {
        const child = Number.parseInt(readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8'), 10);
        if (!Number.isInteger(child)) return;
        target = child;
      }
      for (const tid of readdirSync(`/proc/${target}/task`)) {
        try {
          cpu.set(Number(tid), cpuMsOfStat(readFileSync(`/proc/${target}/task/${tid}/stat`, 'utf8')));
        } catch {
          // The thread has ended.
        }
      }
    } catch {
      // Not started yet, or ended.
    }
  };
  const timer = existsSync('/proc/self/task') ? setInterval(read, 20) : null;
  return {
    stop: (workers) => {
      if (timer === null) return null;
      clearInterval(timer);
      if (target === null || !cpu.has(target)) return null;
      const others = [...cpu].filter(([tid]) => tid !== target).map(([, ms]) => ms).sort((a, b) => b - a);
      const workersMs = others.slice(0, workers).reduce((a, b) => a + b, 0);
      const helpersMs = others.slice(workers).reduce((a, b) => a + b, 0);
      return { mainMs: cpu.get(target) as number, workersMs, helpersMs };
    },
  };
}

function countOutputs(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.json') && !e.name.startsWith('.')).length;
}

/** Run one batch into `out` (a new folder, left in place: see the note at the top). */
async function runBatch(input: string, out: string, docs: number, jobs: number): Promise<BatchRun> {
  const nodeArgs = [path.join(ROOT, BIN), 'parse', input, '--out', out, '--quiet', '--jobs', String(jobs)];
  const [cmd, args] = HAS_TIME ? ['/usr/bin/time', ['-f', '%M %U %S', process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  const t0 = performance.now();
  const child = spawn(cmd as string, args as string[], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const poll = HAS_TIME || child.pid === undefined ? null : pollProc(child.pid);
  const threadPoll = child.pid === undefined ? null : pollThreads(child.pid, HAS_TIME);
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exit = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const wallMs = performance.now() - t0;
  let { peakKB, cpuMs } = poll ? poll.stop() : { peakKB: 0, cpuMs: 0 };
  const threads = threadPoll ? threadPoll.stop(jobs > 1 ? jobs : 0) : null;
  if (HAS_TIME) {
    const lines = stderr.trimEnd().split('\n');
    const [maxKB, user, sys] = (lines.pop() ?? '').split(' ').map(Number);
    peakKB = maxKB ?? NaN;
    cpuMs = ((user ?? NaN) + (sys ?? NaN)) * 1000;
    stderr = lines.join('\n');
  }
  const outputs = countOutputs(out);
  return { docs, jobs, wallMs, peakKB, cpuMs, exit, outputs, stderrTail: stderr.split('\n').slice(-5).join('\n'), threads };
}

interface BatchResult {
  docs: number;
  smallDocs: number;
  archiveMB: number;
  runs: BatchRun[];
  jobs1Ms: number;
  jobs2Ms: number;
  jobs1DocsPerSec: number;
  jobs2DocsPerSec: number;
  /** Median over rounds of the paired ratio jobs 1 / jobs 2 wall time. */
  speedup: number;
  /** Fastest jobs 1 run over fastest jobs 2 run (the least disturbed of each). */
  speedupOfMinima: number;
  /** Median CPU time (user + system, ms) of the jobs 1 and jobs 2 runs. */
  jobs1CpuMs: number;
  jobs2CpuMs: number;
  jobs1PeakKB: number;
  jobs2PeakKB: number;
  smallPeakKB: number;
  smallMs: number;
  /**
   * Speed-up on the files after the first tenth: (jobs 1 large − jobs 1 small) / (jobs 2 large −
   * jobs 2 small), medians. Start-up and the JIT's warm-up (paid once per thread that parses, so
   * twice with two workers) mostly fall in the small archive's time and cancel out.
   */
  speedupAfterWarmUp: number;
  /** Median peak RSS (jobs 2) of the large archive over the small one. */
  rssRatio: number;
  rssMethod: string;
}

async function batch(settings: Settings, corpus: Doc[], tmp: string): Promise<BatchResult> {
  const docs = settings.docs;
  const smallDocs = Math.max(1, Math.round(docs / 10));
  const large = path.join(tmp, 'archive');
  const small = path.join(tmp, 'archive-small');
  const t0 = performance.now();
  const bytes = makeArchive(large, corpus, docs);
  makeArchive(small, corpus, smallDocs);
  console.log(`  archives: ${docs} documents (${(bytes / 1e6).toFixed(1)} MB) and ${smallDocs} documents, generated in ${ms(performance.now() - t0)} under ${tmp}`);

  const runs: BatchRun[] = [];
  let n = 0;
  const plan: Array<{ input: string; docs: number; jobs: number }> = [
    { input: large, docs, jobs: 1 },
    { input: large, docs, jobs: 2 },
    { input: small, docs: smallDocs, jobs: 2 },
    { input: small, docs: smallDocs, jobs: 1 },
  ];
  // Warm the file cache over both archives and the tool's own files; not counted.
  await runBatch(small, path.join(tmp, 'out-warm'), smallDocs, 2);
  for (let round = 0; round < settings.batchRounds; round += 1) {
    const order = round % 2 ? [...plan].reverse() : plan;
    for (const p of order) {
      progress(`  batch round ${round + 1}/${settings.batchRounds}: ${p.docs} documents, --jobs ${p.jobs} …`);
      const r = await runBatch(p.input, path.join(tmp, `out-${n++}`), p.docs, p.jobs);
      runs.push(r);
      if (r.exit !== 0 || r.outputs !== r.docs) {
        progress('');
        process.stderr.write(`  warning: exit ${r.exit}, ${r.outputs} outputs for ${r.docs} inputs\n${r.stderrTail}\n`);
      }
    }
  }
  progress('');

  const pick = (d: number, j: number) => runs.filter((r) => r.docs === d && r.jobs === j);
  const j1 = pick(docs, 1);
  const j2 = pick(docs, 2);
  const sm = pick(smallDocs, 2);
  const sm1 = pick(smallDocs, 1);
  const wall = (rs: BatchRun[]) => median(rs.map((r) => r.wallMs));
  const jobs1Ms = wall(j1);
  const jobs2Ms = wall(j2);
  const smallMs = wall(sm);
  const fastest = (rs: BatchRun[]) => Math.min(...rs.map((r) => r.wallMs));
  return {
    docs,
    smallDocs,
    archiveMB: bytes / 1e6,
    runs,
    jobs1Ms,
    jobs2Ms,
    jobs1DocsPerSec: docs / (jobs1Ms / 1000),
    jobs2DocsPerSec: docs / (jobs2Ms / 1000),
    speedup: median(j1.map((r, i) => r.wallMs / (j2[i] as BatchRun).wallMs)),
    speedupOfMinima: fastest(j1) / fastest(j2),
    jobs1CpuMs: median(j1.map((r) => r.cpuMs)),
    jobs2CpuMs: median(j2.map((r) => r.cpuMs)),
    jobs1PeakKB: median(j1.map((r) => r.peakKB)),
    jobs2PeakKB: median(j2.map((r) => r.peakKB)),
    smallPeakKB: median(sm.map((r) => r.peakKB)),
    smallMs,
    speedupAfterWarmUp: (jobs1Ms - wall(sm1)) / (jobs2Ms - smallMs),
    rssRatio: median(j2.map((r, i) => r.peakKB / (sm[i] as BatchRun).peakKB)),
    rssMethod: HAS_TIME ? "/usr/bin/time -f '%M %U %S'" : 'VmHWM and utime + stime of the process, polled from /proc',
  };
}

// ---------------------------------------------------------------------------------------------
// Main

function listDocs(): { seed: Doc[]; corpus: Doc[] } {
  const doc = (rel: string): Doc => {
    const abs = path.join(ROOT, rel);
    return { rel, abs, bytes: statSync(abs).size };
  };
  const corpus = readdirSync(path.join(ROOT, CORPUS_DIR))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => doc(`${CORPUS_DIR}/${name}`));
  return { seed: [doc(SEED)], corpus };
}

interface Target {
  name: string;
  value: string;
  limit: string;
  met: boolean;
}

async function main(): Promise<void> {
  const settings = settingsFrom(process.argv.slice(2));
  const started = performance.now();
  const load0 = os.loadavg();
  console.log(`minutes bench${settings.quick ? ' (--quick)' : ''}: node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${load0.map((x) => x.toFixed(2)).join(' ')}`);
  console.log(`  ${ensureBuild(settings)}`);
  const { seed, corpus } = listDocs();
  const corpusBytes = corpus.reduce((n, d) => n + d.bytes, 0);

  section('1. Parse throughput (one process, warm, compiled library)');
  console.log(`  seed: ${SEED} (${seed[0]?.bytes} bytes); corpus: ${CORPUS_DIR}/*.txt (${corpus.length} documents, ${corpusBytes} bytes)`);
  console.log(`  floor = read + TextDecoder utf-8 + split into lines + one regex pass; ${settings.rounds} rounds, the kinds taking turns in ${SLICE_MS} ms slices within each; medians`);
  const through = await throughput(settings, seed, corpus);
  console.log(
    table(
      ['set', 'floor/doc', 'parse/doc', 'parse MB/s', 'parse docs/s', 'floor MB/s', 'parse/floor', 'toJson/doc', 'toMarkdown/doc', 'md/json'],
      through.map((s) => [
        s.name,
        ms(s.msPerDoc.floor),
        ms(s.msPerDoc.parse),
        fixed(s.parseMBps),
        fixed(s.parseDocsPerSec, 0),
        fixed(s.floorMBps, 1),
        `${fixed(s.parseOverFloor, 1)}×`,
        ms(s.msPerDoc.json),
        ms(s.msPerDoc.markdown),
        `${fixed(s.markdownOverJson, 2)}×`,
      ]),
    ),
  );
  for (const s of through) {
    console.log(`  ${s.name}: toJson = ${fixed(s.jsonOverParse * 100, 1)}% of parse, toMarkdown = ${fixed(s.markdownOverParse * 100, 1)}% of parse`);
  }

  section('2. CLI cold start');
  const cold = coldStart(settings);
  console.log(`  ${cold.runs} runs each, interleaved; wall time from spawn to exit`);
  console.log(
    table(
      ['command', 'median', 'min', 'max'],
      [
        [`node ${BIN} parse ${SEED} > /dev/null`, ms(cold.cliMs), ms(Math.min(...cold.cliSamples)), ms(Math.max(...cold.cliSamples))],
        ['node -e 0', ms(cold.nodeMs), ms(Math.min(...cold.nodeSamples)), ms(Math.max(...cold.nodeSamples))],
      ],
    ),
  );
  console.log(`  ratio CLI / node -e 0: ${fixed(cold.ratio)}× (CLI exit code ${cold.cliExit})`);
  if (cold.cpuRatio !== null) {
    console.log(`  CPU time (user + system, a second series under /usr/bin/time): CLI ${ms(median(cold.cliCpuSamples))}, node -e 0 ${ms(median(cold.nodeCpuSamples))}, ratio ${fixed(cold.cpuRatio)}×`);
  }

  let bat: BatchResult | null = null;
  if (settings.batch) {
    section('3. Batch');
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'minutes-bench-'));
    const cleanup = () => rmSync(tmp, { recursive: true, force: true });
    const onSignal = (signal: NodeJS.Signals) => {
      cleanup();
      process.kill(process.pid, signal);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      bat = await batch(settings, corpus, tmp);
    } finally {
      cleanup();
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    console.log(
      `  node ${BIN} parse DIR --out OUT --quiet --jobs N (fresh OUT each run, all kept to the end); ${settings.batchRounds} round(s), order rotating; peak RSS and CPU by ${bat.rssMethod}`,
    );
    console.log(
      table(
        ['run', 'wall (median)', 'wall (min)', 'docs/s', 'CPU (median)', 'CPU/wall', 'peak RSS', 'exit codes', 'outputs'],
        [
          [bat.docs, 1],
          [bat.docs, 2],
          [bat.smallDocs, 1],
          [bat.smallDocs, 2],
        ].map(([d, j]) => {
          const rs = bat!.runs.filter((r) => r.docs === d && r.jobs === j);
          const wall = median(rs.map((r) => r.wallMs));
          const cpu = median(rs.map((r) => r.cpuMs));
          return [
            `${d} docs, --jobs ${j}`,
            ms(wall),
            ms(Math.min(...rs.map((r) => r.wallMs))),
            fixed((d as number) / (wall / 1000), 0),
            ms(cpu),
            fixed(median(rs.map((r) => r.cpuMs / r.wallMs))),
            mb(median(rs.map((r) => r.peakKB))),
            [...new Set(rs.map((r) => r.exit))].join(','),
            [...new Set(rs.map((r) => r.outputs))].join(','),
          ];
        }),
      ),
    );
    console.log(`  speed-up --jobs 2 over --jobs 1: ${fixed(bat.speedup)}× (median of paired rounds; fastest over fastest ${fixed(bat.speedupOfMinima)}×)`);
    console.log(
      `  speed-up on the last ${bat.docs - bat.smallDocs} documents (each setting's ${bat.smallDocs}-document time subtracted, so start-up and warm-up cancel): ${fixed(bat.speedupAfterWarmUp)}× (information; the target is the whole run's)`,
    );
    console.log(
      `  CPU time --jobs 2 / --jobs 1: ${fixed(bat.jobs2CpuMs / bat.jobs1CpuMs)}× (a speed-up near 2× needs this near 1× and two idle cores; CPU/wall shows how many cores a run got)`,
    );
    const byThread = (j: number) => {
      const rs = bat!.runs.filter((r) => r.docs === bat!.docs && r.jobs === j && r.threads !== null).map((r) => r.threads as ThreadCpu);
      if (rs.length === 0) return null;
      const part = (label: string, pick: (t: ThreadCpu) => number) => `${label} ${ms(median(rs.map(pick)))}`;
      return [part('main', (t) => t.mainMs), ...(j > 1 ? [part('workers', (t) => t.workersMs)] : []), part('helpers', (t) => t.helpersMs)].join(', ');
    };
    const t1 = byThread(1);
    const t2 = byThread(2);
    if (t1 !== null && t2 !== null) {
      console.log(`  CPU by thread, ${bat.docs} docs (medians; helpers = V8's compiler and GC threads and libuv's pool): --jobs 1: ${t1}; --jobs 2: ${t2}`);
    }
    console.log(`  peak RSS ${bat.docs} / ${bat.smallDocs} documents (--jobs 2): ${fixed(bat.rssRatio)}×`);
  }

  section('4. Targets');
  const seedSet = through.find((s) => s.name === 'seed') as SetResult;
  const targets: Target[] = [
    { name: 'parse / floor on the seed', value: `${fixed(seedSet.parseOverFloor, 1)}×`, limit: '≤ 10×', met: seedSet.parseOverFloor <= 10 },
    { name: 'CLI cold start / node -e 0', value: `${fixed(cold.ratio)}×`, limit: '≤ 2×', met: cold.ratio <= 2 },
  ];
  if (bat) {
    const limitMs = 30_000 * (bat.docs / 10_000);
    targets.push(
      { name: `batch ${bat.docs} docs: --jobs 2 speed-up over --jobs 1`, value: `${fixed(bat.speedup)}×`, limit: '≥ 1.7×', met: bat.speedup >= 1.7 },
      { name: `batch ${bat.docs} docs --jobs 2 wall time`, value: ms(bat.jobs2Ms), limit: `< ${ms(limitMs)}${bat.docs === 10_000 ? '' : ' (30 s scaled)'}`, met: bat.jobs2Ms < limitMs },
      { name: `peak RSS ${bat.docs} / ${bat.smallDocs} docs`, value: `${fixed(bat.rssRatio)}×`, limit: '≤ 1.20×', met: bat.rssRatio <= 1.2 },
    );
  }
  console.log(table(['target', 'measured', 'limit', 'status'], targets.map((t) => [t.name, t.value, t.limit, t.met ? 'met' : 'MISSED'])));
  const missed = targets.filter((t) => !t.met).length;
  const load1 = os.loadavg();
  console.log(`\n${targets.length - missed} of ${targets.length} targets met; ${ms(performance.now() - started)} in all; load ${load1.map((x) => x.toFixed(2)).join(' ')}`);
  const busy = Math.max(load0[0] as number, load1[0] as number) > os.cpus().length;
  if (busy) console.log(`note: the load average exceeded ${os.cpus().length} (the number of cores): other processes shared the CPUs, so the --jobs 2 speed-up and absolute times are understated`);

  const results = {
    date: new Date().toISOString(),
    quick: settings.quick,
    node: process.version,
    cpus: os.cpus().length,
    loadavg: { start: load0, end: load1, busy },
    settings,
    throughput: through,
    coldStart: cold,
    batch: bat,
    targets,
    sink,
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`results: ${path.relative(process.cwd(), RESULTS)}`);
}

await main();
