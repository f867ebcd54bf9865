/**
 * Test helpers: a realistic archive of minutes in a temporary folder (nested folders, several
 * encodings, Markdown, HTML and broken files), a fake io, and a snapshot of an output tree.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import iconv from 'iconv-lite';
import type { BatchOptions } from '../../src/batch/index.js';

export const SEED = readFileSync('/work/shared/seed/000_b81a2cdd68e8cb3f.txt', 'utf8');
export const corpus = (name: string): string => readFileSync(`/work/shared/corpus/${name}.txt`, 'utf8');

/** The good inputs of {@link buildArchive} and the outputs they must produce. */
export const GOOD: Record<string, string> = {
  '2021/seed.txt': '2021/seed.json',
  '2021/gb/005-gb18030.txt': '2021/gb/005-gb18030.json',
  '2022/007-utf16.txt': '2022/007-utf16.json',
  '2022/008-crlf.text': '2022/008-crlf.json',
  'web/009.html': 'web/009.json',
  'notes/014.md': 'notes/014.json',
};

/** The inputs that must fail, with a word their error must contain. */
export const BAD: Record<string, RegExp> = {
  'bad/empty.txt': /empty-input/,
  'bad/image.txt': /binary-input/,
  'bad/corrupt.txt': /decode-invalid/,
  // Tests run as root, which reads files whatever their mode; a dangling symlink is an entry
  // that exists in the listing and fails on open, like an unreadable file.
  'bad/unreadable.txt': /cannot read/,
};

/** Inputs skipped for their extension. */
export const UNKNOWN = ['2021/scan.pdf'];

/**
 * Write the archive.
 *
 * @returns the temporary root folder (inputs under `root/in`)
 */
export function buildArchive(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'minutes-batch-'));
  const input = path.join(root, 'in');
  const put = (rel: string, data: string | Uint8Array): void => {
    const file = path.join(input, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
  };
  put('2021/seed.txt', SEED);
  put('2021/gb/005-gb18030.txt', iconv.encode(corpus('005'), 'gb18030'));
  put('2022/007-utf16.txt', iconv.encode(corpus('007'), 'utf-16le', { addBOM: true }));
  put('2022/008-crlf.text', corpus('008').replace(/\r?\n/g, '\r\n'));
  const paragraphs = corpus('009')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${line.trim().replace(/&/g, '&amp;')}</p>`)
    .join('\n');
  put(
    'web/009.html',
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>常务会议</title><script>var a=1;</script></head><body><nav><a href="/">首页</a></nav><article>${paragraphs}</article><footer>版权所有</footer></body></html>`,
  );
  put('notes/014.md', `# ${corpus('014').trim().split('\n')[0]}\n\n${corpus('014').trim().split('\n').slice(1).join('\n')}\n`);
  put('bad/empty.txt', '');
  put('bad/image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
  const seedBytes = new TextEncoder().encode(SEED);
  put('bad/corrupt.txt', new Uint8Array([...seedBytes.subarray(0, 300), 0xff, 0xc0, ...seedBytes.subarray(300)]));
  symlinkSync(path.join(input, 'bad', 'no-such-file.txt'), path.join(input, 'bad', 'unreadable.txt'));
  put('2021/scan.pdf', '%PDF-1.4\n');
  return root;
}

/** A stream that keeps what is written to it. */
export class Sink extends Writable {
  readonly chunks: string[] = [];
  isTTY = false;
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(chunk.toString());
    done();
  }
  get text(): string {
    return this.chunks.join('');
  }
}

/** Fake stdout and stderr. */
export function fakeIo(): { stdout: Sink; stderr: Sink } {
  return { stdout: new Sink(), stderr: new Sink() };
}

/**
 * Batch options with test defaults.
 *
 * @param overrides the options that matter to a test
 */
export function options(overrides: Partial<BatchOptions> & Pick<BatchOptions, 'inputs'>): BatchOptions {
  return {
    out: null,
    format: 'json',
    jobs: 1,
    quiet: false,
    report: null,
    maxSize: 50 * 1024 * 1024,
    force: false,
    encoding: null,
    ext: false,
    ...overrides,
  };
}

/**
 * Every file under `dir` (relative, sorted) with its SHA-256 and mtime.
 *
 * @param dir the folder
 */
export function snapshot(dir: string): Map<string, { sha256: string; mtimeMs: number }> {
  const files = new Map<string, { sha256: string; mtimeMs: number }>();
  const visit = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) {
        files.set(path.relative(dir, full).split(path.sep).join('/'), {
          sha256: createHash('sha256').update(readFileSync(full)).digest('hex'),
          mtimeMs: statSync(full).mtimeMs,
        });
      }
    }
  };
  visit(dir);
  return files;
}
