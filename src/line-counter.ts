import type { Point, Position } from './schema.js';
import { forEachLineBreak } from './stages/lines.js';

/**
 * Turns offsets in a source string into unist points (line and column from 1, offset from 0).
 * Line starts are found once; each lookup is a binary search.
 */
export class LineCounter {
  private readonly starts: number[] = [0];

  /** @param source The original input the offsets point into. */
  constructor(private readonly source: string) {
    // \n, or a lone \r (old Mac line ends); \r\n counts once.
    forEachLineBreak(source, (_at, next) => this.starts.push(next));
  }

  /** The point at `offset`, clamped into the source. */
  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.source.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (this.starts[lo] as number) + 1, offset: o };
  }

  /** The position spanning [start, end) of the source. */
  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }
}
