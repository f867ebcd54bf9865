/**
 * `minutes parse DIR|GLOB|FILE... --out OUTDIR`: parse many files, mirroring the input tree under
 * OUTDIR (one .json or .md per input) or streaming NDJSON to stdout.
 *
 * Guarantees:
 * - a bad input (unreadable, too large, empty, binary, undecodable) is reported and the batch
 *   goes on; the exit code is 1 when any input failed
 * - outputs are written to a temporary file in the same directory and renamed; a run killed by
 *   SIGINT/SIGTERM removes its temporary files, and the next run removes any a SIGKILL left
 * - inputs are never written; an output that would replace an input is refused
 * - a re-run skips inputs whose output is up to date (`.minutes-manifest.json` in OUTDIR: input
 *   sha256, tool version, format); `force` redoes all
 * - memory stays flat: each file is read, converted and written by the runner (a worker thread
 *   with a pool), at most a bounded number of files are in flight, and only NDJSON lines come back
 *   to the main thread; the manifest, the report and NDJSON lines follow input order
 */
import { toolVersion } from '../version.js';
import { once } from 'node:events';
import { statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { type FileStatus, inputFormatOf, type OutputFormat } from './convert.js';
import type { FileResult, FileTask } from './file-task.js';
import { createRunner, type Runner } from './pool.js';
import { createProgress } from './progress.js';
import { type ReportEntry, ReportWriter, type Summary } from './report.js';
import { Manifest, removeLiveTemps, sweepTemps } from './store.js';
import { errorMessage, type InputFile, type InputRoot, isInside, resolveInputs, walkInputs } from './walk.js';

export type { Converted, FileStatus, OutputFormat } from './convert.js';
export { convertOne } from './convert.js';

/** Options of a batch run (the `parse` command's flags). */
export interface BatchOptions {
  /** DIR, GLOB or FILE arguments. */
  inputs: string[];
  /** OUTDIR, or null (only with ndjson). */
  out: string | null;
  format: 'json' | 'markdown' | 'ndjson';
  /** Worker threads; 0 or less means the number of available cores. */
  jobs: number;
  /** No progress bar, no notes, no summary (failures are still printed). */
  quiet: boolean;
  /** Path of a JSON report, or null. */
  report: string | null;
  /** Largest input in bytes; larger files fail. */
  maxSize: number;
  /** Redo inputs whose output is up to date. */
  force: boolean;
  /** Forced input encoding, or null to detect. */
  encoding: string | null;
  /** Parse files with unknown extensions as plain text instead of skipping them. */
  ext: boolean;
}

/** Streams a batch writes to. */
export interface BatchIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Thrown (and turned into exit code 2) for options that cannot work together. */
class UsageError extends Error {
  override readonly name = 'UsageError';
}

const TOOL_VERSION = readToolVersion();


/** One input's way through the batch: the worker's result, less what only the worker needs. */
interface Outcome extends Omit<FileResult, 'refused'> {
  file: InputFile;
  /** Output path relative to OUTDIR, or null. */
  outputRel: string | null;
}

/**
 * Run a batch.
 *
 * @param opts the options
 * @param io stdout (NDJSON) and stderr (progress, notes, summary)
 * @returns the exit code: 0 all parsed (warnings allowed), 1 some input failed, 2 could not run
 */
export async function runBatch(opts: BatchOptions, io: BatchIo): Promise<number> {
  const started = Date.now();
  const cwd = process.cwd();
  try {
    checkOptions(opts);
  } catch (error) {
    io.stderr.write(`minutes: ${errorMessage(error)}\n`);
    return 2;
  }

  const format = opts.format;
  const outDir = opts.out === null ? null : path.resolve(cwd, opts.out);
  const showBar = !opts.quiet && io.stderr.isTTY === true;
  let setup: Setup;
  try {
    setup = await prepare(opts, outDir, cwd, showBar);
  } catch (error) {
    io.stderr.write(`minutes: ${errorMessage(error)}\n`);
    return 2;
  }
  const { roots, base, skipDirs, manifest, report } = setup;
  const progress = createProgress(io.stderr, setup.total, showBar);

  const jobs = opts.jobs > 0 ? opts.jobs : os.availableParallelism();
  let created: Awaited<ReturnType<typeof createRunner>>;
  try {
    created = await createRunner(jobs, { format, encoding: opts.encoding });
  } catch (error) {
    await report?.abort();
    io.stderr.write(`minutes: cannot load the parser: ${errorMessage(error)}\n`);
    return 2;
  }
  const { runner, note } = created;
  if (note && !opts.quiet) progress.log(`minutes: ${note}`);

  const counts = { files: 0, ok: 0, warnings: 0, failed: 0, skipped: 0 };
  /** Output path → the input that writes it; input paths met so far. */
  const claimed = new Map<string, string>();
  const seen = new Set<string>();
  /** Files in flight, in input order; `ready` once their outcome is known. */
  const queue: { promise: Promise<Outcome>; ready: boolean }[] = [];
  const queueLimit = Math.max(64, runner.threads * 64);
  let lastSave = Date.now();
  let lastSaveMs = 0;
  // Outputs are written by the runner as soon as they are ready; the manifest and the report
  // still follow input order (settle).

  // SIGINT/SIGTERM stop the batch between files: nothing new starts, the manifest and the report
  // are written, and the exit code is 128 + the signal number. A second signal ends the process
  // at once (outputs are renamed into place whole, so even that leaves no partial file).
  let stopped: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopped !== null) {
      removeLiveTemps();
      try {
        manifest?.saveSync();
      } catch {
        // Best effort: the next run redoes what the manifest misses.
      }
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      process.kill(process.pid, signal);
      return;
    }
    stopped = signal;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // A closed stdout (`| head`) ends an NDJSON batch quietly instead of crashing it.
  let stdoutClosed = false;
  const onStdoutError = (error: NodeJS.ErrnoException): void => {
    stdoutClosed = true;
    if (error.code !== 'EPIPE') progress.log(`minutes: cannot write to stdout: ${errorMessage(error)}`);
  };
  if (format === 'ndjson') io.stdout.on('error', onStdoutError);

  /** Write one outcome (in input order), report it, release its bytes. */
  const settle = async (outcome: Outcome): Promise<void> => {
    let { status, error } = outcome;
    if (outcome.output !== null) {
      try {
        if (stdoutClosed) throw new Error('stdout is closed');
        if (!io.stdout.write(outcome.output)) await Promise.race([once(io.stdout, 'drain'), once(io.stdout, 'error')]);
      } catch (writeError) {
        if (stdoutClosed) return; // The reader went away (`| head`): stop without blaming the file.
        status = 'failed';
        error = `cannot write to stdout: ${errorMessage(writeError)}`;
      }
    }
    if (outcome.written && manifest !== null && outcome.outputRel !== null && outcome.sha256 !== null) {
      manifest.set(outcome.file.rel, { sha256: outcome.sha256, tool: TOOL_VERSION, format, output: outcome.outputRel });
    }
    if (status === 'failed') manifest?.delete(outcome.file.rel);
    counts.files++;
    counts[status === 'warnings' ? 'warnings' : status]++;
    if (status === 'failed') progress.log(`${displayPath(outcome.file.abs, cwd)}: failed: ${error ?? 'unknown error'}`);
    else if (status === 'skipped' && error !== null && !opts.quiet) progress.log(`${displayPath(outcome.file.abs, cwd)}: skipped: ${error}`);
    progress.increment();
    if (report !== null) {
      const entry: ReportEntry = {
        path: displayPath(outcome.file.abs, cwd),
        output: outcome.written && outDir !== null && outcome.outputRel !== null ? displayPath(path.join(outDir, outcome.outputRel), cwd) : null,
        status,
        diagnostics: outcome.diagnostics,
        error,
      };
      await report.add(entry);
    }
    // Saved every 2 s, or less often when a save takes long (a large manifest): at most about 4%
    // of the main thread's time.
    if (manifest !== null && Date.now() - lastSave > Math.max(2000, 25 * lastSaveMs)) {
      const start = Date.now();
      await manifest.save();
      lastSave = Date.now();
      lastSaveMs = lastSave - start;
    }
  };

  const settleHead = async (): Promise<void> => {
    const head = queue.shift();
    if (head) await settle(await head.promise);
  };

  let exit = 0;
  try {
    for await (const file of walkInputs(roots, base, skipDirs)) {
      if (stopped !== null || stdoutClosed) break;
      if (isOwnOutput(file, outDir, manifest)) continue;
      const plan = planFile(file, outDir, format, opts, claimed, seen);
      while (queue.length >= queueLimit) await settleHead();
      const item = { promise: 'status' in plan ? Promise.resolve(plan) : processFile(file, plan, manifest, runner, opts, claimed), ready: false };
      void item.promise.then(() => {
        item.ready = true;
      });
      queue.push(item);
    }
    while (queue.length > 0 && stopped === null && !stdoutClosed) await settleHead();
    // When stopping, files already done are recorded, in order; the others are left to a re-run.
    while (stopped !== null && queue[0]?.ready === true) await settleHead();
  } catch (error) {
    // Only a failure of the run itself lands here (an input's failure is an outcome).
    progress.log(`minutes: ${errorMessage(error)}`);
    exit = 2;
  } finally {
    progress.stop();
    await runner.close();
    await manifest?.save().catch(() => undefined);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    io.stdout.removeListener('error', onStdoutError);
  }

  const summary: Summary = { ...counts, ms: Date.now() - started };
  if (report !== null) {
    if (exit === 2) await report.abort();
    else await report.finish(summary);
  }
  if (!opts.quiet) {
    io.stderr.write(
      `minutes: ${counts.files} files: ${counts.ok} ok, ${counts.warnings} with warnings, ${counts.failed} failed, ${counts.skipped} skipped (${(summary.ms / 1000).toFixed(2)} s)\n`,
    );
  }
  if (exit !== 0) return exit;
  if (stopped !== null) {
    io.stderr.write(`minutes: stopped by ${stopped}; run again to finish (finished files are skipped)\n`);
    return 128 + (stopped === 'SIGINT' ? 2 : 15);
  }
  return counts.failed > 0 ? 1 : 0;
}

/** What a batch needs before the first file. */
interface Setup {
  roots: InputRoot[];
  base: string;
  /** OUTDIR, when it lies inside an input folder (its files are outputs, not inputs). */
  skipDirs: string[];
  manifest: Manifest | null;
  report: ReportWriter | null;
  /** Number of input files, for the progress bar; null without a bar. */
  total: number | null;
}

/** Resolve inputs, check OUTDIR, load the manifest, open the report; throws for a usage problem. */
async function prepare(opts: BatchOptions, outDir: string | null, cwd: string, showBar: boolean): Promise<Setup> {
  const { roots, base } = await resolveInputs(opts.inputs, cwd);
  if (outDir !== null) {
    const info = statSync(outDir, { throwIfNoEntry: false });
    if (info && !info.isDirectory()) throw new UsageError(`--out ${opts.out ?? ''} exists and is not a folder`);
  }
  const skipDirs =
    outDir !== null && roots.some((root) => root.kind !== 'file' && root.base !== outDir && isInside(outDir, root.base)) ? [outDir] : [];
  const manifest = outDir === null ? null : await Manifest.load(outDir);
  if (outDir !== null) await sweepTemps(outDir);
  const total = showBar ? await countInputs(roots, base, skipDirs, (file) => isOwnOutput(file, outDir, manifest)) : null;
  const report = opts.report === null ? null : await ReportWriter.open(path.resolve(cwd, opts.report));
  return { roots, base, skipDirs, manifest, report, total };
}

/** Reject option combinations that cannot work. */
function checkOptions(opts: BatchOptions): void {
  if (opts.inputs.length === 0) throw new UsageError('no input given (DIR, GLOB or FILE)');
  if (opts.format === 'ndjson' && opts.out !== null) throw new UsageError('--format ndjson writes to stdout; drop --out');
  if (opts.format !== 'ndjson' && opts.out === null) throw new UsageError(`--format ${opts.format} with several inputs needs --out OUTDIR (or use --format ndjson)`);
  if (opts.encoding !== null && !iconv.encodingExists(opts.encoding)) throw new UsageError(`unknown encoding '${opts.encoding}'`);
  if (!Number.isFinite(opts.maxSize) || opts.maxSize <= 0) throw new UsageError('--max-size must be a positive number of bytes');
}

/** Where a file's output goes: absolute and relative to OUTDIR, or both null (NDJSON). */
interface OutputPaths {
  outAbs: string | null;
  outputRel: string | null;
}

/**
 * Decide what happens to a file before reading it: an outcome for a file that is not parsed
 * (unreadable, unknown extension, output clash), or its output paths to parse it.
 */
function planFile(
  file: InputFile,
  outDir: string | null,
  format: OutputFormat,
  opts: BatchOptions,
  claimed: Map<string, string>,
  seen: Set<string>,
): Outcome | OutputPaths {
  const outcome = (status: FileStatus, error: string, outputRel: string | null = null): Outcome => ({
    file,
    outputRel,
    status,
    error,
    diagnostics: 0,
    output: null,
    written: false,
    sha256: null,
  });
  if (seen.has(file.rel)) return outcome('skipped', 'given more than once');
  seen.add(file.rel);
  if (file.problem !== null) return outcome('failed', file.problem);
  if (inputFormatOf(file.rel) === null && !opts.ext) {
    return outcome('skipped', 'unknown extension (parse it as text with --ext)');
  }
  if (outDir === null) return { outAbs: null, outputRel: null };
  const outputRel = outputPathFor(file.rel, format);
  const outAbs = path.join(outDir, outputRel);
  // Both are absolute and normalised (OUTDIR resolved, the input from the walk).
  if (outAbs === file.abs) return outcome('failed', 'the output path is the input path', outputRel);
  const owner = claimed.get(outputRel);
  if (owner !== undefined) return outcome('failed', `the output ${outputRel} is already written for ${owner}`, outputRel);
  claimed.set(outputRel, file.rel);
  return { outAbs, outputRel };
}

/** Hand one file to the runner (it reads, converts and writes it; NDJSON lines are printed in order later); never throws. */
async function processFile(
  file: InputFile,
  { outAbs, outputRel }: OutputPaths,
  manifest: Manifest | null,
  runner: Runner,
  opts: BatchOptions,
  claimed: Map<string, string>,
): Promise<Outcome> {
  let upToDate: string | null = null;
  let guardOutput = false;
  if (manifest !== null && outputRel !== null) {
    const entry = manifest.get(file.rel);
    if (!opts.force && entry && entry.tool === TOOL_VERSION && entry.format === opts.format && entry.output === outputRel) upToDate = entry.sha256;
    // Never replace a file this tool did not write when it could be an input (x.txt → x.md next to x.md).
    guardOutput = inputFormatOf(outputRel) !== null && !manifest.owns(outputRel);
  }
  const task: FileTask = { abs: file.abs, rel: file.rel, outAbs, outputRel, maxSize: opts.maxSize, upToDate, guardOutput };
  const result = await runner.submitFile(task);
  if (result.refused && outputRel !== null) claimed.delete(outputRel);
  return { file, outputRel, status: result.status, error: result.error, diagnostics: result.diagnostics, output: result.output, written: result.written, sha256: result.sha256 };
}

/** `a/第16次.txt` → `a/第16次.json` (or `.md`); a name without extension gets one appended. */
function outputPathFor(rel: string, format: OutputFormat): string {
  const extension = format === 'markdown' ? '.md' : '.json';
  const name = rel.replace(/\.[^./]+$/, '');
  return `${name === '' ? rel : name}${extension}`;
}

/** Count the files a walk will yield (for the progress bar's total and ETA). */
async function countInputs(roots: InputRoot[], base: string, skip: string[], ignore: (file: InputFile) => boolean): Promise<number> {
  let n = 0;
  for await (const file of walkInputs(roots, base, skip, { describe: false })) if (!ignore(file)) n++;
  return n;
}

/** An output of this tool inside the input tree (OUTDIR is the input folder): not an input. */
function isOwnOutput(file: InputFile, outDir: string | null, manifest: Manifest | null): boolean {
  return outDir !== null && manifest !== null && isInside(file.abs, outDir) && manifest.owns(toPosix(path.relative(outDir, file.abs)));
}

function displayPath(abs: string, cwd: string): string {
  return isInside(abs, cwd) ? toPosix(path.relative(cwd, abs)) : abs;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function readToolVersion(): string {
  return toolVersion();
}
