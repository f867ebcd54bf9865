/**
 * Split text into lines, keeping each line's place; breaks (\n, \r\n, \r) are recognised,
 * not rewritten.
 */

import { isSpace } from '../text/chars.js';

/** One line of input: [start, end) excludes the break. */
export interface Line {
  /** 0-based line index. */
  index: number;
  start: number;
  end: number;
  /** Start and end of the content without surrounding whitespace (start === end when blank). */
  contentStart: number;
  contentEnd: number;
}

/**
 * Visit each line break of `text` in order (\n, \r\n as one, a lone \r): `at` is where the
 * break starts, `next` where the line after it starts. Breaks are found by native search, far
 * faster than a loop reading every unit; most inputs have no \r at all (one search).
 */
export function forEachLineBreak(text: string, visit: (at: number, next: number) => void): void {
  // The next \r and \n not yet passed (-1: none left).
  let cr = text.indexOf('\r');
  let lf = text.indexOf('\n');
  while (cr >= 0 || lf >= 0) {
    const isLf = lf >= 0 && (cr < 0 || lf < cr);
    const at = isLf ? lf : cr;
    const next = isLf ? lf + 1 : lf === cr + 1 ? cr + 2 : cr + 1;
    visit(at, next);
    if (cr >= 0 && cr < next) cr = text.indexOf('\r', next);
    if (lf >= 0 && lf < next) lf = text.indexOf('\n', next);
  }
}

/** Split `text` into lines. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const push = (end: number) => {
    let cs = start;
    let ce = end;
    while (cs < ce && isSpace(text.charCodeAt(cs))) cs++;
    while (ce > cs && isSpace(text.charCodeAt(ce - 1))) ce--;
    lines.push({ index: lines.length, start, end, contentStart: cs, contentEnd: ce });
  };
  forEachLineBreak(text, (at, next) => {
    push(at);
    start = next;
  });
  if (start < text.length || lines.length === 0) push(text.length);
  return lines;
}
