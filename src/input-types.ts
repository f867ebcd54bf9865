/**
 * What an input adapter (plain text, Markdown, HTML) hands to the parser: the text to parse and a
 * way back from an offset in that text to an offset in the original source, so that every
 * `position` in the output points into the file the user gave us.
 */
export interface Extracted {
  /** The text the parser reads. */
  text: string;
  /**
   * Map an offset in `text` (0 ≤ offset ≤ text.length) to an offset in the source string.
   * Must be monotonic (non-decreasing) and within [0, source.length].
   */
  toSource: (offset: number) => number;
}
