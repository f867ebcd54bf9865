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
