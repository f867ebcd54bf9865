import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Collector } from '../src/diagnostics.js';
import { LineCounter } from '../src/line-counter.js';
import { splitLines, type Line } from '../src/stages/lines.js';
import { normalise } from '../src/stages/normalise.js';
import { unwrap } from '../src/stages/unwrap.js';
import { isSpace } from '../src/text/chars.js';

// Line breaks are found by native search; these references read every unit, as the stages once did.

function referenceLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const push = (end: number) => {
    let cs = start;
    let ce = end;
    while (cs < ce && isSpace(text.charCodeAt(cs))) cs++;
    while (ce > cs && isSpace(text.charCodeAt(ce - 1))) ce--;
    lines.push({ index: lines.length, start, end, contentStart: cs, contentEnd: ce });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(i);
      start = i + 1;
    } else if (c === 13) {
      push(i);
      if (text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  if (start < text.length || lines.length === 0) push(text.length);
  return lines;
}

/** Line and column of every offset, from 1, counting \n, \r\n and a lone \r as one break each. */
function referencePoints(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let line = 1;
  let column = 1;
  for (let i = 0; i <= text.length; i++) {
    out.push([line, column]);
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      column = 1;
    } else column++;
  }
  return out;
}

/** Text made of line breaks, spaces and a few other units, in any order. */
const texts = fc
  .array(fc.constantFrom('\n', '\r', '\r\n', '\n\r', ' ', '\u3000', '\t', 'a', '会', '，', '會', '（'), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('splitLines', () => {
  it('agrees with a unit-by-unit scan on any mix of \\n, \\r\\n and lone \\r', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(splitLines(text)).toEqual(referenceLines(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a final line without a break, and gives one blank line for empty input', () => {
    expect(splitLines('a\r\nb').map((l) => [l.start, l.end])).toEqual([[0, 1], [3, 4]]);
    expect(splitLines('a\n')).toHaveLength(1);
    expect(splitLines('')).toEqual([{ index: 0, start: 0, end: 0, contentStart: 0, contentEnd: 0 }]);
  });
});

describe('LineCounter', () => {
  it('places every offset as a unit-by-unit count of the breaks does', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const counter = new LineCounter(text);
        const got = Array.from({ length: text.length + 1 }, (_, i) => {
          const p = counter.point(i);
          return [p.line, p.column];
        });
        expect(got).toEqual(referencePoints(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normalise', () => {
  it('maps each unit on its own: the same as normalising the units one by one', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const byUnit = Array.from(text, (c) => normalise(c)).join('');
        expect(normalise(text)).toBe(byUnit);
        expect(normalise(text)).toHaveLength(text.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('unwrap: pinyin glosses', () => {
  const blocksOf = (text: string) => {
    const file = new Collector();
    const blocks = unwrap(splitLines(text), text, normalise(text), file);
    const notes = file.place(new LineCounter(text), (i) => i).filter((d) => d.rule === 'pinyin-noise');
    return { texts: blocks.map((b) => b.spans.raw), notes: notes.map((d) => d.message) };
  };

  it('leaves out a tone-marked gloss after a character, each of a run of them', () => {
    const { texts, notes } = blocksOf('會(huì)議(yì)同意项目(xiàngmù)立项。\n');
    expect(texts).toEqual(['會議同意项目立项。']);
    expect(notes).toEqual(['left out 3 pinyin glosses inserted after characters (會(huì)議)']);
  });

  it('keeps brackets that are no gloss: at the line start, after a bracket or a letter, without tone marks, too long', () => {
    const text = '(huì)开会。\n会(huì)(yì)议。\nPPP(huì)模式(PPP)项目(xiàngmùa)。\n';
    const { texts, notes } = blocksOf(text);
    expect(texts).toEqual(['(huì)开会。', '会(yì)议。', 'PPP(huì)模式(PPP)项目(xiàngmùa)。']);
    expect(notes).toEqual(['left out 1 pinyin glosses inserted after characters (會(huì)議)']);
  });
});
