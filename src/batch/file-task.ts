/**
 * One input file's whole way through a batch, given its paths: read (bounded), hash, compare with
 * the manifest's record, convert, and hand back the output to write. Runs in a worker thread (which
 * then writes the output itself) or in the main thread (`--jobs 1`, which writes asynchronously).
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { type Converted, convertOne, type FileStatus, inputFormatOf, type Library, type OutputFormat } from './convert.js';
import { sha256 } from './store.js';

/** A file to process, with what the main thread decided about it. */
export interface FileTask {
  /** Absolute input path. */
  abs: string;
  /** Input path relative to the input base ('/' separators), recorded in the document. */
  rel: string;
  /** Absolute output path, or null (NDJSON: the output goes back to the caller). */
  outAbs: string | null;
  /** Output path relative to OUTDIR, or null. */
  outputRel: string | null;
  /** Largest input in bytes. */
  maxSize: number;
  /** SHA-256 of the manifest's up-to-date record for this input: equal bytes and an existing output skip the file. */
  upToDate: string | null;
  /** An existing file at `outAbs` could be an input this tool did not write: refuse to replace it. */
  guardOutput: boolean;
}

/** What became of a {@link FileTask}. */
export interface FileResult {
  status: FileStatus;
  error: string | null;
  diagnostics: number;
  /** NDJSON line (when `outAbs` is null and the file converted); else null. */
  output: string | null;
  /** The output file was written (renamed into place). */
  written: boolean;
  /** SHA-256 of the input bytes, when read. */
  sha256: string | null;
  /** The output was refused because a file this tool did not write is in the way. */
  refused: boolean;
}

/** A result before its output is written: `data` is what to write to `outAbs`, or null. */
export interface Prepared {
  result: FileResult;
  data: string | null;
}

/**
 * Read, check and convert one file; never throws.
 *
 * @param task the file
 * @param format the output format
 * @param encoding a forced encoding, or null
 * @param lib the loaded library
 * @returns the result and the output still to write
 */
export function prepareFile(task: FileTask, format: OutputFormat, encoding: string | null, lib: Library): Prepared {
  const result: FileResult = { status: 'failed', error: null, diagnostics: 0, output: null, written: false, sha256: null, refused: false };
  const done = (): Prepared => ({ result, data: null });
  let bytes: Uint8Array;
  try {
    const read = readLimited(task.abs, task.maxSize);
    if (read === null) {
      result.error = `too large (over ${task.maxSize} bytes; see --max-size)`;
      return done();
    }
    bytes = read;
  } catch (error) {
    result.error = `cannot read: ${errorMessage(error)}`;
    return done();
  }
  result.sha256 = sha256(bytes);
  if (task.outAbs !== null) {
    if (task.upToDate !== null && task.upToDate === result.sha256 && isFile(task.outAbs)) {
      result.status = 'skipped';
      return done();
    }
    if (task.guardOutput && task.outputRel !== null && inputFormatOf(task.outputRel) !== null && statSync(task.outAbs, { throwIfNoEntry: false })) {
      result.error = `the output ${task.outputRel} would replace an existing input file`;
      result.refused = true;
      return done();
    }
  }
  // The hash taken for the manifest is the document's source.sha256: the parser does not hash again.
  const converted: Converted = convertOne(bytes, task.rel, format, encoding, lib, result.sha256);
  result.status = converted.status;
  result.error = converted.error;
  result.diagnostics = converted.diagnosticsCount;
  if (converted.status === 'failed') return done();
  if (task.outAbs === null) {
    result.output = converted.output;
    return done();
  }
  return { result, data: converted.output };
}

/**
 * Record how writing a prepared output went.
 *
 * @param result the prepared result
 * @param error the write's error, or null when written
 */
export function afterWrite(result: FileResult, error: unknown): FileResult {
  if (error === null) result.written = true;
  else {
    result.status = 'failed';
    result.error = `cannot write output: ${errorMessage(error)}`;
  }
  return result;
}

/**
 * Read a whole file unless it is larger than `maxSize` (then null), without trusting a size
 * taken earlier (the file may grow).
 *
 * Note: synchronous on purpose. Minutes are small files; four thread-pool round trips per file
 * (open, fstat, read, close) cost more than the read itself.
 */
function readLimited(file: string, maxSize: number): Uint8Array | null {
  const fd = openSync(file, 'r');
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new Error('not a regular file');
    if (info.size > maxSize) return null;
    let buffer = new Uint8Array(info.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length > maxSize) return null;
        const grown = new Uint8Array(Math.min(buffer.length * 2, maxSize + 1));
        grown.set(buffer);
        buffer = grown;
      }
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxSize) return null;
    return length === buffer.length ? buffer : buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code && !error.message.startsWith(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
