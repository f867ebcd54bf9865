import { describe, expect, it } from 'vitest';
import { levenshtein, levenshteinRatio } from '../../src/eval/index.js';

describe('levenshtein', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['', '', 0],
    ['flaw', 'lawn', 2],
    ['关于国有资产处置事宜', '关于国有资产处置事项', 1],
    ['常务会议纪要', '常务会议', 2],
    // Astral characters count once, not as two UTF-16 units.
    ['𠀀会议', '会议', 1],
  ] as const)('distance(%s, %s) = %i', (a, b, expected) => {
    expect(levenshtein(a, b)).toBe(expected);
    expect(levenshtein(b, a)).toBe(expected);
  });
});

describe('levenshteinRatio', () => {
  it.each([
    ['', '', 1],
    ['abc', 'abc', 1],
    ['abc', 'xyz', 0],
    ['abc', '', 0],
    ['关于国有资产处置事宜', '关于国有资产处置事项', 0.9],
    ['关于国有资产处置事宜', '关于国有资产处理事项', 0.8],
    ['kitten', 'sitting', 1 - 3 / 7],
    ['𠀀会议', '会议', 1 - 1 / 3],
  ] as const)('ratio(%s, %s) = %d', (a, b, expected) => {
    expect(levenshteinRatio(a, b)).toBeCloseTo(expected, 10);
  });

  it('is at least 0.9 for one missing character in twenty-four', () => {
    expect(levenshteinRatio('鄂托克前旗人民政府2021年第16次常务会议纪要', '鄂托克前旗人民政府2021年第16次常务会议纪')).toBeGreaterThanOrEqual(0.9);
  });
});
