/**
 * Length-preserving normalisation, used for matching only (output strings are cut from the
 * original text). Every substitution maps one UTF-16 unit to one UTF-16 unit, so an offset in
 * the normalised text is the same offset in the original; running it twice changes nothing.
 *
 * - full-width ASCII (Ａ-ｚ, ０-９, （），：；) → ASCII; U+3000 and other odd spaces → space;
 *   form feed → space (pdftotext ends each page with one); tabs stay (they separate table cells);
 * - common traditional characters → simplified, so that 會議決定 matches 会议决定.
 */
import { Buffer } from 'node:buffer';
import { TRADITIONAL } from './traditional.js';

// A flat table over the BMP: 0 means "unchanged", otherwise the replacement unit.
const TABLE = {
  units: new Uint16Array(0x10000),
  set(from: number, to: number) {
    this.units[from] = to;
  },
};
for (let c = 0xff01; c <= 0xff5e; c++) TABLE.set(c, c - 0xfee0);
for (const c of [0x3000, 0x00a0, 0x2002, 0x2003, 0x2009, 0x200a, 0x202f, 0xfeff, 0x000c, 0x000b]) TABLE.set(c, 0x20);
// ﹙﹚ small brackets and 〇-like circles are left alone: 〇 is a digit in dates (二〇二一).
for (let i = 0; i < TRADITIONAL.length; i += 2) {
  TABLE.set(TRADITIONAL.charCodeAt(i), TRADITIONAL.charCodeAt(i + 1));
}

/** Normalise `text` for matching; the result has exactly `text.length` units. */
export function normalise(text: string): string {
  const units = TABLE.units;
  let i = 0;
  while (i < text.length && units[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  // Something changes: copy the UTF-16 units once, natively (`charCodeAt` per unit costs several
  // times a typed-array read), map them in place and decode them back (no string building).
  const out = new Uint16Array(text.length);
  const bytes = Buffer.from(out.buffer); // a view of `out`
  bytes.write(text, 'utf16le');
  if (BIG_ENDIAN) bytes.swap16();
  for (let k = i; k < out.length; k++) {
    const mapped = units[out[k] as number] as number;
    if (mapped !== 0) out[k] = mapped;
  }
  return UTF16.decode(out);
}

/** `utf16le` bytes read the other way round through a Uint16Array on such a machine. */
const BIG_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;
const UTF16 = new TextDecoder('utf-16le');
