/**
 * Joined text that remembers where each unit came from. A block of minutes is often several
 * pieces of the input (a paragraph broken across a page); the parser reads the joined text and
 * maps any offset in it back to the input.
 */
export interface Segment {
  /** Offset of this piece in the joined text. */
  at: number;
  /** Offset of this piece in the input. */
  start: number;
  /** Exclusive end of this piece in the input. */
  end: number;
}

/** A run of input text, possibly joined from several pieces. */
export class Spans {
  /** The joined original text (output strings are cut from this). */
  readonly raw: string;
  /** The joined normalised text (matching runs on this; same length as `raw`). */
  readonly text: string;

  /**
   * @param segments The pieces, in order, with their places in the input.
   * @param original The original input text.
   * @param normalised The normalised input text (same length as `original`).
   */
  constructor(
    readonly segments: readonly Segment[],
    original: string,
    normalised: string,
  ) {
    let raw = '';
    let text = '';
    for (const s of segments) {
      raw += original.slice(s.start, s.end);
      text += normalised.slice(s.start, s.end);
    }
    this.raw = raw;
    this.text = text;
  }

  /** The input offset of joined offset `i` (an end offset maps to the end of its piece). */
  toInput(i: number, isEnd = false): number {
    const segs = this.segments;
    if (segs.length === 0) return 0;
    for (let k = 0; k < segs.length; k++) {
      const s = segs[k] as Segment;
      const len = s.end - s.start;
      if (i < s.at + len || (isEnd && i === s.at + len) || k === segs.length - 1) {
        return s.start + Math.min(Math.max(i - s.at, 0), len);
      }
    }
    return (segs[segs.length - 1] as Segment).end;
  }

  /** The input span [start, end) of joined range [from, to). */
  span(from: number, to: number): [number, number] {
    if (to <= from) {
      const p = this.toInput(from);
      return [p, p];
    }
    return [this.toInput(from), this.toInput(to, true)];
  }

  /** A sub-range of this text as new Spans (for a clause inside a block). */
  slice(from: number, to: number, original: string, normalised: string): Spans {
    const out: Segment[] = [];
    for (const s of this.segments) {
      const len = s.end - s.start;
      const a = Math.max(from, s.at);
      const b = Math.min(to, s.at + len);
      if (b > a) out.push({ at: out.length ? a - from : 0, start: s.start + (a - s.at), end: s.start + (b - s.at) });
    }
    // Recompute `at` cumulatively so pieces stay contiguous in the joined text.
    let at = 0;
    for (const s of out) {
      s.at = at;
      at += s.end - s.start;
    }
    return new Spans(out, original, normalised);
  }
}

/**
 * The original form of `part`, a piece of normalised text: found in `normalised`, cut at the
 * same place from `raw` (the two have the same length). Falls back to `part` itself.
 * @param normalised The normalised context the part was read from.
 * @param raw The original context, same length.
 * @param part The normalised piece (a title, a referral).
 */
export function originalOf(normalised: string, raw: string, part: string): string {
  const at = normalised.indexOf(part);
  return at < 0 ? part : raw.slice(at, at + part.length);
}
