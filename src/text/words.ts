import { type CharSet, charSet, inSet } from './chars.js';

/**
 * A word list indexed by each word's last UTF-16 unit: which words end at a place in a text, and
 * whether any of them occurs in it. For short texts tested many times (a candidate name, a
 * title) this is far cheaper than a regex alternation of the same words, which is tried word by
 * word at every position.
 */
export class WordIndex {
  /** One bit per UTF-16 unit: set when some word ends with it (8 KB, small enough to stay in cache). */
  private readonly lastBits: CharSet;
  private readonly byLast = new Map<number, string[]>();

  /** @param words The words; those sharing a last character are tried in the order given. */
  constructor(words: readonly string[]) {
    this.lastBits = charSet(words.map((w) => w.at(-1) ?? '').join(''));
    for (const w of words) {
      const last = w.charCodeAt(w.length - 1);
      const list = this.byLast.get(last);
      if (list) list.push(w);
      else this.byLast.set(last, [w]);
    }
  }

  /** True when one of the words ends at `end` (exclusive) in `text`. */
  endsAt(text: string, end: number): boolean {
    const last = text.charCodeAt(end - 1);
    if (!inSet(this.lastBits, last)) return false;
    for (const w of this.byLast.get(last) as string[]) if (text.startsWith(w, end - w.length)) return true;
    return false;
  }

  /** True when one of the words occurs anywhere in `text` (as `/w1|w2|…/.test(text)`). */
  occursIn(text: string): boolean {
    for (let end = text.length; end > 0; end--) if (this.endsAt(text, end)) return true;
    return false;
  }
}
