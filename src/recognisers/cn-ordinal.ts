/**
 * Small Chinese ordinals as used in numbering (一 … 九十九): 十一 → 11, 二十 → 20.
 * Larger and decimal numerals are the numeral extractor's job.
 */
const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese ordinal up to 999 (百 allowed), arabic digits too; null if not one. */
export function cnOrdinal(text: string): number | null {
  const s = text.trim();
  if (/^\d+$/.test(s)) return Number.parseInt(s, 10);
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch === '百') {
      total += (digit < 0 ? 1 : digit) * 100;
      digit = -1;
    } else if (ch === '十') {
      total += (digit < 0 ? 1 : digit) * 10;
      digit = -1;
    } else {
      const d = DIGITS[ch];
      if (d === undefined) return null;
      // 一〇七 (digit by digit) reads as 107.
      digit = digit > 0 && total === 0 ? digit * 10 + d : d;
    }
  }
  return total + (digit < 0 ? 0 : digit);
}
