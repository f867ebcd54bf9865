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
  // The next \r and \n at or after `start` (-1: none left). A native search finds a break far
  // faster than a loop reading every unit, and most inputs have no \r at all (one search).
  let cr = text.indexOf('\r');
  let lf = text.indexOf('\n');
  while (cr >= 0 || lf >= 0) {
    if (lf >= 0 && (cr < 0 || lf < cr)) {
      push(lf);
      start = lf + 1;
    } else {
      push(cr);
      start = lf === cr + 1 ? cr + 2 : cr + 1; // \r\n is one break
    }
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
  }
  if (start < text.length || lines.length === 0) push(text.length);
  return lines;
}
