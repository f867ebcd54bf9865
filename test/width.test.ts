import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { cellWidth } from '../src/write/width.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

describe('cellWidth (Markdown table column widths)', () => {
  it('agrees with string-width on every line of every fixture text', () => {
    const lines = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.txt') && !f.endsWith('.messages.txt'))
      .flatMap((f) => readFileSync(resolve(FIXTURES, f), 'utf8').split(/\r?\n/));
    expect(lines.length).toBeGreaterThan(400);
    const differ = lines.filter((line) => cellWidth(line) !== stringWidth(line));
    expect(differ).toEqual([]);
  });

  it('counts CJK, full-width forms and ideographic punctuation as two columns, ASCII and ambiguous punctuation as one', () => {
    expect(cellWidth('副旗长宋晓磊')).toBe(12);
    expect(cellWidth('（一）')).toBe(6);
    expect(cellWidth('22.5亿元')).toBe(8);
    expect(cellWidth('“三重一大”…—')).toBe(12);
    expect(cellWidth('阿拉腾乌拉·巴特尔')).toBe(17);
  });

  it('leaves combining marks, zero-width characters, emoji and Hangul jamo to string-width', () => {
    for (const text of ['e\u0301', 'a\u200bb', '\u{1F600}', '\u2764\ufe0f', '\u1100\u1161', '\u3099', 'x\u00ady', '\u302a']) {
      expect(cellWidth(text)).toBe(stringWidth(text));
    }
  });

  it('agrees with string-width on random text from the Basic Multilingual Plane', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (text) => cellWidth(text) === stringWidth(text)),
      { numRuns: 3000 },
    );
    const sample = fc.string({ unit: fc.integer({ min: 0x2000, max: 0x30ff }).map((c) => String.fromCharCode(c)), maxLength: 8 });
    fc.assert(fc.property(sample, (text) => cellWidth(text) === stringWidth(text)), { numRuns: 3000 });
  });
});
