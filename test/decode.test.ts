import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, UnknownEncodingError } from '../src/stages/decode.js';
import { seededRandom } from './helpers/random.js';

const seed = readFileSync('/work/shared/seed/000_b81a2cdd68e8cb3f.txt', 'utf8');
const corpus = readFileSync('/work/shared/corpus/005.txt', 'utf8');

const bytes = (text: string, encoding: string): Uint8Array => new Uint8Array(iconv.encode(text, encoding));
const rules = (r: ReturnType<typeof decode>): string[] => r.problems.map((p) => p.rule);

// Short sentences in the style of the minutes, the hard case for detection.
const SIMPLIFIED = ['会议纪要', '会议同意', '会议原则通过', '市长主持召开常务会议', '会议听取了关于加快应急避难场所建设工作的汇报', '出席：', '列席：市人大常委会副主任'];
const TRADITIONAL = ['會議紀錄', '會議決議：照案通過', '主席指示：請各機關依限辦理', '出席：院長、副院長、各部會首長', '列席人員：秘書長、主計長', '議員詢問有關醫院管理局的開支'];

describe('decode: UTF-8', () => {
  it('reads UTF-8 without problems', () => {
    const r = decode(bytes(seed, 'utf8'));
    expect(r).toEqual({ text: seed, encoding: 'utf-8', problems: [] });
  });

  it('strips a UTF-8 BOM', () => {
    const r = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('会议纪要', 'utf8')]));
    expect(r).toEqual({ text: '会议纪要', encoding: 'utf-8', problems: [] });
  });

  it('keeps CRLF exactly', () => {
    const text = corpus.replace(/\n/g, '\r\n');
    expect(decode(bytes(text, 'utf8')).text).toBe(text);
  });

  it('reads pure ASCII as UTF-8', () => {
    expect(decode(bytes('2024-03-05\n', 'utf8'))).toMatchObject({ encoding: 'utf-8', problems: [] });
  });
});

describe('decode: UTF-16', () => {
  it.each(['utf-16le', 'utf-16be'] as const)('reads %s with a BOM and strips it', (encoding) => {
    const body = bytes(seed, encoding);
    const bom = encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    expect(decode(new Uint8Array([...bom, ...body]))).toEqual({ text: seed, encoding, problems: [] });
  });

  it.each(['utf-16le', 'utf-16be'] as const)('recognises %s without a BOM (Chinese-only and mixed text)', (encoding) => {
    expect(decode(bytes(seed, encoding))).toMatchObject({ text: seed, encoding, problems: [] });
    expect(decode(bytes('会议纪要会议同意市长主持召开常务会议', encoding))).toMatchObject({ encoding, problems: [] });
  });
});

describe('decode: GB18030 and Big5', () => {
  it('reads a whole GB18030 document and notes the fallback', () => {
    const r = decode(bytes(seed, 'gb18030'));
    expect(r.text).toBe(seed);
    expect(r.encoding).toBe('gb18030');
    expect(r.problems).toEqual([{ rule: 'decode-fallback', severity: 'info', message: expect.stringContaining('GB18030'), offset: 0 }]);
  });

  it.each(SIMPLIFIED)('short simplified text in GB18030 (%s) is GB18030', (text) => {
    expect(decode(bytes(text, 'gb18030'))).toMatchObject({ text, encoding: 'gb18030' });
  });

  it.each(TRADITIONAL)('short traditional text in Big5 (%s) is Big5', (text) => {
    expect(decode(bytes(text, 'big5'))).toMatchObject({ text, encoding: 'big5' });
  });

  it('reads four-byte GB18030 sequences (characters outside GBK)', () => {
    const text = '会议纪要𠀀㐀€';
    expect(decode(bytes(text, 'gb18030'))).toMatchObject({ text, encoding: 'gb18030' });
  });
});

describe('decode: bad input', () => {
  it('reports empty input', () => {
    expect(decode(new Uint8Array())).toEqual({
      text: '',
      encoding: 'utf-8',
      problems: [{ rule: 'empty-input', severity: 'error', message: expect.any(String), offset: 0 }],
    });
    expect(rules(decode(new Uint8Array([0xef, 0xbb, 0xbf])))).toEqual(['empty-input']);
    expect(rules(decode(bytes(' \r\n\t\u3000\n', 'utf8')))).toEqual(['empty-input']);
  });

  it('reports binary input (NUL bytes, control characters) and returns no text', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decode(png)).toMatchObject({ text: '', problems: [{ rule: 'binary-input', severity: 'error' }] });
    const controls = new Uint8Array(Array.from({ length: 64 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(rules(decode(controls))).toEqual(['binary-input']);
  });

  it('allows a stray form feed or DOS end-of-file mark in long text', () => {
    expect(rules(decode(bytes(`${seed}\f${seed}\x1a`, 'utf8')))).toEqual([]);
  });

  it('reports invalid UTF-8 at its byte offset and keeps the rest', () => {
    const head = bytes('会议纪要\n', 'utf8'); // 13 bytes
    const tail = bytes(seed, 'utf8');
    const r = decode(new Uint8Array([...head, 0xff, ...tail]));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(`会议纪要\n\uFFFD${seed}`);
    expect(r.problems).toEqual([
      { rule: 'decode-invalid', severity: 'error', message: expect.stringContaining('at byte 13 (0xFF)'), offset: 5 },
    ]);
  });

  it('reports invalid GB18030 (a cut-off last character) at its byte offset', () => {
    const body = bytes(seed, 'gb18030');
    const r = decode(new Uint8Array([...body, 0xb0]));
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(`${seed}\uFFFD`);
    expect(r.problems).toEqual([
      { rule: 'decode-invalid', severity: 'error', message: expect.stringContaining(`at byte ${body.length}`), offset: seed.length },
    ]);
  });
});

describe('decode: forced encoding', () => {
  it('uses the given encoding and resolves aliases to canonical names', () => {
    expect(decode(bytes('会议纪要', 'gbk'), { encoding: 'GBK' })).toEqual({ text: '会议纪要', encoding: 'gb18030', problems: [] });
    expect(decode(bytes('会议纪要', 'utf8'), { encoding: 'UTF8' })).toEqual({ text: '会议纪要', encoding: 'utf-8', problems: [] });
    expect(decode(bytes('會議', 'big5'), { encoding: 'big5' })).toEqual({ text: '會議', encoding: 'big5', problems: [] });
  });

  it('strips a matching BOM only', () => {
    expect(decode(new Uint8Array([0xff, 0xfe, 0x1a, 0x4f]), { encoding: 'utf-16le' })).toMatchObject({ text: '会' });
  });

  it('reports bytes invalid in the forced encoding', () => {
    expect(rules(decode(bytes('会议纪要', 'gb18030'), { encoding: 'utf-8' }))).toEqual(['decode-invalid']);
  });

  it('decodes encodings outside the detected set through iconv-lite', () => {
    expect(decode(bytes('caf\u00e9', 'latin1'), { encoding: 'latin1' })).toMatchObject({ text: 'café', problems: [] });
  });

  it('throws a usage error for an unknown name', () => {
    expect(() => decode(new Uint8Array([0x41]), { encoding: 'klingon' })).toThrow(UnknownEncodingError);
    expect(() => decode(new Uint8Array([0x41]), { encoding: 'klingon' })).toThrow(/Unknown encoding 'klingon'/);
  });

  it('treats an empty or null name as "detect"', () => {
    expect(decode(bytes('会议', 'utf8'), { encoding: null }).encoding).toBe('utf-8');
    expect(decode(bytes('会议', 'utf8'), { encoding: '' }).encoding).toBe('utf-8');
  });
});

describe('decode: never throws on arbitrary bytes', () => {
  it('returns a result for random buffers', () => {
    const random = seededRandom(42);
    for (let n = 0; n < 300; n++) {
      const b = new Uint8Array(random(200)).map(() => random(256));
      const r = decode(b);
      expect(typeof r.text).toBe('string');
      for (const p of r.problems) expect(p.offset).toBeLessThanOrEqual(r.text.length);
    }
  });
});

describe('decode: ASCII is not mistaken for BOM-less UTF-16', () => {
  it.each(['abcdefgh', 'hello world, this is plain text!', 'meeting minutes\n'])('%j', (text) => {
    expect(decode(bytes(text, 'utf8'))).toEqual({ text, encoding: 'utf-8', problems: [] });
  });
});

describe('decode: choosing the encoding of damaged text', () => {
  it('keeps a short UTF-8 text with a few bad bytes as UTF-8', () => {
    const r = decode(new Uint8Array([...bytes('会议纪要\n', 'utf8'), 0xff, 0xfe, 0xfd, ...bytes(' 会议同意。\n', 'utf8')]));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe('会议纪要\n\uFFFD\uFFFD\uFFFD 会议同意。\n');
    expect(r.problems).toMatchObject([{ rule: 'decode-invalid', offset: 5, message: expect.stringContaining('at byte 13 (0xFF)') }]);
  });

  it('reads a damaged GB18030 text as GB18030', () => {
    const body = bytes(seed, 'gb18030');
    const damaged = new Uint8Array([...body.subarray(0, 1000), 0xff, ...body.subarray(1000)]);
    const r = decode(damaged);
    expect(r.encoding).toBe('gb18030');
    expect(rules(r)).toEqual(['decode-invalid']);
    expect(r.text.replace('\uFFFD', '')).toBe(seed);
  });
});

describe('decode: short Chinese text from the corpus', () => {
  // Every sentence of the corpus, cut to 6, 12 and 24 characters, in GB18030: the case where
  // chardet guessed Shift_JIS/Big5 (see decode.ts).
  const sentences: string[] = [];
  for (const name of ['005', '007', '008', '009', '014', '016', '018', '020', '022', '024', '026', '030']) {
    const text = readFileSync(`/work/shared/corpus/${name}.txt`, 'utf8');
    for (const s of text.split(/[。；\n]/)) if (/[\u4e00-\u9fff]/.test(s) && s.trim().length >= 4) sentences.push(s.trim());
  }

  it.each([6, 12, 24])('detects GB18030 for every sentence cut to %i characters', (length) => {
    const wrong = sentences
      .map((s) => s.slice(0, length))
      .filter((s) => decode(bytes(s, 'gb18030')).encoding !== 'gb18030');
    expect(sentences.length).toBeGreaterThan(80);
    expect(wrong).toEqual([]);
  });
});

describe('decode: damaged ASCII is not BOM-less UTF-16', () => {
  const ascii = (text: string): number[] => [...bytes(text, 'utf8')];

  it('abc, 0xFF, def is UTF-8 with decode-invalid at byte 3', () => {
    const r = decode(new Uint8Array([...ascii('abc'), 0xff, ...ascii('def\n')]));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe('abc\uFFFDdef\n');
    expect(r.problems).toEqual([{ rule: 'decode-invalid', severity: 'error', message: expect.stringContaining('at byte 3 (0xFF)'), offset: 3 }]);
  });

  it.each([1, 2, 3])('ASCII lines with 0xFF in %i places are UTF-8, not UTF-16', (count) => {
    const line = ascii('The meeting agreed to the plan.\n');
    const damaged = Array.from({ length: 4 }, (_, i) => (i < count ? [...line.slice(0, 9), 0xff, ...line.slice(9)] : line)).flat();
    const r = decode(new Uint8Array(damaged.length % 2 === 0 ? damaged : [...damaged, 0x0a]));
    expect(r.encoding).toBe('utf-8');
    expect(r.problems).toMatchObject([{ rule: 'decode-invalid', offset: 9 }]);
  });

  it.each(['80', 'FE', 'A1'])('abc, 0x%s, def is not read as UTF-16', (hex) => {
    const r = decode(new Uint8Array([...ascii('abc'), Number.parseInt(hex, 16), ...ascii('def\n')]));
    expect(r.encoding).not.toMatch(/^utf-16/);
    expect(r.text.startsWith('abc')).toBe(true);
  });

  it('a longer ASCII line with one bad byte is UTF-8', () => {
    const r = decode(new Uint8Array([...ascii('meeting minutes of the city'), 0xff, ...ascii(' government\n')]));
    expect(r).toMatchObject({ encoding: 'utf-8', problems: [{ rule: 'decode-invalid', offset: 27 }] });
  });

  it.each(['utf-16le', 'utf-16be'] as const)('still recognises BOM-less %s Latin text by its NUL bytes', (encoding) => {
    const text = 'Minutes of the 16th executive meeting\n';
    expect(decode(bytes(text, encoding))).toEqual({ text, encoding, problems: [] });
  });

  it.each(['utf-16le', 'utf-16be'] as const)('still recognises BOM-less %s for corpus sentences cut to 6, 12 and 24 characters', (encoding) => {
    const text = ['005', '007', '009', '014', '016', '018', '020', '022', '024', '026', '030'].map((name) => readFileSync(`/work/shared/corpus/${name}.txt`, 'utf8')).join('\n');
    const sentences = text.split(/[。；\n]/).map((s) => s.trim()).filter((s) => /[\u4e00-\u9fff]/.test(s) && s.length >= 6)
      // Sentences with pinyin tone marks (guó) fall outside the characters UTF-16 sniffing counts as text.
      .filter((s) => /^[\u0020-\u007e\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+$/u.test(s));
    expect(sentences.length).toBeGreaterThan(20);
    const wrong = [6, 12, 24].flatMap((n) => sentences.map((s) => s.slice(0, n)).filter((s) => decode(bytes(s, encoding)).encoding !== encoding));
    expect(wrong).toEqual([]);
  });
});

describe('decode: damaged UTF-8 is not GB18030', () => {
  it('会议纪要, 0x80, 会议同意 is UTF-8 with decode-invalid at byte 12', () => {
    const r = decode(new Uint8Array([...bytes('会议纪要', 'utf8'), 0x80, ...bytes('会议同意\n', 'utf8')]));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe('会议纪要\uFFFD会议同意\n');
    expect(r.problems).toEqual([
      { rule: 'decode-invalid', severity: 'error', message: expect.stringContaining('at byte 12 (0x80)'), offset: 4 },
    ]);
  });

  it('a UTF-8 document with a few stray bytes is UTF-8', () => {
    const body = bytes(seed, 'utf8');
    const damaged = new Uint8Array([...body.subarray(0, 300), 0x80, ...body.subarray(300, 900), 0xa1, ...body.subarray(900)]);
    const r = decode(damaged);
    expect(r.encoding).toBe('utf-8');
    expect(rules(r)).toEqual(['decode-invalid']);
  });

  it.each([3, 4, 5, 8])('GB18030 and Big5 corpus sentences cut to %i characters keep their encoding', (length) => {
    const simplified = readFileSync('/work/shared/corpus/005.txt', 'utf8').split(/[。；\n]/).map((s) => s.trim().slice(0, length));
    const wrongGb = [...SIMPLIFIED, ...simplified]
      .filter((s) => /^[\u4e00-\u9fff]/.test(s) && s.length === length)
      .filter((s) => decode(bytes(s, 'gb18030')).encoding !== 'gb18030');
    const wrongBig5 = TRADITIONAL.map((s) => s.slice(0, length)).filter((s) => decode(bytes(s, 'big5')).encoding !== 'big5');
    expect([...wrongGb, ...wrongBig5]).toEqual([]);
  });
});

describe('decode: stray bytes are not Big5', () => {
  it('a lone 0xFF in ASCII is decode-invalid, not a Big5 private-use character', () => {
    const r = decode(new Uint8Array([...bytes('minutes of meeting', 'utf8'), 0xff, 0x0a]));
    expect(r.encoding).not.toBe('big5');
    expect(r.text).not.toMatch(/[\u0080-\u009f\ue000-\uf8ff]/);
    expect(r.problems).toMatchObject([{ rule: 'decode-invalid', offset: 18, message: expect.stringContaining('at byte 18') }]);
  });

  it.each(['80', 'FF'])('Big5 text with a stray 0x%s is Big5 with decode-invalid at the stray byte', (hex) => {
    const head = bytes('會議決議：照案通過', 'big5');
    const r = decode(new Uint8Array([...head, Number.parseInt(hex, 16), ...bytes('主席指示', 'big5')]));
    expect(r).toMatchObject({
      text: '會議決議：照案通過\uFFFD主席指示',
      encoding: 'big5',
      problems: [{ rule: 'decode-invalid', offset: 9, message: expect.stringContaining(`at byte ${head.length} (0x${hex})`) }],
    });
  });

  it('forced Big5 reports a stray byte and replaces it with U+FFFD', () => {
    const r = decode(new Uint8Array([...bytes('會議', 'big5'), 0xff, ...bytes('紀錄', 'big5')]), { encoding: 'big5' });
    expect(r).toMatchObject({ text: '會議\uFFFD紀錄', encoding: 'big5', problems: [{ rule: 'decode-invalid', offset: 2, message: expect.stringContaining('at byte 4 (0xFF)') }] });
  });
});
