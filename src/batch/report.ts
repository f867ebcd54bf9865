/**
 * `--report report.json`: one entry per input, written as the batch goes (the file is built in a
 * temporary file next to the target and renamed at the end, so memory does not grow with the
 * number of files and an interrupted run leaves no partial report).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { FileStatus } from './convert.js';
import { trackTemp, untrackTemp } from './store.js';

/** One input in the report. */
export interface ReportEntry {
  /** The input path as the user gave it (relative to the working directory when inside it). */
  path: string;
  /** The output path, or null (failed, skipped, ndjson). */
  output: string | null;
  status: FileStatus;
  /** Number of diagnostics in the parsed document (0 when not parsed). */
  diagnostics: number;
  /** Why the file failed or was skipped, else null. */
  error: string | null;
}

/** Totals at the end of a batch. */
export interface Summary {
  files: number;
  ok: number;
  warnings: number;
  failed: number;
  skipped: number;
  /** Wall time in milliseconds. */
  ms: number;
}

/** Streams report entries into a JSON file: `{"files": [...], "summary": {...}}`. */
export class ReportWriter {
  private readonly stream: WriteStream;
  private readonly temp: string;
  private count = 0;

  /**
   * @param file the report path
   */
  private constructor(readonly file: string) {
    this.temp = path.join(path.dirname(file), `.${path.basename(file)}.minutes-tmp-${process.pid}-0`);
    trackTemp(this.temp);
    this.stream = createWriteStream(this.temp);
    this.stream.write('{\n  "files": [');
  }

  /**
   * Start a report (creating its directory).
   *
   * @param file the report path
   */
  static async open(file: string): Promise<ReportWriter> {
    await mkdir(path.dirname(file), { recursive: true });
    return new ReportWriter(file);
  }

  /**
   * Add one entry, waiting when the stream is backed up.
   *
   * @param entry the input's outcome
   */
  async add(entry: ReportEntry): Promise<void> {
    const line = `${this.count === 0 ? '' : ','}\n    ${JSON.stringify(entry)}`;
    this.count++;
    if (!this.stream.write(line)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }

  /**
   * Write the summary and move the report into place.
   *
   * @param summary the totals
   */
  async finish(summary: Summary): Promise<void> {
    this.stream.end(`${this.count === 0 ? '' : '\n  '}],\n  "summary": ${JSON.stringify(summary)}\n}\n`);
    await new Promise<void>((resolve, reject) => {
      this.stream.once('finish', resolve);
      this.stream.once('error', reject);
    });
    await rename(this.temp, this.file);
    untrackTemp(this.temp);
  }

  /** Drop the partial report. */
  async abort(): Promise<void> {
    this.stream.destroy();
    await unlink(this.temp).catch(() => undefined);
    untrackTemp(this.temp);
  }
}
