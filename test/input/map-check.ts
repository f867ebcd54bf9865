import { expect } from 'vitest';
import type { Extracted } from '../../src/input-types.js';

/**
 * Check an adapter's offset map: monotonic, inside the source, and (strict) every character of
 * the text is the source character it maps to, unless it is generated white space (line breaks,
 * tabs, collapsed spaces) or comes from an escape / character reference.
 */
export function expectFaithfulMap(source: string, extracted: Extracted, { strict = true } = {}): void {
  const { text, toSource } = extracted;
  let previous = 0;
  for (let i = 0; i <= text.length; i++) {
    const at = toSource(i);
    expect(Number.isInteger(at)).toBe(true);
    expect(at).toBeGreaterThanOrEqual(previous);
    expect(at).toBeLessThanOrEqual(source.length);
    previous = at;
    if (!strict || i === text.length) continue;
    const c = text[i] ?? '';
    if (/\s/.test(c) && c !== '\u3000' && c !== '\u00a0') continue;
    const s = source[at];
    if (s === c || s === '&' || s === '\\') continue;
    expect.fail(`text[${i}] = ${JSON.stringify(c)} maps to source[${at}] = ${JSON.stringify(s)}`);
  }
  expect(toSource(-5)).toBe(toSource(0));
  expect(toSource(text.length + 10)).toBe(toSource(text.length));
}
