/**
 * A word list indexed by each word's last UTF-16 unit: which words end at a place in a text, and
 * whether any of them occurs in it. For short texts tested many times (a candidate name, a
 * title) this is far cheaper than a regex alternation of the same words, which is tried word by
 * word at every position.
 */
export class WordIndex {
  /** For each UTF-16 unit, the index in `buckets` of the words ending with it (0: none). */
  private readonly bucketOf = new Uint16Array(0x10000);
  private readonly buckets: string[][] = [[]];

  /** @param words The words; those sharing a last character are tried in the order given. */
  constructor(words: readonly string[]) {
    for (const w of words) {
      const last = w.charCodeAt(w.length - 1);
      const at = this.bucketOf[last] as number;
      if (at > 0) (this.buckets[at] as string[]).push(w);
      else {
        this.bucketOf[last] = this.buckets.length;
        this.buckets.push([w]);
      }
    }
  }

  /** True when one of the words ends at `end` (exclusive) in `text`. */
  endsAt(text: string, end: number): boolean {
    const at = this.bucketOf[text.charCodeAt(end - 1)];
    if (!at) return false;
    for (const w of this.buckets[at] as string[]) if (text.startsWith(w, end - w.length)) return true;
    return false;
  }

  /** True when one of the words occurs anywhere in `text` (as `/w1|w2|…/.test(text)`). */
  occursIn(text: string): boolean {
    for (let end = text.length; end > 0; end--) if (this.endsAt(text, end)) return true;
    return false;
  }
}
