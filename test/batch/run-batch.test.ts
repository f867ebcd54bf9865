import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { resolveWorkerScript } from '../../src/batch/pool.js';
import type { ReportEntry, Summary } from '../../src/batch/report.js';
import type { MinutesDocument } from '../../src/schema.js';
import { BAD, buildArchive, corpus, fakeIo, GOOD, options, SEED, snapshot, UNKNOWN } from './archive.js';

let root: string;
let input: string;
let out: string;

beforeEach(() => {
  root = buildArchive();
  input = path.join(root, 'in');
  out = path.join(root, 'out');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const readReport = (file: string): { files: ReportEntry[]; summary: Summary } => JSON.parse(readFileSync(file, 'utf8'));
const byInput = (report: { files: ReportEntry[] }): Map<string, ReportEntry> =>
  new Map(report.files.map((entry) => [path.relative(input, path.resolve(entry.path)).split(path.sep).join('/'), entry]));
const outputsOf = (dir: string): string[] => [...snapshot(dir).keys()].filter((file) => !file.startsWith('.'));

describe('runBatch over an archive', () => {
  it('writes exactly the good outputs, reports exactly the bad inputs, exits 1', async () => {
    const inputsBefore = snapshot(input);
    const io = fakeIo();
    const reportFile = path.join(root, 'report.json');
    const code = await runBatch(options({ inputs: [input], out, report: reportFile }), io);

    expect(code).toBe(1);
    expect(outputsOf(out)).toEqual(Object.values(GOOD).sort());
    expect(existsSync(path.join(out, '.minutes-manifest.json'))).toBe(true);
    expect([...snapshot(out).keys()].filter((f) => f.includes('minutes-tmp'))).toEqual([]);
    expect(snapshot(input)).toEqual(inputsBefore);

    const report = readReport(reportFile);
    const entries = byInput(report);
    for (const rel of Object.keys(GOOD)) expect(entries.get(rel)?.status, rel).toMatch(/^(ok|warnings)$/);
    for (const [rel, error] of Object.entries(BAD)) {
      expect(entries.get(rel)?.status, rel).toBe('failed');
      expect(entries.get(rel)?.error, rel).toMatch(error);
    }
    for (const rel of UNKNOWN) expect(entries.get(rel)).toMatchObject({ status: 'skipped', error: expect.stringMatching(/--ext/) });
    expect(report.files).toHaveLength(Object.keys(GOOD).length + Object.keys(BAD).length + UNKNOWN.length);
    expect(report.summary).toMatchObject({ files: report.files.length, failed: Object.keys(BAD).length, skipped: 1 });

    // stderr: one line per failure, the note for the unknown extension, a summary; no bar (not a TTY).
    const lines = io.stderr.text.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes(': failed: '))).toHaveLength(Object.keys(BAD).length);
    expect(lines.at(-1)).toMatch(/^minutes: 11 files: \d+ ok, \d+ with warnings, 4 failed, 1 skipped \(\d+\.\d+ s\)$/);
    expect(io.stdout.text).toBe('');
  });

  it('records encodings and relative paths in the outputs', async () => {
    await runBatch(options({ inputs: [input], out }), fakeIo());
    const doc = (rel: string): MinutesDocument => JSON.parse(readFileSync(path.join(out, rel), 'utf8'));
    expect(doc('2021/gb/005-gb18030.json').source).toMatchObject({ path: '2021/gb/005-gb18030.txt', encoding: 'gb18030', format: 'text' });
    expect(doc('2022/007-utf16.json').source).toMatchObject({ encoding: 'utf-16le' });
    expect(doc('web/009.json').source).toMatchObject({ format: 'html' });
    expect(doc('notes/014.json').source).toMatchObject({ format: 'markdown' });
    expect(doc('2021/seed.json').meta.title).not.toBeNull();
    // One hash per file serves the manifest and source.sha256: both are the input bytes' SHA-256.
    const manifest = JSON.parse(readFileSync(path.join(out, '.minutes-manifest.json'), 'utf8')) as { entries: Record<string, { sha256: string; output: string }> };
    for (const rel of Object.keys(GOOD)) {
      const entry = manifest.entries[rel];
      const expected = createHash('sha256').update(readFileSync(path.join(input, rel))).digest('hex');
      expect(entry?.sha256, rel).toBe(expected);
      if (entry?.output.endsWith('.json')) expect(doc(entry.output).source.sha256, rel).toBe(expected);
    }
  });

  it('skips everything up to date on a second run, and redoes only what changed', async () => {
    await runBatch(options({ inputs: [input], out }), fakeIo());
    const first = snapshot(out);
    const reportFile = path.join(root, 'second.json');
    const code = await runBatch(options({ inputs: [input], out, report: reportFile }), fakeIo());
    expect(code).toBe(1); // the bad inputs are still bad
    const entries = byInput(readReport(reportFile));
    for (const rel of Object.keys(GOOD)) expect(entries.get(rel)?.status, rel).toBe('skipped');
    expect(snapshot(out)).toEqual(first);

    appendFileSync(path.join(input, '2021/seed.txt'), '\n会议还研究了其他事项。\n');
    const thirdReport = path.join(root, 'third.json');
    await runBatch(options({ inputs: [input], out, report: thirdReport }), fakeIo());
    const third = byInput(readReport(thirdReport));
    expect(third.get('2021/seed.txt')?.status).toMatch(/^(ok|warnings)$/);
    expect(third.get('2022/008-crlf.text')?.status).toBe('skipped');
    expect(snapshot(out).get('2021/seed.json')?.sha256).not.toBe(first.get('2021/seed.json')?.sha256);
  });

  it('redoes everything with force, and when the format changes', async () => {
    await runBatch(options({ inputs: [input], out }), fakeIo());
    const reportFile = path.join(root, 'r.json');
    await runBatch(options({ inputs: [input], out, force: true, report: reportFile }), fakeIo());
    expect(readReport(reportFile).summary).toMatchObject({ skipped: 1 });

    await runBatch(options({ inputs: [input], out, format: 'markdown', report: reportFile }), fakeIo());
    expect(readReport(reportFile).summary).toMatchObject({ skipped: 1 });
    expect(outputsOf(out)).toEqual([...Object.values(GOOD), ...Object.values(GOOD).map((f) => f.replace(/\.json$/, '.md'))].sort());
  });

  it('parses unknown extensions as text with ext', async () => {
    const reportFile = path.join(root, 'r.json');
    await runBatch(options({ inputs: [input], out, ext: true, report: reportFile }), fakeIo());
    expect(byInput(readReport(reportFile)).get('2021/scan.pdf')?.status).toMatch(/^(ok|warnings)$/);
    expect(existsSync(path.join(out, '2021/scan.json'))).toBe(true);
  });

  it('fails files over max-size and goes on', async () => {
    const reportFile = path.join(root, 'r.json');
    const code = await runBatch(options({ inputs: [path.join(input, '2021')], out, maxSize: 5000, report: reportFile }), fakeIo());
    expect(code).toBe(1);
    const entries = readReport(reportFile).files;
    expect(entries.find((e) => e.path.endsWith('seed.txt'))).toMatchObject({ status: 'failed', error: expect.stringMatching(/too large/) });
    expect(entries.find((e) => e.path.endsWith('005-gb18030.txt'))?.status).toMatch(/^(ok|warnings)$/);
  });

  it('streams NDJSON to stdout, one document per line, in input order', async () => {
    const io = fakeIo();
    const code = await runBatch(options({ inputs: [input], out: null, format: 'ndjson', quiet: true }), io);
    expect(code).toBe(1);
    const lines = io.stdout.text.split('\n');
    expect(lines.pop()).toBe('');
    const docs = lines.map((line) => JSON.parse(line) as MinutesDocument);
    expect(docs.map((d) => d.source.path)).toEqual(Object.keys(GOOD).sort());
    expect(existsSync(out)).toBe(false);
    // quiet: failures only
    expect(io.stderr.text.trimEnd().split('\n')).toHaveLength(Object.keys(BAD).length);
  });

  it('stops quietly when stdout is closed under NDJSON (| head)', async () => {
    const stderr = fakeIo().stderr;
    let writes = 0;
    const stdout = new Writable({
      write(_chunk, _encoding, done) {
        writes++;
        done(writes > 1 ? Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }) : null);
      },
    });
    const code = await runBatch(options({ inputs: [path.join(input, '2021'), path.join(input, '2022')], out: null, format: 'ndjson' }), { stdout, stderr });
    expect(code).toBe(0);
    expect(stderr.text).not.toMatch(/: failed|EPIPE/);
  });

  it('does not read its own outputs when OUTDIR is inside the input folder', async () => {
    const inner = path.join(input, 'parsed');
    await runBatch(options({ inputs: [input], out: inner, format: 'markdown', quiet: true }), fakeIo());
    const reportFile = path.join(root, 'r.json');
    await runBatch(options({ inputs: [input], out: inner, format: 'markdown', report: reportFile }), fakeIo());
    expect(readReport(reportFile).files.filter((e) => e.path.includes('parsed'))).toEqual([]);
  });

  it('mirrors a glob relative to its fixed part, and several inputs relative to their common folder', async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      await runBatch(options({ inputs: ['in/**/*.txt'], out: 'glob-out', quiet: true }), fakeIo());
      expect(outputsOf(path.join(root, 'glob-out'))).toEqual(['2021/gb/005-gb18030.json', '2021/seed.json', '2022/007-utf16.json']);
      await runBatch(options({ inputs: ['in/web', 'in/notes/014.md'], out: 'multi-out', quiet: true }), fakeIo());
      expect(outputsOf(path.join(root, 'multi-out'))).toEqual(['notes/014.json', 'web/009.json']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('writes next to the inputs when OUTDIR is the input folder, never over an input, and skips its own outputs later', async () => {
    const dir = path.join(root, 'same');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a.txt'), SEED);
    writeFileSync(path.join(dir, 'b.txt'), SEED);
    writeFileSync(path.join(dir, 'b.md'), `# 会议纪要\n\n${SEED}`);
    const reportFile = path.join(root, 'r.json');
    const code = await runBatch(options({ inputs: [dir], out: dir, format: 'markdown', report: reportFile }), fakeIo());
    expect(code).toBe(1);
    const entries = readReport(reportFile).files;
    expect(entries.find((e) => e.path.endsWith('b.txt'))).toMatchObject({ status: 'failed', error: expect.stringMatching(/replace an existing input|already written/) });
    expect(readFileSync(path.join(dir, 'b.md'), 'utf8')).toBe(`# 会议纪要\n\n${SEED}`);
    expect(existsSync(path.join(dir, 'a.md'))).toBe(true);

    const again = path.join(root, 'r2.json');
    await runBatch(options({ inputs: [dir], out: dir, format: 'markdown', report: again }), fakeIo());
    const paths = readReport(again).files.map((e) => path.basename(e.path));
    expect(paths).not.toContain('a.md'); // its own output is not an input
  });

  it('reports two inputs that would write the same output, and an input given twice', async () => {
    const dir = path.join(root, 'clash');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a.md'), `# 会议纪要\n\n${SEED}`);
    writeFileSync(path.join(dir, 'a.txt'), SEED);
    const reportFile = path.join(root, 'r.json');
    const code = await runBatch(options({ inputs: [dir, path.join(dir, 'a.txt')], out, report: reportFile }), fakeIo());
    expect(code).toBe(1);
    expect(readReport(reportFile).files.map((e) => [path.basename(e.path), e.status, e.error])).toEqual([
      ['a.md', expect.stringMatching(/^(ok|warnings)$/), null],
      ['a.txt', 'failed', 'the output a.json is already written for a.md'],
      ['a.txt', 'skipped', 'given more than once'],
    ]);
  });

  it('refuses an output path equal to the input path', async () => {
    const dir = path.join(root, 'loop');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'x.json'), SEED);
    const reportFile = path.join(root, 'r.json');
    const code = await runBatch(options({ inputs: [dir], out: dir, ext: true, report: reportFile }), fakeIo());
    expect(code).toBe(1);
    expect(readReport(reportFile).files[0]).toMatchObject({ status: 'failed', error: 'the output path is the input path' });
    expect(readFileSync(path.join(dir, 'x.json'), 'utf8')).toBe(SEED);
  });

  it('answers usage problems with exit code 2 and writes nothing', async () => {
    const io = fakeIo();
    expect(await runBatch(options({ inputs: [input], out, format: 'ndjson' }), io)).toBe(2);
    expect(await runBatch(options({ inputs: [input], out: null, format: 'json' }), io)).toBe(2);
    expect(await runBatch(options({ inputs: [path.join(root, 'nope')], out }), io)).toBe(2);
    expect(await runBatch(options({ inputs: [input], out, encoding: 'klingon' }), io)).toBe(2);
    expect(await runBatch(options({ inputs: [path.join(input, '**/*.docx')], out }), io)).toBe(2);
    expect(io.stderr.text).toMatch(/matching glob: .*\*\*\/\*\.docx/);
    const notAFolder = path.join(root, 'file-not-folder');
    writeFileSync(notAFolder, '');
    expect(await runBatch(options({ inputs: [input], out: notAFolder }), io)).toBe(2);
    expect(io.stderr.text).toMatch(/is not a folder/);
    expect(io.stderr.text).toMatch(/No such file.*nope/);
    expect(io.stderr.text).toMatch(/unknown encoding 'klingon'/);
    expect(existsSync(out)).toBe(false);
  });

  it('removes temporary files a killed run left behind', async () => {
    mkdirSync(path.join(out, '2021'), { recursive: true });
    writeFileSync(path.join(out, '2021', '.seed.json.minutes-tmp-99999-3'), '{"half":');
    await runBatch(options({ inputs: [input], out, quiet: true }), fakeIo());
    expect([...snapshot(out).keys()].filter((f) => f.includes('minutes-tmp'))).toEqual([]);
  });

  it.skipIf(resolveWorkerScript() === null)('gives the same outputs with a worker pool as in one thread', async () => {
    await runBatch(options({ inputs: [input], out, quiet: true }), fakeIo());
    const pooled = path.join(root, 'pooled');
    const io = fakeIo();
    const code = await runBatch(options({ inputs: [input], out: pooled, jobs: 3, report: path.join(root, 'r.json') }), io);
    expect(code).toBe(1);
    expect(io.stderr.text).not.toMatch(/not found/);
    const single = snapshot(out);
    const multi = snapshot(pooled);
    expect([...multi.keys()]).toEqual([...single.keys()]);
    for (const [file, { sha256 }] of single) if (!file.startsWith('.')) expect(multi.get(file)?.sha256, file).toBe(sha256);
  });
});
