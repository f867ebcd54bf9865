import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentSchema, parse, toJson } from '../src/index.js';
import type { Item, MinutesDocument, Position } from '../src/schema.js';

const SHARED = resolve(import.meta.dirname, '../../shared');
const SEED = join(SHARED, 'seed/000_b81a2cdd68e8cb3f.txt');
const CONTRACT_CHECK = join(SHARED, 'tools/contract-check.mjs');

const inDir = (dir: string): string[] =>
  readdirSync(join(SHARED, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(SHARED, dir, f));

const FILES = [...inDir('corpus'), ...inDir('corpus-pdf'), SEED];

interface Case {
  name: string;
  text: string;
  doc: MinutesDocument;
}

const CASES: Case[] = FILES.map((file) => {
  const bytes = readFileSync(file);
  return {
    name: `${basename(join(file, '..'))}/${basename(file)}`,
    text: bytes.toString('utf8'),
    doc: parse(bytes, { path: file }),
  };
});

/** Whitespace (including form feeds and U+3000) removed. */
const squash = (s: string): string => s.replace(/[\s\u3000]+/g, '');

/** Latin-letter glosses in brackets (達(dá), （PPP）) removed, then whitespace. */
const withoutGlosses = (s: string): string => squash(s.replace(/[(（][a-zA-Z\u00c0-\u024f\u0300-\u036f]+[)）]/g, ''));

/** Page numbers of printed pages (— 3 —, - 12 -) and form feeds removed, then glosses and whitespace. */
const prose = (s: string): string => withoutGlosses(s.replace(/[—–－-]\s*\d{1,3}\s*[—–－-]/g, '').replace(/\f/g, ''));

const slice = (text: string, p: Position): string => text.slice(p.start.offset, p.end.offset);

function allItems(items: Item[]): Item[] {
  return items.flatMap((it) => [it, ...allItems(it.children)]);
}

/** Each value whose text is not found (after `clean`) in the input slice its position names. */
function misplaced(
  c: Case,
  entries: Array<{ value: string; position: Position }>,
  clean: (s: string) => string,
): string[] {
  return entries
    .filter((e) => !clean(slice(c.text, e.position)).includes(clean(e.value)))
    .map((e) => `${c.name}: ${JSON.stringify(e.value)} not in ${JSON.stringify(slice(c.text, e.position).slice(0, 120))}`);
}

describe('the corpus', () => {
  it('has the files the tests expect', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(30);
    expect(CASES.filter((c) => c.name.startsWith('corpus-pdf/')).length).toBeGreaterThanOrEqual(10);
  });
});

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  it('passes the schema and has no error diagnostics', () => {
    const result = DocumentSchema.safeParse(c.doc);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(c.doc.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(c.doc))).toStrictEqual(c.doc);
    expect(JSON.parse(toJson(c.doc))).toStrictEqual(c.doc);
  });

  it('keeps every position inside the input, start before end', () => {
    const bad: string[] = [];
    const walk = (v: unknown, path: string): void => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'position' && x) {
            const p = x as Position;
            if (!(p.start.offset >= 0 && p.start.offset <= p.end.offset && p.end.offset <= c.text.length)) {
              bad.push(`${path}.position ${JSON.stringify(p)}`);
            }
          } else walk(x, `${path}.${k}`);
        }
      }
    };
    walk(c.doc, '');
    expect(bad).toEqual([]);
  });

  it('finds every item heading in the text its position covers', () => {
    const items = allItems(c.doc.items).map((it) => ({ value: it.heading, position: it.position }));
    expect(misplaced(c, items, squash)).toEqual([]);
  });

  it('finds every item number at the start of its position', () => {
    const bad = allItems(c.doc.items).filter((it) => !squash(slice(c.text, it.position)).startsWith(squash(it.number).slice(0, 1)));
    expect(bad.map((it) => `${it.number} ${it.heading}`)).toEqual([]);
  });

  it('finds every resolution text in the text its position covers (page numbers and glosses aside)', () => {
    const entries = c.doc.resolutions.map((r) => ({ value: r.text, position: r.position }));
    expect(misplaced(c, entries, prose)).toEqual([]);
  });

  it('finds every amount, quantity and date text in the text its position covers', () => {
    expect(misplaced(c, c.doc.amounts.map((a) => ({ value: a.text, position: a.position })), squash)).toEqual([]);
    expect(misplaced(c, c.doc.quantities.map((q) => ({ value: q.text, position: q.position })), squash)).toEqual([]);
    expect(misplaced(c, c.doc.dates.map((d) => ({ value: d.text, position: d.position })), prose)).toEqual([]);
  });

  it('finds every person name in the text its position covers (glosses aside)', () => {
    const people = c.doc.attendance.flatMap((g) => g.people.map((p) => ({ value: p.name, position: p.position })));
    expect(misplaced(c, people, withoutGlosses)).toEqual([]);
  });

  it('puts every person inside the position of its attendance group (reporters aside)', () => {
    const outside = c.doc.attendance
      .filter((g) => g.role !== 'reporting')
      .flatMap((g) =>
        g.people
          .filter((p) => p.position.start.offset < g.position.start.offset || p.position.end.offset > g.position.end.offset)
          .map((p) => `${g.label}: ${p.name}`),
      );
    expect(outside).toEqual([]);
  });

  it('finds paragraphs, the opening and the session in the text their positions cover (page numbers and glosses aside)', () => {
    const paragraphs = [...allItems(c.doc.items).flatMap((it) => it.paragraphs), ...c.doc.paragraphs].map((p) => ({
      value: p.text,
      position: p.position,
    }));
    expect(misplaced(c, paragraphs, prose)).toEqual([]);
    if (c.doc.opening) expect(misplaced(c, [{ value: c.doc.opening.text, position: c.doc.opening.position }], prose)).toEqual([]);
    const session = c.doc.meta.session;
    if (session) expect(misplaced(c, [{ value: session.text, position: session.position }], withoutGlosses)).toEqual([]);
  });
});

describe('the output contract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-tree-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds for every corpus document (contract-check.mjs)', () => {
    const outputs = CASES.map((c, i) => {
      const file = join(dir, `${String(i).padStart(3, '0')}-${basename(c.name, '.txt')}.json`);
      writeFileSync(file, toJson(c.doc));
      return file;
    });
    const run = spawnSync(process.execPath, [CONTRACT_CHECK, ...outputs], { encoding: 'utf8' });
    expect(run.stdout.trim().split('\n').at(-1)).toBe('contract ok');
    expect(run.status).toBe(0);
  });
});
