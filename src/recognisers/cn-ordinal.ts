/**
 * Small Chinese ordinals as used in numbering (一 … 九十九): 十一 → 11, 二十 → 20.
 * Larger and decimal numerals are the numeral extractor's job.
 */
const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** The same digits by UTF-16 unit. */
const DIGIT_BY_UNIT = new Map(Object.entries(DIGITS).map(([ch, d]) => [ch.charCodeAt(0), d]));
const HUNDRED = '百'.charCodeAt(0);
const TEN = '十'.charCodeAt(0);

/** True when `s` is one or more ASCII digits. */
function isArabic(s: string): boolean {
  if (s === '') return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Value of a Chinese ordinal up to 999 (百 allowed), arabic digits too; null if not one. */
export function cnOrdinal(text: string): number | null {
  const s = text.trim();
  if (isArabic(s)) return Number.parseInt(s, 10);
  if (s === '') return null;
  // Any character but 〇零一二两三四五六七八九十百 makes it no ordinal.
  let total = 0;
  let digit = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === HUNDRED) {
      total += (digit < 0 ? 1 : digit) * 100;
      digit = -1;
    } else if (c === TEN) {
      total += (digit < 0 ? 1 : digit) * 10;
      digit = -1;
    } else {
      const d = DIGIT_BY_UNIT.get(c);
      if (d === undefined) return null;
      // 一〇七 (digit by digit) reads as 107.
      digit = digit > 0 && total === 0 ? digit * 10 + d : d;
    }
  }
  return total + (digit < 0 ? 0 : digit);
}
