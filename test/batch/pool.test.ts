import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { convertOne, inputFormatOf, loadLibrary } from '../../src/batch/convert.js';
import { createRunner, resolveWorkerScript, WorkerPool } from '../../src/batch/pool.js';
import { corpus, SEED } from './archive.js';

const NAMES = ['005', '007', '008', '009', '014', '016', '018', '020', '022', '024'];

describe('inputFormatOf', () => {
  it.each([
    ['a/b.txt', 'text'],
    ['a/b.TEXT', 'text'],
    ['b.md', 'markdown'],
    ['b.Markdown', 'markdown'],
    ['b.html', 'html'],
    ['b.HTM', 'html'],
    ['b.pdf', null],
    ['README', null],
    ['dir.md/file', null],
  ])('%s → %s', (file, format) => {
    expect(inputFormatOf(file)).toBe(format);
  });
});

describe('convertOne', () => {
  it('renders json, markdown and ndjson, and fails input problems without output', async () => {
    const lib = await loadLibrary('markdown');
    const bytes = new TextEncoder().encode(SEED);
    const json = convertOne(bytes, 'seed.txt', 'json', null, lib);
    expect(json.status).not.toBe('failed');
    expect(JSON.parse(json.output).source.path).toBe('seed.txt');
    expect(json.output.endsWith('}\n')).toBe(true);
    const ndjson = convertOne(bytes, 'seed.txt', 'ndjson', null, lib);
    expect(ndjson.output.split('\n')).toHaveLength(2);
    expect(JSON.parse(ndjson.output)).toEqual(JSON.parse(json.output));
    expect(convertOne(bytes, 'seed.txt', 'markdown', null, lib).output).toMatch(/^#/m);
    expect(convertOne(new Uint8Array(), 'e.txt', 'json', null, lib)).toMatchObject({ status: 'failed', output: '', error: expect.stringMatching(/^empty-input/) });
  });

  it('uses a forced encoding, and reports a bad one as a failure instead of throwing', async () => {
    const lib = await loadLibrary();
    const gb = new Uint8Array(iconv.encode(corpus('005'), 'gb18030'));
    expect(JSON.parse(convertOne(gb, 'a.txt', 'json', 'gbk', lib).output).source.encoding).toBe('gb18030');
    expect(convertOne(gb, 'a.txt', 'json', 'klingon', lib)).toMatchObject({ status: 'failed', error: expect.stringMatching(/klingon/) });
  });
});

describe.skipIf(resolveWorkerScript() === null)('worker pool', () => {
  it('converts every task exactly as the main thread does, whatever the completion order', async () => {
    const lib = await loadLibrary();
    const files = Array.from({ length: 60 }, (_, i) => {
      const name = NAMES[i % NAMES.length] ?? '005';
      return { relPath: `d${i}/${name}.txt`, text: i % 7 === 0 ? SEED : corpus(name) };
    });
    const { runner, note } = await createRunner(3, { format: 'json', encoding: null }, 0);
    expect(note).toBeNull();
    expect(runner.threads).toBe(3);
    try {
      const results = await Promise.all(files.map((f) => runner.submit({ bytes: new TextEncoder().encode(f.text), relPath: f.relPath })));
      results.forEach((result, i) => {
        const file = files[i];
        if (!file) throw new Error('missing file');
        expect(result).toEqual(convertOne(new TextEncoder().encode(file.text), file.relPath, 'json', null, lib));
      });
    } finally {
      await runner.close();
    }
  });

  it('runs in the main thread for one job', async () => {
    const { runner } = await createRunner(1, { format: 'ndjson', encoding: null });
    expect(runner.threads).toBe(1);
    const result = await runner.submit({ bytes: readFileSync('/work/shared/corpus/005.txt'), relPath: '005.txt' });
    expect(JSON.parse(result.output).source.path).toBe('005.txt');
    await runner.close();
  });
});

describe('worker pool failures', () => {
  const script = (body: string): string => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'minutes-worker-'));
    const file = path.join(dir, 'worker.mjs');
    writeFileSync(file, body);
    return file;
  };

  it('fails the tasks of a worker that cannot start, without starting workers forever', async () => {
    const pool = new WorkerPool(2, script('throw new Error("broken build");\n'), { format: 'json', encoding: null });
    try {
      const results = await Promise.all([1, 2, 3].map((i) => pool.submit({ bytes: new Uint8Array([0x41]), relPath: `${i}.txt` })));
      for (const result of results) expect(result).toMatchObject({ status: 'failed', error: expect.stringMatching(/^internal error: (worker|no worker)/) });
      expect(await pool.submit({ bytes: new Uint8Array([0x41]), relPath: 'late.txt' })).toMatchObject({ status: 'failed' });
    } finally {
      await pool.close();
    }
  });

  it('fails only the batch of a worker that dies, and goes on with a new one', async () => {
    // Dies on a file named crash.txt, answers the others.
    const body = `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ batch }) => {
  if (batch.some((t) => t.relPath === 'crash.txt')) process.exit(3);
  parentPort.postMessage({ results: batch.map((t) => ({ id: t.id, output: t.relPath, status: 'ok', diagnosticsCount: 0, error: null })) });
});
`;
    const pool = new WorkerPool(1, script(body), { format: 'json', encoding: null });
    try {
      const first = await pool.submit({ bytes: new Uint8Array([0x41]), relPath: 'a.txt' });
      const crashed = await pool.submit({ bytes: new Uint8Array([0x41]), relPath: 'crash.txt' });
      const after = await pool.submit({ bytes: new Uint8Array([0x41]), relPath: 'b.txt' });
      expect(first).toMatchObject({ status: 'ok', output: 'a.txt' });
      expect(crashed).toMatchObject({ status: 'failed', error: 'internal error: worker exited with code 3' });
      expect(after).toMatchObject({ status: 'ok', output: 'b.txt' });
    } finally {
      await pool.close();
    }
  });
});
