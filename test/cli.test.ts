import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentSchema } from '../src/index.js';
import { run } from './helpers/run-main.js';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(import.meta.dirname, '../../shared');
const SEED = join(SHARED, 'seed/000_b81a2cdd68e8cb3f.txt');
const CORPUS = ['005.txt', '024.txt', '033.txt'].map((f) => join(SHARED, 'corpus', f));
const CONTRACT_CHECK = join(SHARED, 'tools/contract-check.mjs');
const SEED_TITLE = '鄂托克前旗人民政府2021年第16次常务会议纪要';
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;


const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');

describe('minutes --help and --version', () => {
  it('--help exits 0 and lists the commands', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: minutes/);
    for (const command of ['parse', 'schema', 'eval']) expect(r.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    expect(r.stderr).toBe('');
  });

  it('parse --help describes the parse options', async () => {
    const r = await run(['parse', '--help']);
    expect(r.code).toBe(0);
    for (const option of ['--format', '--output', '--encoding']) expect(r.stdout).toContain(option);
  });

  it.each([['--version'], ['-V']])('%s prints the package version', async (flag) => {
    const r = await run([flag]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(VERSION);
  });
});

describe('minutes parse', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the JSON of a file, valid against the schema', async () => {
    const r = await run(['parse', SEED]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.meta.title).toBe(SEED_TITLE);
    expect(doc.source).toMatchObject({ path: SEED, encoding: 'utf-8', format: 'text' });
    expect(r.stdout.endsWith('}\n')).toBe(true);
  });

  it('prints warnings on stderr as path:line:col severity rule message', async () => {
    const r = await run(['parse', SEED]);
    for (const line of lines(r.stderr)) {
      expect(line).toMatch(/^(.+):(\d+):(\d+) (warning|info) ([a-z0-9-]+) .+$/);
      expect(line.startsWith(`${SEED}:`)).toBe(true);
    }
  });

  it.each(CORPUS)('parses %s to valid JSON', async (file) => {
    const r = await run(['parse', file]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.source.path).toBe(file);
  });

  it('reads standard input for -', async () => {
    const r = await run(['parse', '-'], readFileSync(SEED));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.meta.title).toBe(SEED_TITLE);
    expect(doc.source.path).toBeNull();
  });

  it('reads standard input when no file is given', async () => {
    const r = await run(['parse'], readFileSync(SEED));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).meta.title).toBe(SEED_TITLE);
  });

  it('gives the same document for a file and for its text on standard input (path aside)', async () => {
    const fromFile = JSON.parse((await run(['parse', SEED])).stdout);
    const fromStdin = JSON.parse((await run(['parse', '-'], readFileSync(SEED))).stdout);
    expect({ ...fromStdin, source: { ...fromStdin.source, path: SEED } }).toEqual(fromFile);
  });

  it('names <stdin> in diagnostics read from standard input', async () => {
    const r = await run(['parse', '-'], readFileSync(SEED));
    for (const line of lines(r.stderr)) expect(line.startsWith('<stdin>:')).toBe(true);
  });

  it('exits 2 with one line when - is given but nothing is piped', async () => {
    const r = await run(['parse', '-'], null);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^minutes: .*standard input/);
  });

  it('exits 1 for empty standard input and names <stdin>', async () => {
    const r = await run(['parse', '-'], '');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('<stdin>');
    expect(r.stderr).toContain('empty-input');
  });

  it('-f markdown prints Markdown starting with a heading', async () => {
    const r = await run(['parse', SEED, '-f', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^#{1,6} \S/);
    expect(r.stdout).toContain(SEED_TITLE);
    expect(() => JSON.parse(r.stdout)).toThrow();
  });

  it('-f ndjson prints one JSON document on one line', async () => {
    const r = await run(['parse', SEED, '-f', 'ndjson']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
    expect(JSON.parse(r.stdout).meta.title).toBe(SEED_TITLE);
  });

  it('-o writes the JSON to the file and nothing on stdout', async () => {
    const out = join(dir, 'out.json');
    const r = await run(['parse', SEED, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.meta.title).toBe(SEED_TITLE);
    expect(readFileSync(out, 'utf8')).toBe((await run(['parse', SEED])).stdout);
  });

  it('-o with -f markdown writes Markdown', async () => {
    const out = join(dir, 'out.md');
    const r = await run(['parse', SEED, '-f', 'markdown', '--output', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^#{1,6} \S/);
  });

  it('-o into a folder that does not exist exits 2 naming the file', async () => {
    const out = join(dir, 'no-such-folder', 'out.json');
    const r = await run(['parse', SEED, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter((l) => l.startsWith('minutes:'))).toEqual([expect.stringContaining(out)]);
    expect(existsSync(out)).toBe(false);
  });

  it('--encoding utf-8 is accepted', async () => {
    const r = await run(['parse', SEED, '--encoding', 'utf-8']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).meta.title).toBe(SEED_TITLE);
  });
});

describe('minutes schema', () => {
  it('prints a JSON Schema of the document', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(typeof schema.$schema).toBe('string');
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.type).toBe('object');
    expect(schema.properties.meta).toBeTypeOf('object');
    expect(schema.properties).toHaveProperty('items');
    expect(schema.properties).toHaveProperty('diagnostics');
    expect(r.stderr).toBe('');
  });
});

describe('usage errors', () => {
  it('an unknown option exits 2 and says so on stderr', async () => {
    const r = await run(['parse', SEED, '--no-such-option']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("unknown option '--no-such-option'");
  });

  it('an unknown command exits 2', async () => {
    const r = await run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toBe('');
  });

  it('an unknown output format exits 2', async () => {
    const r = await run(['parse', SEED, '-f', 'yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('yaml');
  });

  it('--encoding nonsense exits 2 with one line naming the encoding', async () => {
    const r = await run(['parse', SEED, '--encoding', 'nonsense']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^minutes: .*'nonsense'/);
  });

  it('--encoding nonsense on standard input exits 2 too', async () => {
    const r = await run(['parse', '-', '--encoding', 'nonsense'], readFileSync(SEED));
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringContaining('nonsense')]);
  });
});

describe('bin/minutes.js as a child process', () => {
  it('prints JSON that keeps the output contract', () => {
    const bin = join(ROOT, 'bin/minutes.js');
    expect(existsSync(join(ROOT, 'dist/cli.js'))).toBe(true);
    const parsed = spawnSync(process.execPath, [bin, 'parse', SEED], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(parsed.status).toBe(0);
    expect(JSON.parse(parsed.stdout).meta.title).toBe(SEED_TITLE);
    const checked = spawnSync(process.execPath, [CONTRACT_CHECK, '-'], { cwd: ROOT, input: parsed.stdout, encoding: 'utf8' });
    expect(checked.stdout.trim()).toBe('contract ok');
    expect(checked.status).toBe(0);
  });

  it('starts from the CLI bundle with the code cache the build made (not rejected by this Node)', () => {
    const probe = "const { loadCli } = require('./bin/load-cli.cjs'); console.log(JSON.stringify({ rejected: loadCli().cacheRejected }))";
    const r = spawnSync(process.execPath, ['-e', probe], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ rejected: false });
  });

  it('exits 2 for a missing file', () => {
    const bin = join(ROOT, 'bin/minutes.js');
    const r = spawnSync(process.execPath, [bin, 'parse', join(SHARED, 'no-such-file.txt')], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no-such-file.txt');
  });
});
