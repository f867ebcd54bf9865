/**
 * Runs {@link convertOne} for a batch: in the main thread, or in a pool of warm worker threads.
 *
 * A worker receives tasks in batches: whenever a worker holds fewer than two batches (the one it
 * works on and the next) it takes every queued task (up to `batchSize`) in one message. With a producer faster than the workers the queue fills and the
 * batches grow, so the per-message cost (which makes a pool slower than one thread for 0.6 ms
 * documents) is paid once per batch; with a slow producer tasks go out one at a time.
 *
 * Worker threads need JavaScript: the worker script is `worker.js` next to this module in `dist/`
 * and, when this module runs from `src/` (TypeScript under vitest), `dist/batch/worker.js` of the
 * same package — so a build (`tsc`, run by `npm test` first) must exist. Without it the batch
 * falls back to the main thread.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import { type Converted, convertOne, inputFormatOf, loadLibrary, type OutputFormat } from './convert.js';
import { afterWrite, type FileResult, type FileTask, prepareFile } from './file-task.js';
import { writeAtomic } from './store.js';

/** One file to convert. */
export interface Task {
  bytes: Uint8Array;
  relPath: string;
}

/** Settings shared by every task of a batch. */
export interface RunnerSettings {
  format: OutputFormat;
  encoding: string | null;
}

/** Converts files; {@link close} when done. */
export interface Runner {
  /** How many threads convert. */
  readonly threads: number;
  /**
   * Convert one file.
   *
   * @param task the bytes and path
   */
  submit(task: Task): Promise<Converted>;
  /**
   * Read, convert and write one file (NDJSON: return its line).
   *
   * @param task the file and what the main thread decided about it
   */
  submitFile(task: FileTask): Promise<FileResult>;
  close(): Promise<void>;
}

/** Messages to a worker: bytes to convert, or files to process whole. */
export interface WorkerRequest {
  batch: ({ id: number; bytes: Uint8Array; relPath: string } | { id: number; file: FileTask })[];
}

/** Messages from a worker. */
export interface WorkerResponse {
  results: (({ id: number } & Converted) | { id: number; file: FileResult })[];
}

/** workerData of a pool's workers. */
export interface WorkerSettings extends RunnerSettings {
  /** Int32Array over it: [0] set to 1 asks workers to stop before their next file. */
  stop: SharedArrayBuffer;
}

/**
 * The compiled worker script, or null when there is none (running from sources without a build).
 *
 * @returns an absolute path to `worker.js`
 */
export function resolveWorkerScript(): string | null {
  const here = fileURLToPath(import.meta.url);
  const candidates = here.endsWith('.ts')
    ? [path.resolve(path.dirname(here), '../../dist/batch/worker.js')]
    : [path.join(path.dirname(here), 'worker.js')];
  return candidates.find((file) => existsSync(file)) ?? null;
}

/**
 * Make a runner: `threads` ≤ 1 (or no worker script) runs in the main thread.
 *
 * @param threads how many worker threads
 * @param settings output format and forced encoding
 * @param inlineFirst how many files to convert in the main thread before starting the pool
 * @returns the runner and, when a pool was asked for but cannot run, why
 */
export async function createRunner(
  threads: number,
  settings: RunnerSettings,
  inlineFirst = INLINE_FIRST,
): Promise<{ runner: Runner; note: string | null }> {
  if (threads > 1) {
    const script = resolveWorkerScript();
    if (script) return { runner: new LazyPool(threads, script, settings, inlineFirst), note: null };
    await loadLibrary(settings.format);
    return { runner: new InlineRunner(settings), note: 'worker script dist/batch/worker.js not found (run `npm run build`); converting in one thread' };
  }
  await loadLibrary(settings.format);
  return { runner: new InlineRunner(settings), note: null };
}

/**
 * Files converted in the main thread before a pool starts. Each worker loads the parser (about
 * 0.6 s of CPU here) and warms up its own JIT, so a pool only pays off for longer runs; a batch
 * of a few dozen files never starts one, and a larger one never loads the parser in the main
 * thread (see {@link DECIDE_MS}).
 */
const INLINE_FIRST = 48;

/** Output files written at once in the main thread (file creation is slow; several overlap well). */
const WRITE_CONCURRENCY = 8;

/**
 * How long the first files wait for a decision: when more than `inlineFirst` files arrive within
 * it (the walk of a large archive), every file goes to the pool and the main thread never loads
 * the parser; otherwise the first files are converted in the main thread.
 */
const DECIDE_MS = 40;

/** The main thread for the first files of a short batch, else (and after them) a worker pool. */
class LazyPool implements Runner {
  private readonly inline: InlineRunner;
  private pool: WorkerPool | null = null;
  private submitted = 0;
  /** Where the first files go, once decided. */
  private mode: 'inline' | 'pool' | null = null;
  private readonly waiting: (() => void)[] = [];
  private timer: NodeJS.Timeout | null = null;

  /**
   * @param threads how many workers, once started
   * @param script the compiled worker script
   * @param settings output format and forced encoding
   * @param inlineFirst files converted in the main thread first
   */
  constructor(
    readonly threads: number,
    private readonly script: string,
    private readonly settings: RunnerSettings,
    private readonly inlineFirst: number,
  ) {
    this.inline = new InlineRunner(settings);
  }

  async submit(task: Task): Promise<Converted> {
    return (await this.route()).submit(task);
  }

  async submitFile(task: FileTask): Promise<FileResult> {
    return (await this.route()).submitFile(task);
  }

  async close(): Promise<void> {
    this.decide('inline');
    await this.inline.close();
    await this.pool?.close();
  }

  /** The runner for the next file. */
  private async route(): Promise<Runner> {
    this.submitted++;
    if (this.submitted > this.inlineFirst) return this.startPool();
    if (this.mode === null) {
      await new Promise<void>((resolve) => {
        this.waiting.push(resolve);
        this.timer ??= setTimeout(() => this.decide('inline'), DECIDE_MS);
      });
    }
    if (this.mode === 'pool') return this.startPool();
    await loadLibrary(this.settings.format);
    return this.inline;
  }

  private decide(mode: 'inline' | 'pool'): void {
    if (this.mode !== null) return;
    this.mode = mode;
    if (this.timer !== null) clearTimeout(this.timer);
    for (const resume of this.waiting.splice(0)) resume();
  }

  private startPool(): WorkerPool {
    this.decide('pool');
    this.pool ??= new WorkerPool(this.threads, this.script, this.settings);
    return this.pool;
  }
}

/** Converts in the calling thread. */
class InlineRunner implements Runner {
  readonly threads = 1;
  private readonly writeLimit = pLimit(WRITE_CONCURRENCY);
  /** @param settings output format and forced encoding */
  constructor(private readonly settings: RunnerSettings) {}

  private closed = false;

  async submit(task: Task): Promise<Converted> {
    // Yield first, so reading the next files overlaps with converting this one.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.closed) return { output: '', status: 'failed', diagnosticsCount: 0, error: 'stopped' };
    await loadLibrary(this.settings.format, [inputFormatOf(task.relPath) ?? 'text']);
    return convertOne(task.bytes, task.relPath, this.settings.format, this.settings.encoding);
  }

  async submitFile(task: FileTask): Promise<FileResult> {
    const lib = await loadLibrary(this.settings.format, [inputFormatOf(task.rel) ?? 'text']);
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.closed) return stoppedResult();
    const { result, data } = prepareFile(task, this.settings.format, this.settings.encoding, lib);
    if (data === null || task.outAbs === null) return result;
    // Written asynchronously (several at once, off the main thread) while the next files convert.
    const outAbs = task.outAbs;
    return this.writeLimit(() => writeAtomic(outAbs, data)).then(
      () => afterWrite(result, null),
      (error: unknown) => afterWrite(result, error),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

/** A failed result for a file not processed because the batch stopped. */
function stoppedResult(): FileResult {
  return { status: 'failed', error: 'stopped', diagnostics: 0, output: null, written: false, sha256: null, refused: false };
}

/**
 * Batches a worker holds at once: the one it works on and the next, so it never waits for the main
 * thread to answer its results with more work.
 */
const BATCHES_AHEAD = 2;

/**
 * Young-generation size of a worker's heap, in MB. V8 grows a young generation that keeps
 * surviving scavenges up to 48 MB (16 MB semi-spaces); a batch worker reaches that after a few
 * thousand files, which made a 10,000-file run's peak RSS about twice a 1,000-file run's. Capped
 * at 6 MB (2 MB semi-spaces) a worker's heap stays near 20 MB: peak RSS of 10,000 files with
 * `--jobs 2` went from 204 to 241 MB to 152 to 163 MB here, with no measurable change in CPU time.
 */
const YOUNG_GENERATION_MB = 6;

/**
 * V8 settings that keep a pool's heaps from climbing with the length of the batch (process-wide).
 *
 * - `--semi-space-growth-factor=1`: young generations keep the size they have. V8 doubles a
 *   thread's young generation each time the bytes that survived scavenges since the last doubling
 *   exceed its size, up to 32 MB. A batch's main thread keeps every file's record (manifest,
 *   output names), so over a long batch its young generation reached that limit, though it holds
 *   a few MB.
 * - `--heap-growing-percent=50`: after a full collection the old generation may grow to 1.5 times
 *   what survived (V8's default is up to 4 times), so a worker's heap no longer climbs from about
 *   16 MB towards 40 MB over 20,000 files.
 *
 * Starting a worker thread resets V8's flags to those of the command line, so they are set each
 * time a worker answers for the first time: by then it has converted a batch of files, and its
 * young generation has grown to the size {@link YOUNG_GENERATION_MB} allows. Not set for
 * `--jobs 1` or a short batch, whose main thread parses: a young generation held at 1 MB made
 * parsing markedly slower there, and the heap's growth is small.
 */
const POOL_V8_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=50'];

/** Apply {@link POOL_V8_FLAGS}. */
function setPoolFlags(): void {
  for (const flag of POOL_V8_FLAGS) v8.setFlagsFromString(flag);
}

interface Pending {
  id: number;
  /** The message item without its id. */
  item: { bytes: Uint8Array; relPath: string } | { file: FileTask };
  /** Takes the worker's answer for this item. */
  resolve: (answer: WorkerResponse['results'][number]) => void;
  /** Fails the item without an answer. */
  fail: (error: string) => void;
}

interface Slot {
  worker: Worker;
  /** The tasks of the batches it was sent and has not answered, by task id; empty when idle. */
  busy: Map<number, Pending>;
  /** Batches sent and not answered (at most {@link BATCHES_AHEAD}). */
  batches: number;
  /** Called once when the worker answers or exits (used while closing). */
  settled: (() => void) | null;
}

/** Warm worker threads fed with batches; {@link createRunner} makes one, or pass any worker script speaking {@link WorkerRequest}/{@link WorkerResponse}. */
export class WorkerPool implements Runner {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closing = false;
  /** Workers that died; past a limit no more are started (a worker that cannot even load). */
  private crashes = 0;
  private readonly stop = new SharedArrayBuffer(4);

  /**
   * @param threads how many workers
   * @param script the compiled worker script
   * @param settings output format and forced encoding, passed as workerData
   * @param batchSize most tasks in one message
   */
  constructor(
    readonly threads: number,
    private readonly script: string,
    private readonly settings: RunnerSettings,
    private readonly batchSize = 16,
  ) {
    for (let i = 0; i < threads; i++) this.slots.push(this.spawn());
  }

  submit(task: Task): Promise<Converted> {
    return new Promise((resolve) => {
      this.enqueue({
        id: this.nextId++,
        item: { bytes: task.bytes, relPath: task.relPath },
        resolve: (answer) => {
          if ('file' in answer) resolve({ output: '', status: 'failed', diagnosticsCount: 0, error: 'internal error: unexpected answer' });
          else resolve({ output: answer.output, status: answer.status, diagnosticsCount: answer.diagnosticsCount, error: answer.error });
        },
        fail: (error) => resolve({ output: '', status: 'failed', diagnosticsCount: 0, error }),
      });
    });
  }

  submitFile(task: FileTask): Promise<FileResult> {
    return new Promise((resolve) => {
      this.enqueue({
        id: this.nextId++,
        item: { file: task },
        resolve: (answer) => {
          if ('file' in answer) resolve(answer.file);
          else resolve({ ...stoppedResult(), error: 'internal error: unexpected answer' });
        },
        fail: (error) => resolve({ ...stoppedResult(), error }),
      });
    });
  }

  /**
   * Stop: workers finish the file they are on (so no output is left half-renamed), answer, and
   * are terminated; files not started fail with `stopped`.
   */
  async close(): Promise<void> {
    this.closing = true;
    Atomics.store(new Int32Array(this.stop), 0, 1);
    this.failQueue('stopped');
    const busy = this.slots.filter((slot) => slot.busy.size > 0);
    await Promise.race([
      Promise.all(busy.map((slot) => new Promise<void>((resolve) => (slot.settled = resolve)))),
      new Promise<void>((resolve) => setTimeout(resolve, 5000).unref()),
    ]);
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private enqueue(pending: Pending): void {
    if (this.closing) {
      pending.fail('stopped');
      return;
    }
    this.queue.push(pending);
    if (this.slots.length === 0) this.failQueue('internal error: no worker thread could start');
    else this.dispatch();
  }

  private spawn(): Slot {
    const workerData: WorkerSettings = { ...this.settings, stop: this.stop };
    const worker = new Worker(this.script, { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, busy: new Map(), batches: 0, settled: null };
    const settle = (): void => {
      const settled = slot.settled;
      slot.settled = null;
      settled?.();
    };
    let answered = false;
    worker.on('message', (message: WorkerResponse) => {
      if (!answered) {
        answered = true;
        setPoolFlags();
      }
      slot.batches = Math.max(0, slot.batches - 1);
      for (const result of message.results) {
        const pending = slot.busy.get(result.id);
        slot.busy.delete(result.id);
        pending?.resolve(result);
      }
      if (slot.busy.size === 0) settle();
      this.dispatch();
    });
    const fail = (reason: string): void => {
      // A crashed worker fails its batch, not the run: those files are reported, a new worker takes over.
      for (const pending of slot.busy.values()) pending.fail(`internal error: worker ${reason}`);
      slot.busy.clear();
      slot.batches = 0;
      settle();
      if (this.closing) return;
      const index = this.slots.indexOf(slot);
      if (index === -1) return;
      this.crashes++;
      if (this.crashes > this.threads * 4) {
        this.slots.splice(index, 1);
        if (this.slots.length === 0) this.failQueue(`internal error: worker ${reason}`);
        return;
      }
      this.slots[index] = this.spawn();
      this.dispatch();
    };
    worker.on('error', (error) => fail(`crashed: ${error.message}`));
    worker.on('exit', (code) => {
      if (slot.busy.size > 0) fail(`exited with code ${code}`);
      else settle();
    });
    return slot;
  }

  /** No worker left (or closing): every waiting task fails. */
  private failQueue(error: string): void {
    for (const pending of this.queue.splice(0)) pending.fail(error);
  }

  private dispatch(): void {
    if (this.closing) return;
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.batches >= BATCHES_AHEAD) continue;
      const batch = this.queue.splice(0, this.batchSize);
      slot.batches++;
      for (const pending of batch) slot.busy.set(pending.id, pending);
      const request: WorkerRequest = { batch: batch.map((p) => ({ id: p.id, ...p.item })) };
      // Move buffers that are wholly the file's bytes instead of copying them; a view into a
      // shared buffer (Node's Buffer pool) is copied, since moving it would detach its neighbours.
      const transfer: ArrayBuffer[] = [];
      for (const { item } of batch) {
        if (!('bytes' in item)) continue;
        const { buffer, byteOffset, byteLength } = item.bytes;
        if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength && byteLength > 0) transfer.push(buffer);
      }
      slot.worker.postMessage(request, [...new Set(transfer)]);
    }
  }
}
