import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DocumentSchema, parse, toJson } from '../src/index.js';
import type { MinutesDocument, Point, Position } from '../src/schema.js';

const SEED = resolve(import.meta.dirname, '../../shared/seed/000_b81a2cdd68e8cb3f.txt');
const CORPUS = resolve(import.meta.dirname, '../../shared/corpus');

/** Real lines from the seed and two corpus files, blank lines left out. */
const REAL_LINES = [SEED, `${CORPUS}/005.txt`, `${CORPUS}/024.txt`]
  .flatMap((f) => readFileSync(f, 'utf8').split(/\r?\n/))
  .filter((l) => l.trim() !== '');

const MARKERS = ['一、', '二、', '三、', '十一、', '（一）', '（二）', '(三)', '1.', '2．', '3、', '（1）', '(2)', '第一，', '第二，', '其一，'];
const LEADS = ['会议议定：', '会议指出，', '会议强调，', '会议要求，', '会议原则同意', '会议同意', '会议决定：', '会议听取了', '会议审议并原则通过了', '會議決定，'];
const LABELS = ['出席：', '列席：', '主持：', '请假：', '议题一、二列席：', '参加会议的有：', '记录：', '抄送：', '分送：', '印发'];
const NAMES = ['杨颖新', '张三', '李四、王五', '赵六（出差）', '欧阳明', '雪克來提·扎克爾', '旗长', '副旗长'];
const AMOUNTS = ['22.5亿元', '300万元', '1.2万元/吨', '不超过500万元', '约3000万元', '人民币叁佰万元（300万元）', '50—80万元', '12.5公里', '2021年11月9日', '11月10日'];
const BREAKS = ['\n', '\n\n', '\r\n', '\r', '\f', '— 3 —', '\n— 12 —\n', '- 4 -', '\u3000\u3000', ' ', '\t'];
const PUNCT = ['、', '，', '：', '。', '；', '（', '）', '(', ')', '《', '》', '〔2021〕36号', '“', '”'];

/** Minutes-like text: real lines, markers, leads, labels, amounts and page breaks spliced at random. */
const minutesLike = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...REAL_LINES) },
      { weight: 2, arbitrary: fc.constantFrom(...MARKERS) },
      { weight: 2, arbitrary: fc.constantFrom(...LEADS) },
      { weight: 2, arbitrary: fc.constantFrom(...LABELS) },
      { weight: 1, arbitrary: fc.constantFrom(...NAMES) },
      { weight: 2, arbitrary: fc.constantFrom(...AMOUNTS) },
      { weight: 3, arbitrary: fc.constantFrom(...BREAKS) },
      { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
      { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** Leading U+FEFF left out: string input has its BOM stripped before positions are counted. */
const noLeadingBom = (s: string): string => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

/** The point at `offset`, counting \n, \r\n and a lone \r as one line break each. */
function pointAt(text: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

/** Every `position` in the document, with the path it was found at. */
function positions(doc: MinutesDocument): Array<[string, Position]> {
  const found: Array<[string, Position]> = [];
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'position' && x) found.push([`${path}.position`, x as Position]);
        else walk(x, `${path}.${k}`);
      }
    }
  };
  walk(doc, '');
  return found;
}

/** The problems with one parse of `input`: schema issues, nondeterminism and bad positions. */
function problems(input: string, format: 'text' | 'markdown' | 'html'): string[] {
  const doc = parse(input, { format });
  const out: string[] = [];
  const result = DocumentSchema.safeParse(doc);
  if (!result.success) out.push(...result.error.issues.map((i) => `schema: ${i.path.join('.')}: ${i.message}`));
  out.push(...doc.diagnostics.filter((d) => d.rule === 'schema-invalid').map((d) => `schema-invalid: ${d.message}`));
  if (toJson(doc) !== toJson(parse(input, { format }))) out.push('two parses differ');
  for (const [path, p] of positions(doc)) {
    if (!(p.start.offset >= 0 && p.start.offset <= p.end.offset && p.end.offset <= input.length)) {
      out.push(`${path}: offsets ${p.start.offset}..${p.end.offset} outside 0..${input.length}`);
      continue;
    }
    for (const point of [p.start, p.end]) {
      const want = pointAt(input, point.offset);
      if (want.line !== point.line || want.column !== point.column) {
        out.push(`${path}: ${JSON.stringify(point)}, expected line ${want.line} column ${want.column}`);
      }
    }
  }
  return out;
}

const FORMATS = fc.constantFrom('text' as const, 'markdown' as const, 'html' as const);

describe('parse on any string', () => {
  it.each([
    ['fc.string', fc.string({ maxLength: 300 }), 300],
    ['full Unicode', fc.string({ unit: 'binary', maxLength: 200 }).map(noLeadingBom), 300],
    ['graphemes', fc.string({ unit: 'grapheme', maxLength: 100 }).map(noLeadingBom), 200],
    ['minutes-like text', minutesLike, 400],
  ] as const)('%s: never throws, validates, is deterministic, keeps positions in bounds', (_name, arb, numRuns) => {
    fc.assert(
      fc.property(arb, (input) => {
        expect(problems(input, 'text')).toEqual([]);
      }),
      { numRuns },
    );
  });

  it('holds for Markdown and HTML input too', () => {
    fc.assert(
      fc.property(fc.oneof(minutesLike, fc.string({ maxLength: 200 })), FORMATS, (input, format) => {
        expect(problems(input, format)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('holds for CRLF and lone-CR line ends', () => {
    fc.assert(
      fc.property(minutesLike, fc.constantFrom('\r\n', '\r'), (input, eol) => {
        expect(problems(input.replace(/\r\n|\r|\n/g, eol), 'text')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('puts item headings and amounts inside the text their positions cover (page numbers aside)', () => {
    const squash = (s: string): string => s.replace(/[—–-]\s*\d{1,3}\s*[—–-]/g, '').replace(/[\s\u3000]+/g, '');
    fc.assert(
      fc.property(minutesLike, (input) => {
        const doc = parse(input);
        const walk = (items: MinutesDocument['items']): string[] =>
          items.flatMap((it) => [
            ...(squash(input.slice(it.position.start.offset, it.position.end.offset)).includes(squash(it.heading)) ? [] : [it.heading]),
            ...walk(it.children),
          ]);
        expect(walk(doc.items)).toEqual([]);
        for (const a of doc.amounts) expect(squash(input.slice(a.position.start.offset, a.position.end.offset))).toContain(squash(a.text));
      }),
      { numRuns: 300 },
    );
  });

  it('reports a whitespace-only input as empty-input, without throwing', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '\n', '\r\n', '\t', '\u3000', '\f'), { maxLength: 30 }), (parts) => {
        const doc = parse(parts.join(''));
        expect(DocumentSchema.safeParse(doc).success).toBe(true);
        expect(doc.diagnostics.map((d) => d.rule)).toContain('empty-input');
      }),
      { numRuns: 100 },
    );
  });
});

describe('parse on any bytes', () => {
  const valid = (doc: MinutesDocument): void => {
    const result = DocumentSchema.safeParse(doc);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(doc.diagnostics.filter((d) => d.rule === 'schema-invalid')).toEqual([]);
  };

  it('never throws and validates, deterministically', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const doc = parse(bytes);
        valid(doc);
        expect(toJson(parse(bytes))).toBe(toJson(doc));
      }),
      { numRuns: 400 },
    );
  });

  it('validates minutes-like text encoded in any supported encoding, plus noise bytes', () => {
    const encodings = fc.constantFrom('utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5');
    fc.assert(
      fc.property(minutesLike, encodings, fc.uint8Array({ maxLength: 6 }), fc.nat(), (text, encoding, noise, at) => {
        const encoded = encode(text, encoding);
        const cut = encoded.length === 0 ? 0 : at % encoded.length;
        const bytes = new Uint8Array([...encoded.subarray(0, cut), ...noise, ...encoded.subarray(cut)]);
        valid(parse(bytes));
        valid(parse(bytes, { encoding }));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws for a forced encoding over random bytes', () => {
    const encodings = fc.constantFrom('utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'gbk', 'big5', 'shift_jis', 'latin1');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), encodings, (bytes, encoding) => {
        valid(parse(bytes, { encoding }));
      }),
      { numRuns: 200 },
    );
  });
});

/** `text` as bytes in `encoding`. */
function encode(text: string, encoding: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding));
}
