import { type CharSet, charSet, inSet } from './chars.js';

/**
 * A word list asked, at every character of a text, whether one of its words ends there. For short
 * texts tested many times (a candidate name, a title) this is far cheaper than a regex alternation
 * of the same words, which is tried word by word at every position. Words are found by their last
 * two UTF-16 units and compared unit by unit: a `startsWith` call (a builtin) per word sharing the
 * last unit cost more than the comparison itself (35 titles end with 长).
 */
export class WordIndex {
  /** Units that end some word. */
  private readonly lastBits: CharSet;
  /** Words of one unit (局, 等): a text ending with one ends with a word, whatever comes before. */
  private readonly singles: CharSet;
  /** Longer words by their last unit, then by the unit before it. */
  private readonly byLast = new Map<number, Map<number, string[]>>();

  /** @param words The words; those sharing their last two units are tried in the order given. */
  constructor(words: readonly string[]) {
    this.lastBits = charSet(words.map((w) => w.at(-1) ?? '').join(''));
    this.singles = charSet(words.filter((w) => w.length === 1).join(''));
    for (const w of words) {
      if (w.length < 2) continue;
      const last = w.charCodeAt(w.length - 1);
      const before = w.charCodeAt(w.length - 2);
      let byBefore = this.byLast.get(last);
      if (byBefore === undefined) this.byLast.set(last, (byBefore = new Map()));
      const list = byBefore.get(before);
      if (list) list.push(w);
      else byBefore.set(before, [w]);
    }
  }

  /** True when one of the words ends at `end` (exclusive) in `text`. */
  endsAt(text: string, end: number): boolean {
    const last = text.charCodeAt(end - 1);
    if (!inSet(this.lastBits, last)) return false;
    if (inSet(this.singles, last)) return true;
    if (end < 2) return false;
    const words = this.byLast.get(last)?.get(text.charCodeAt(end - 2));
    if (words === undefined) return false;
    for (const w of words) if (endsWithAt(text, w, end)) return true;
    return false;
  }

  /** True when one of the words occurs anywhere in `text` (as `/w1|w2|…/.test(text)`). */
  occursIn(text: string): boolean {
    for (let end = text.length; end > 0; end--) if (this.endsAt(text, end)) return true;
    return false;
  }
}

/** True when `word`, whose last two units are known to match, ends at `end` in `text`. */
function endsWithAt(text: string, word: string, end: number): boolean {
  const start = end - word.length;
  if (start < 0) return false;
  for (let k = word.length - 3; k >= 0; k--) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}
