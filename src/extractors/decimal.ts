/**
 * Exact decimal arithmetic on strings: every value is a BigInt scaled by a power of ten, so
 * sums and products of money never pass through a binary float. Canonical forms and shifts by a
 * power of ten move the decimal point in the digits instead (no BigInt needed).
 */

/** A decimal as an integer coefficient and a count of fractional digits: 12.30 → {coef: 1230n, scale: 2}. */
export interface Scaled {
  coef: bigint;
  scale: number;
}

const DECIMAL = /^(?<sign>-)?(?<int>\d+)(?:\.(?<frac>\d+))?$/;
// Whole numbers small enough that a float holds them, their sums and their canonical text exactly.
const SMALL_INTEGER = /^\d{1,15}$/;
// Whole numbers whose products stay below 2^53.
const TINY_INTEGER = /^\d{1,7}$/;

/** True when `text` is a plain decimal string such as `-12`, `0.3` or `11733000`. */
export function isDecimal(text: string): boolean {
  return DECIMAL.test(text);
}

/** Parse a plain decimal string (`-12.50`) into a scaled BigInt; throws on anything else. */
export function toScaled(text: string): Scaled {
  const m = DECIMAL.exec(text);
  if (!m?.groups) throw new Error(`not a decimal string: ${JSON.stringify(text)}`);
  const frac = m.groups.frac ?? '';
  const coef = BigInt((m.groups.int ?? '0') + frac);
  return { coef: m.groups.sign ? -coef : coef, scale: frac.length };
}

/** Render a scaled BigInt as a canonical decimal string: no leading zeros, no trailing fractional zeros, no `-0`. */
export function fromScaled(value: Scaled): string {
  let { coef, scale } = value;
  while (scale > 0 && coef % 10n === 0n) {
    coef /= 10n;
    scale -= 1;
  }
  const negative = coef < 0n;
  let digits = (negative ? -coef : coef).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  }
  return negative && coef !== 0n ? `-${digits}` : digits;
}

/** Bring two scaled values to a common scale so their coefficients can be compared or added. */
function align(a: Scaled, b: Scaled): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.coef * 10n ** BigInt(scale - a.scale), b.coef * 10n ** BigInt(scale - b.scale), scale];
}

/**
 * Canonical text of a decimal given as its parts, the same as `fromScaled` gives: no leading
 * zeros, no trailing fractional zeros, no `-0`.
 */
function canonical(negative: boolean, int: string, frac: string): string {
  let a = 0;
  while (a < int.length - 1 && int.charCodeAt(a) === 0x30) a++;
  let b = frac.length;
  while (b > 0 && frac.charCodeAt(b - 1) === 0x30) b--;
  const whole = a < int.length ? int.slice(a) : '0';
  const digits = b > 0 ? `${whole}.${frac.slice(0, b)}` : whole;
  return negative && digits !== '0' ? `-${digits}` : digits;
}

/** Canonical form of a decimal string: `'1200000.00'` → `'1200000'`, `'007.50'` → `'7.5'`. */
export function normaliseDecimal(text: string): string {
  if (SMALL_INTEGER.test(text)) return String(Number(text));
  const m = DECIMAL.exec(text);
  if (!m?.groups) return fromScaled(toScaled(text)); // throws: not a decimal string
  return canonical(m.groups.sign !== undefined, m.groups.int as string, m.groups.frac ?? '');
}

/** Exact sum of two decimal strings: `addDecimal('0.1', '0.2')` → `'0.3'`. */
export function addDecimal(a: string, b: string): string {
  if (SMALL_INTEGER.test(a) && SMALL_INTEGER.test(b)) return String(Number(a) + Number(b));
  const [x, y, scale] = align(toScaled(a), toScaled(b));
  return fromScaled({ coef: x + y, scale });
}

/** Exact sum of any number of decimal strings (`'0'` for none). */
export function sumDecimals(values: readonly string[]): string {
  return values.reduce((acc, v) => addDecimal(acc, v), '0');
}

/** Exact product of two decimal strings: `mulDecimal('1173.3', '10000')` → `'11733000'`. */
export function mulDecimal(a: string, b: string): string {
  if (TINY_INTEGER.test(a) && TINY_INTEGER.test(b)) return String(Number(a) * Number(b));
  const x = toScaled(a);
  const y = toScaled(b);
  return fromScaled({ coef: x.coef * y.coef, scale: x.scale + y.scale });
}

/** Multiply a decimal string by 10^`power` (negative powers divide exactly): `shiftDecimal('3', -1)` → `'0.3'`. */
export function shiftDecimal(value: string, power: number): string {
  if (power >= 0 && Number.isInteger(power) && SMALL_INTEGER.test(value)) {
    const whole = String(Number(value));
    return whole === '0' ? whole : whole + '0'.repeat(power);
  }
  const m = DECIMAL.exec(value);
  if (!m?.groups || !Number.isInteger(power)) {
    const x = toScaled(value);
    if (power >= 0) return fromScaled({ coef: x.coef * 10n ** BigInt(power), scale: x.scale });
    return fromScaled({ coef: x.coef, scale: x.scale - power });
  }
  // Move the decimal point `power` places through the digits: 1173.3 × 10^4 → 11733000.
  const int = m.groups.int as string;
  const digits = int + (m.groups.frac ?? '');
  const point = int.length + power;
  const negative = m.groups.sign !== undefined;
  if (point >= digits.length) return canonical(negative, digits + '0'.repeat(point - digits.length), '');
  if (point <= 0) return canonical(negative, '0', '0'.repeat(-point) + digits);
  return canonical(negative, digits.slice(0, point), digits.slice(point));
}

/** Compare two decimal strings: -1 when a < b, 0 when equal, 1 when a > b. */
export function compareDecimal(a: string, b: string): -1 | 0 | 1 {
  if (SMALL_INTEGER.test(a) && SMALL_INTEGER.test(b)) {
    const x = Number(a);
    const y = Number(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const [x, y] = align(toScaled(a), toScaled(b));
  return x < y ? -1 : x > y ? 1 : 0;
}
