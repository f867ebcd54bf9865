/** Half-open ranges of a text, as the extractors find them. */

/** A `[start, end)` range of a text. */
export interface Range {
  start: number;
  end: number;
}

/**
 * True when `[start, end)` overlaps none of `ranges`. An indexed loop over objects: a callback per
 * test costs more, and arrays of tuples built in two ways made V8's optimised code bail out.
 */
export function overlapsNone(ranges: ReadonlyArray<Range>, start: number, end: number): boolean {
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i] as Range;
    if (end > r.start && start < r.end) return false;
  }
  return true;
}
