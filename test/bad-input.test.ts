import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import iconv from 'iconv-lite';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { DocumentSchema, parse } from '../src/index.js';
import type { Item, MinutesDocument, Position } from '../src/schema.js';
import { main } from '../src/cli.js';
import { run, Sink } from './helpers/run-main.js';

const SEED = resolve(import.meta.dirname, '../../shared/seed/000_b81a2cdd68e8cb3f.txt');
const SEED_TEXT = readFileSync(SEED, 'utf8');
const SEED_TITLE = '鄂托克前旗人民政府2021年第16次常务会议纪要';

/** A diagnostic line: `path:line:col severity rule message`. */
const DIAGNOSTIC = /^(.+):(\d+):(\d+) (error|warning|info) ([a-z0-9-]+) (.+)$/;


/** The stderr lines that are not diagnostics of `path`, after checking the diagnostics' shape. */
function messages(stderr: string, path: string): string[] {
  const lines = stderr.split('\n').filter((l) => l !== '');
  for (const line of lines.filter((l) => l.startsWith(`${path}:`))) expect(line).toMatch(DIAGNOSTIC);
  return lines.filter((l) => !(l.startsWith(`${path}:`) && DIAGNOSTIC.test(l)));
}

/** The rules of the diagnostics printed for `path`. */
function rules(stderr: string, path: string): string[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith(`${path}:`))
    .map((l) => DIAGNOSTIC.exec(l)?.[5] ?? '');
}

const dir = mkdtempSync(join(tmpdir(), 'minutes-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** A UTF-8 minutes fragment with one 0xFF byte inside: no valid UTF-8, GB18030 or Big5 reading. */
const BROKEN = new Uint8Array([...Buffer.from('会议纪要\n'), 0xff, ...Buffer.from('一、会议同意《方案》。\n')]);

const fails = (bytes: Uint8Array, encoding: string): boolean => {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return false;
  } catch {
    return true;
  }
};

interface Case {
  name: string;
  path: () => string;
  code: 1 | 2;
  /** Rules of the diagnostics expected on stderr. */
  rules: string[];
}

const CASES: Case[] = [
  { name: 'a missing file', path: () => join(dir, 'missing.txt'), code: 2, rules: [] },
  { name: 'an empty file', path: () => file('empty.txt', ''), code: 1, rules: ['empty-input'] },
  { name: 'a whitespace-only file', path: () => file('blank.txt', ' \n\u3000\r\n\t\n'), code: 1, rules: ['empty-input'] },
  {
    name: 'a binary file (PNG header and NUL bytes)',
    path: () => file('image.png.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0])),
    code: 1,
    rules: ['binary-input'],
  },
  {
    name: 'control characters without NUL bytes',
    path: () => file('control.txt', new Uint8Array([...Buffer.from('会议'), 1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f, 0x10, 0x11, 0x12])),
    code: 1,
    rules: ['binary-input'],
  },
  { name: 'bytes that are not UTF-8, GB18030 or Big5', path: () => file('broken.txt', BROKEN), code: 1, rules: ['decode-invalid'] },
  {
    name: 'ASCII with a stray 0xFF (even length, once read as UTF-16BE)',
    path: () => file('ascii-ff.txt', new Uint8Array([...Buffer.from('abc'), 0xff, ...Buffer.from('def\n')])),
    code: 1,
    rules: ['decode-invalid'],
  },
  {
    name: 'UTF-8 with a stray 0x80 (once read as GB18030)',
    path: () => file('utf8-80.txt', new Uint8Array([...Buffer.from('会议纪要'), 0x80, ...Buffer.from('会议同意\n')])),
    code: 1,
    rules: ['decode-invalid'],
  },
];

describe.each(CASES)('$name', (c) => {
  beforeEach(() => {
    for (const f of readdirSync(dir)) if (f.startsWith('out') || f.startsWith('.out')) rmSync(join(dir, f), { recursive: true, force: true });
  });

  it(`exits ${c.code} with one line naming the file`, async () => {
    const path = c.path();
    const r = await run(['parse', path]);
    expect(r.code).toBe(c.code);
    expect(r.stdout).toBe('');
    const own = messages(r.stderr, path);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatch(/^minutes: /);
    expect(own[0]).toContain(path);
    if (c.rules.length === 0) expect(rules(r.stderr, path)).toEqual([]);
    else expect(rules(r.stderr, path)).toEqual(expect.arrayContaining(c.rules));
  });

  it('writes nothing to -o', async () => {
    const path = c.path();
    const out = join(dir, 'out.json');
    const r = await run(['parse', path, '-o', out]);
    expect(r.code).toBe(c.code);
    expect(r.stdout).toBe('');
    expect(messages(r.stderr, path)).toEqual([expect.stringContaining(path)]);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('out.json'))).toEqual([]);
  });

  it('leaves an existing -o file untouched', async () => {
    const path = c.path();
    const out = join(dir, 'out.json');
    writeFileSync(out, '{"previous":true}\n');
    const r = await run(['parse', path, '-o', out]);
    expect(r.code).toBe(c.code);
    expect(readFileSync(out, 'utf8')).toBe('{"previous":true}\n');
    expect(readdirSync(dir).filter((f) => f.includes('out.json'))).toEqual(['out.json']);
  });
});

describe('the broken-bytes fixture', () => {
  it('is invalid as UTF-8, GB18030 and Big5', () => {
    expect(fails(BROKEN, 'utf-8')).toBe(true);
    expect(fails(BROKEN, 'gb18030')).toBe(true);
    expect(fails(BROKEN, 'big5')).toBe(true);
  });

  it('is decoded as UTF-8 with U+FFFD and a decode-invalid error placed at the bad byte', () => {
    const doc = parse(BROKEN, { path: 'broken.txt' });
    expect(doc.source.encoding).toBe('utf-8');
    const errors = doc.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.rule)).toEqual(['decode-invalid']);
    expect(errors[0]?.message).toContain('byte 13');
    expect(errors[0]?.position?.start).toEqual({ line: 2, column: 1, offset: 5 });
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
  });
});

describe('a folder', () => {
  const folder = join(dir, 'folder');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'a.txt'), SEED_TEXT);

  it('without --out exits 2 with one line naming the folder', async () => {
    const r = await run(['parse', folder]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^minutes: /);
    expect(lines[0]).toContain(folder);
    expect(lines[0]).toContain('--out');
  });

  it('with -o exits 2 and writes nothing', async () => {
    const out = join(dir, 'out-folder.json');
    const r = await run(['parse', folder, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter((l) => l !== '')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it('with -o names the folder in its one usage line', async () => {
    const r = await run(['parse', folder, '-o', join(dir, 'out-folder.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`minutes: '${folder}' is a folder: -o/--output takes one file; use --out DIR for several\n`);
  });

  it('with several inputs and -o names the inputs in its one usage line', async () => {
    const a = join(folder, 'a.txt');
    const out = join(dir, 'out-several.json');
    const r = await run(['parse', a, SEED, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`minutes: '${a}', '${SEED}' are 2 inputs: -o/--output takes one file; use --out DIR for several\n`);
    expect(existsSync(out)).toBe(false);
  });
});

/** The CLI's JSON for `path`, after checking it exits 0 with only warnings and info on stderr. */
async function parsedOk(path: string): Promise<MinutesDocument> {
  const r = await run(['parse', path]);
  expect(r.code).toBe(0);
  expect(messages(r.stderr, path)).toEqual([]);
  expect(r.stderr).not.toMatch(/ error /);
  const doc = JSON.parse(r.stdout) as MinutesDocument;
  expect(DocumentSchema.safeParse(doc).success).toBe(true);
  return doc;
}

const seedDoc = parse(readFileSync(SEED), { path: SEED });

const itemsOf = (doc: MinutesDocument): Array<Omit<Item, 'position' | 'children' | 'paragraphs'>> => {
  const flat = (items: Item[]): Item[] => items.flatMap((it) => [it, ...flat(it.children)]);
  return flat(doc.items).map(({ ordinal, number, level, heading }) => ({ ordinal, number, level, heading }));
};

describe('other encodings of the seed', () => {
  it('GB18030: exits 0, encoding gb18030, same title and items', async () => {
    const path = file('seed-gb18030.txt', iconv.encode(SEED_TEXT, 'gb18030'));
    const doc = await parsedOk(path);
    expect(doc.source.encoding).toBe('gb18030');
    expect(doc.meta.title).toBe(SEED_TITLE);
    expect(itemsOf(doc)).toEqual(itemsOf(seedDoc));
    expect(doc.resolutions.map((r) => r.text)).toEqual(seedDoc.resolutions.map((r) => r.text));
  });

  it('GB18030: reports the fallback as info (shown with --verbose)', async () => {
    const path = file('seed-gb18030.txt', iconv.encode(SEED_TEXT, 'gb18030'));
    const r = await run(['parse', path, '--verbose']);
    expect(r.code).toBe(0);
    expect(rules(r.stderr, path)).toContain('decode-fallback');
  });

  it('UTF-16LE with a BOM: exits 0, encoding utf-16le, same document as UTF-8 (source aside)', async () => {
    const path = file('seed-utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED_TEXT, 'utf16le')]));
    const doc = await parsedOk(path);
    expect(doc.source.encoding).toBe('utf-16le');
    expect(doc.meta.title).toBe(SEED_TITLE);
    expect({ ...doc, source: null }).toEqual({ ...seedDoc, source: null });
  });

  it('UTF-8 with a BOM: exits 0, same document as without (source aside)', async () => {
    const path = file('seed-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SEED_TEXT)]));
    const doc = await parsedOk(path);
    expect(doc.source.encoding).toBe('utf-8');
    expect({ ...doc, source: null }).toEqual({ ...seedDoc, source: null });
  });
});

describe('a CRLF copy of the seed', () => {
  const crlfText = SEED_TEXT.replace(/\r?\n/g, '\r\n');
  const path = file('seed-crlf.txt', crlfText);

  it('exits 0 with the same items, resolutions and attendance as LF', async () => {
    const doc = await parsedOk(path);
    expect(doc.meta).toEqual({ ...seedDoc.meta, session: doc.meta.session });
    expect(itemsOf(doc)).toEqual(itemsOf(seedDoc));
    expect(doc.resolutions.map(({ position: _p, ...r }) => r)).toEqual(seedDoc.resolutions.map(({ position: _p, ...r }) => r));
    expect(doc.attendance.map((g) => g.people.map((p) => p.name))).toEqual(seedDoc.attendance.map((g) => g.people.map((p) => p.name)));
    expect(doc.amounts.map((a) => a.text)).toEqual(seedDoc.amounts.map((a) => a.text));
  });

  it('places every position on the same line and text as LF', () => {
    const doc = parse(crlfText, { path });
    const pairs: Array<[string, Position, Position]> = [];
    const walk = (a: unknown, b: unknown, at: string): void => {
      if (Array.isArray(a) && Array.isArray(b)) a.forEach((x, i) => walk(x, b[i], `${at}[${i}]`));
      else if (a && b && typeof a === 'object' && typeof b === 'object') {
        for (const [k, x] of Object.entries(a)) {
          const y = (b as Record<string, unknown>)[k];
          if (k === 'position' && x && y) pairs.push([`${at}.position`, x as Position, y as Position]);
          else walk(x, y, `${at}.${k}`);
        }
      }
    };
    walk(doc, seedDoc, '');
    expect(pairs.length).toBeGreaterThan(50);
    const differ = pairs.filter(([, c, l]) => {
      const crlfSlice = crlfText.slice(c.start.offset, c.end.offset).replace(/\r\n/g, '\n');
      const lfSlice = SEED_TEXT.slice(l.start.offset, l.end.offset);
      return crlfSlice !== lfSlice || c.start.line !== l.start.line || c.end.line !== l.end.line || c.start.column !== l.start.column;
    });
    expect(differ.map(([at]) => at)).toEqual([]);
  });

  it('slices each item heading out of the CRLF text', () => {
    const doc = parse(crlfText, { path });
    const flat = (items: Item[]): Item[] => items.flatMap((it) => [it, ...flat(it.children)]);
    for (const it of flat(doc.items)) {
      const slice = crlfText.slice(it.position.start.offset, it.position.end.offset);
      expect(slice.replace(/\s+/g, '')).toContain(it.heading.replace(/\s+/g, ''));
      expect(slice.startsWith(it.number.slice(0, 1))).toBe(true);
    }
  });
});

describe('a standard output whose reader went away', () => {
  class ClosedPipe extends Writable {
    override _write(_chunk: Buffer | string, _enc: BufferEncoding, done: (e?: Error | null) => void): void {
      done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    }
  }

  it('parse FILE returns 0 without an error message or an unhandled error event', async () => {
    const stdout = new ClosedPipe();
    const stderr = new Sink();
    const stdin = Object.assign(Readable.from([]), { isTTY: true });
    const code = await main({ argv: ['parse', SEED], stdin, stdout, stderr });
    await new Promise((r) => setImmediate(r));
    expect(code).toBe(0);
    expect(stdout.destroyed).toBe(true);
    expect(messages(stderr.text, SEED)).toEqual([]);
  });
});

describe('a closed standard output (`| head -c 10`)', () => {
  // Runs the built CLI (bin/minutes.js → dist/), which `npm test` compiles first.
  const ROOT = resolve(import.meta.dirname, '..');
  const headOf = (args: string[]): { stderr: string; exit: string } => {
    const quoted = [process.execPath, join(ROOT, 'bin/minutes.js'), ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const r = spawnSync('bash', ['-c', `${quoted} | head -c 10 >/dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`], { cwd: ROOT, encoding: 'utf8' });
    const exit = /exit=(\d+)\s*$/.exec(r.stderr)?.[1] ?? '';
    return { stderr: r.stderr.replace(/exit=\d+\s*$/, ''), exit };
  };

  it('parse FILE ends quietly with exit 0: no error or stack trace', () => {
    const r = headOf(['parse', SEED]);
    expect(r.stderr).not.toMatch(/Error|EPIPE|^\s+at /m);
    expect(r.exit).toBe('0');
  });

  it('parse DIR --format ndjson ends quietly too', () => {
    const folder = join(dir, 'ndjson-head');
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < 6; i++) copyFileSync(SEED, join(folder, `seed-${i}.txt`));
    const r = headOf(['parse', folder, '--format', 'ndjson', '--quiet']);
    expect(r.stderr).not.toMatch(/Error|EPIPE|^\s+at /m);
    expect(['0', '1']).toContain(r.exit);
  });
});
