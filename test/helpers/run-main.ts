/**
 * Runs the CLI's main() in-process with fake streams, for the CLI and bad-input tests.
 */
import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli.js';

/** A writable stream that keeps what is written as text. */
export class Sink extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: (e?: Error | null) => void): void {
    this.text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    done();
  }
}

/** What a run returned and printed. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run main(); `stdin` is piped text, or null for a terminal (nothing piped). */
export async function run(argv: string[], stdin: string | Uint8Array | null = null): Promise<Run> {
  const input = Object.assign(Readable.from(stdin === null ? [] : [Buffer.from(stdin)]), { isTTY: stdin === null });
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await main({ argv, stdin: input, stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
