/**
 * Character tests by UTF-16 unit, for the scans that run on every character of a paragraph
 * (a regex or a one-character string per character costs far more than a table lookup).
 */

/** True when `code` is white space as regex `\s` (and String.prototype.trim) sees it. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  if (code > 0x3000) return code === 0xfeff; // CJK text: one more test
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The first index at or after `i` that is not white space (`\s*`, greedy). */
export function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
  return i;
}

/** True when `code` is in the CJK unified ideographs block (U+4E00–U+9FFF), as `[\u4e00-\u9fff]`. */
export function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** True when `code` is an ASCII digit 0-9. */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** True when `chars` (a few characters, as a string) has the UTF-16 unit `code`; no string is made. */
export function hasUnit(chars: string, code: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
  return false;
}

/** True when `text` starts with one of `chars` (a cheap test before an anchored pattern). */
export function startsWithAnyOf(text: string, chars: string, at = 0): boolean {
  return hasUnit(chars, text.charCodeAt(at));
}

/** True when `text` has any of `chars` (a few characters, as a string) in [from, to). */
export function hasAnyUnit(text: string, chars: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) if (hasUnit(chars, text.charCodeAt(i))) return true;
  return false;
}

/**
 * The last index at or before `from` where `text` has one of `chars`, or -1: `lastIndexOf` for
 * several characters at once (and a loop: `lastIndexOf` is slow in V8).
 */
export function lastIndexOfAny(text: string, chars: string, from: number): number {
  for (let i = Math.min(from, text.length - 1); i >= 0; i--) if (hasUnit(chars, text.charCodeAt(i))) return i;
  return -1;
}

/** `text` without its white space (`徐 炎` → `徐炎`), the same string when it has none. */
export function removeSpaces(text: string): string {
  let i = 0;
  while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  let from = -1;
  for (; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (from >= 0) out += text.slice(from, i);
      from = -1;
    } else if (from < 0) from = i;
  }
  return from >= 0 ? out + text.slice(from) : out;
}

/** How many characters of `text` in [from, to) are not white space (`徐 炎` → 2). */
export function countNonSpace(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

/**
 * A set of UTF-16 units, one bit each (8 KB: the sets of the scans stay in cache together, where
 * byte tables of 64 KB each pushed one another out).
 */
export type CharSet = Uint8Array;

function addToSet(set: CharSet, code: number): void {
  set[code >> 3] = (set[code >> 3] as number) | (1 << (code & 7));
}

/** The set of the characters of `chars`, each taken literally (`-` too), for `inSet` tests at every line or clause. */
export function charSet(chars: string): CharSet {
  const set = new Uint8Array(0x2000);
  for (let i = 0; i < chars.length; i++) addToSet(set, chars.charCodeAt(i));
  return set;
}

/**
 * The set of the characters of a regex class body (`0-9０-９.．一二`). Only `x-y` ranges and
 * literal characters are understood.
 */
export function classSet(classBody: string): CharSet {
  const set = new Uint8Array(0x2000);
  for (let i = 0; i < classBody.length; i += 1) {
    const from = classBody.charCodeAt(i);
    if (classBody[i + 1] === '-' && i + 2 < classBody.length) {
      for (let c = from; c <= classBody.charCodeAt(i + 2); c += 1) addToSet(set, c);
      i += 2;
    } else {
      addToSet(set, from);
    }
  }
  return set;
}

/** True when UTF-16 unit `code` is in `set` (NaN, past the end of a string, tests U+0000). */
export function inSet(set: CharSet, code: number): boolean {
  return ((set[code >> 3] as number) & (1 << (code & 7))) !== 0;
}

/** True when `text` has a unit of `set` (a loop: a regex character class scan is slower). */
export function hasAnyInSet(text: string, set: CharSet): boolean {
  for (let i = 0; i < text.length; i++) if (inSet(set, text.charCodeAt(i))) return true;
  return false;
}
