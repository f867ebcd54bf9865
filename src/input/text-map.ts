/**
 * Builds extracted text together with a map from every text offset back to a source offset,
 * shared by the Markdown and HTML adapters.
 */
import type { Extracted } from '../input-types.js';

/** `&amp;`, `&#x4F1A;`, `&#20250;`, and HTML's legacy `&nbsp` without a semicolon. */
const CHARACTER_REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6};?|#[0-9]{1,7};?|[A-Za-z][A-Za-z0-9]{1,31};?)/y;

/** Collects text in document order; line breaks between blocks are requested, not written. */
export class TextBuilder {
  private readonly chars: string[] = [];
  private readonly offsets: number[] = [];
  /** Line breaks requested since the last character (the largest request wins). */
  private pendingBreaks = 0;
  /** Source offset just after the last text taken from the source. */
  private lastEnd = 0;

  /** @param source the whole source string that offsets point into */
  constructor(readonly source: string) {}

  /**
   * Append `value`, which a parser decoded from `source.slice(start, end)`, mapping each of its
   * characters to where it came from. Characters the parser produced from an escape (`\*`) or a
   * character reference (`&amp;`) map to the escape's start; text the parser dropped (list and
   * quote prefixes on continuation lines) is skipped.
   *
   * @param value the decoded text
   * @param start source offset where `value` starts
   * @param end source offset where `value` ends (exclusive)
   * @param collapse collapse whitespace runs into one space, as HTML rendering does
   */
  appendFromSource(value: string, start: number, end: number, collapse = false): void {
    const source = this.source;
    const limit = Math.min(Math.max(end, start), source.length);
    let p = Math.max(0, Math.min(start, limit));
    for (let i = 0; i < value.length; i++) {
      const c = value[i] ?? '';
      let at = p;
      if (p < limit && source[p] === c) {
        p++;
      } else if (p < limit && source[p] === '&' && matchReference(source, p, limit) > 0) {
        p += matchReference(source, p, limit);
        // One reference can decode to a surrogate pair (&#x20000;): both halves map to the '&'.
        const next = value[i + 1] ?? '';
        if (/[\uD800-\uDBFF]/.test(c) && /[\uDC00-\uDFFF]/.test(next)) {
          this.append(c, at, collapse);
          this.append(next, at, collapse);
          i++;
          continue;
        }
      } else if (p + 1 < limit && source[p] === '\\' && source[p + 1] === c) {
        p += 2;
      } else if (c === '\n' && source[p] === '\r') {
        // HTML turns CRLF and a lone CR into LF.
        p += source[p + 1] === '\n' ? 2 : 1;
      } else {
        const found = source.indexOf(c, p);
        if (found !== -1 && found < limit) {
          at = found;
          p = found + 1;
        }
      }
      this.append(c, at, collapse);
    }
    this.lastEnd = Math.max(this.lastEnd, limit);
  }

  /**
   * Append text whose offsets another adapter already mapped (HTML inside Markdown).
   *
   * @param value the text
   * @param offsetOf the source offset of `value[i]`
   */
  appendMapped(value: string, offsetOf: (index: number) => number): void {
    for (let i = 0; i < value.length; i++) {
      const c = value[i] ?? '';
      const at = offsetOf(i);
      if (c === '\n') {
        this.trimTrailingSpace();
        this.flushBreaks();
      } else this.flushBreaks();
      this.push(c, at);
      this.lastEnd = Math.max(this.lastEnd, at + 1);
    }
  }

  /**
   * Append text that is not in the source (a cell separator, a hard break), mapped to `at`.
   *
   * @param value the generated text
   * @param at the source offset it stands for
   */
  appendGenerated(value: string, at: number): void {
    for (const c of value) {
      if (c === '\n' || c === '\t') {
        this.trimTrailingSpace();
        this.flushBreaks();
      }
      this.push(c, at);
    }
    this.lastEnd = Math.max(this.lastEnd, at);
  }

  /**
   * Ask for `count` line breaks (1: next line, 2: a blank line) before the next text. Requests
   * in a row merge; none are written at the start or the end of the text.
   *
   * @param count how many line breaks must separate the text before from the text after
   */
  requestBreaks(count: number): void {
    this.pendingBreaks = Math.max(this.pendingBreaks, count);
  }

  /** Whether nothing has been written on the current line yet. */
  atLineStart(): boolean {
    const last = this.chars[this.chars.length - 1];
    return last === undefined || last === '\n' || this.pendingBreaks > 0;
  }

  /**
   * Finish: the text and a monotonic offset map (an offset past the last character maps just
   * after the last source text used).
   *
   * @returns the extracted text and its `toSource`
   */
  build(): Extracted {
    this.trimTrailingSpace();
    while (this.chars.length > 0 && this.chars[this.chars.length - 1] === '\n') this.pop();
    const text = this.chars.join('');
    const size = this.source.length;
    const map = new Int32Array(this.offsets.length + 1);
    let floor = 0;
    for (let i = 0; i < this.offsets.length; i++) {
      floor = Math.max(floor, Math.min(this.offsets[i] ?? 0, size));
      map[i] = floor;
    }
    map[this.offsets.length] = Math.max(floor, Math.min(this.lastEnd, size));
    const last = this.offsets.length;
    return {
      text,
      toSource: (offset: number): number => {
        const index = Number.isFinite(offset) ? Math.min(Math.max(Math.trunc(offset), 0), last) : offset > 0 ? last : 0;
        return map[index] ?? 0;
      },
    };
  }

  private append(c: string, at: number, collapse: boolean): void {
    if (collapse && isCollapsible(c)) {
      if (this.atLineStart()) return;
      const last = this.chars[this.chars.length - 1];
      if (last === ' ' || last === '\t') return;
      this.push(' ', at);
      return;
    }
    this.flushBreaks();
    this.push(c, at);
  }

  private flushBreaks(): void {
    if (this.pendingBreaks === 0) return;
    const count = this.pendingBreaks;
    this.pendingBreaks = 0;
    this.trimTrailingSpace();
    if (this.chars.length === 0) return;
    // Breaks already written (a <br> right before a block) count towards the request.
    let have = 0;
    for (let i = this.chars.length - 1; i >= 0 && this.chars[i] === '\n'; i--) have++;
    for (let n = have; n < count; n++) this.push('\n', this.lastEnd);
  }

  private trimTrailingSpace(): void {
    while (this.chars.length > 0 && this.chars[this.chars.length - 1] === ' ') this.pop();
  }

  private push(c: string, at: number): void {
    this.chars.push(c);
    this.offsets.push(at);
  }

  private pop(): void {
    this.chars.pop();
    this.offsets.pop();
  }
}

/** HTML's collapsible white space: space, tab, LF, CR, FF (not U+00A0, not U+3000). */
function isCollapsible(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
}

function matchReference(source: string, at: number, limit: number): number {
  CHARACTER_REFERENCE.lastIndex = at;
  const match = CHARACTER_REFERENCE.exec(source);
  if (!match || at + match[0].length > limit) return 0;
  return match[0].length;
}
