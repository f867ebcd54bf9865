/**
 * Numbering markers that open headings and numbered clauses, one recogniser per style, in the
 * order they are tried. Patterns run on normalised text (（一） has become (一)).
 */
import { charSet, hasUnit, inSet } from '../text/chars.js';
import { cnOrdinal } from './cn-ordinal.js';

/** A numbering style; the document decides which style is which level. */
export type MarkerStyle = 'cn' | 'cn-paren' | 'num' | 'num-paren' | 'circled' | 'ordinal' | 'topic';

/** A numbering marker found at the start of a text. */
export interface Marker {
  style: MarkerStyle;
  /** 1-based number (一 → 1, (3) → 3). */
  ordinal: number;
  /** Length of the marker including its punctuation and any spaces after it. */
  length: number;
}

interface MarkerRecogniser {
  style: MarkerStyle;
  /** The characters the pattern can start with. */
  first: string;
  pattern: RegExp;
  value: (digits: string) => number | null;
}

const CN_DIGITS = '一二三四五六七八九十';
const CN = `[${CN_DIGITS}]{1,3}`;
const arabic = (d: string): number | null => {
  const n = Number.parseInt(d, 10);
  return Number.isFinite(n) ? n : null;
};
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** Tried in order; the first that matches wins. */
const MARKERS: MarkerRecogniser[] = [
  // 一、总体要求   一．   (not 一是 / 一方面)
  { style: 'cn', first: CN_DIGITS, pattern: new RegExp(`^(${CN})\\s*[、.,](?![、\\d])\\s*`), value: cnOrdinal },
  // (一)传达学习…
  { style: 'cn-paren', first: '(', pattern: new RegExp(`^\\(\\s*(${CN})\\s*\\)\\s*`), value: cnOrdinal },
  // 1. 关于…   1、关于…   (not 1.6万吨, not 2021年)
  { style: 'num', first: '0123456789', pattern: /^(\d{1,2})\s*(?:\.(?!\d)|、)\s*/, value: arabic },
  // (1)…
  { style: 'num-paren', first: '(', pattern: /^\(\s*(\d{1,2})\s*\)\s*/, value: arabic },
  // ①…
  { style: 'circled', first: CIRCLED, pattern: new RegExp(`^([${CIRCLED}])\\s*`), value: (c) => CIRCLED.indexOf(c) + 1 || null },
  // 第一，…   第二、…   (not 第一议题, 第一次)
  { style: 'ordinal', first: '第', pattern: new RegExp(`^第(${CN})\\s*[、,:.]\\s*`), value: cnOrdinal },
  // 议题一：关于…的事项   议题2：…   议题二 关于…   (not 议题一、二列席：, 议题一是)
  {
    style: 'topic',
    first: '议',
    pattern: new RegExp(`^议题\\s*(${CN}|\\d{1,2})(?:\\s*[:、.,](?![、\\s]*[${CN_DIGITS}\\d])|\\s+(?=关于|审议|研究|听取|讨论))\\s*`),
    value: (d) => arabic(d) ?? cnOrdinal(d),
  },
  // 第一项议题：关于…   第2项议题：…   (not 第一项议题列席：)
  {
    style: 'topic',
    first: '第',
    pattern: new RegExp(`^第\\s*(${CN}|\\d{1,2})\\s*项议题\\s*(?:[:、.,]\\s*|\\s+(?=关于|审议|研究|听取|讨论))(?!列席|出席|参加)`),
    value: (d) => arabic(d) ?? cnOrdinal(d),
  },
];

const MARKER_FIRST = charSet(MARKERS.map((r) => r.first).join(''));

/** The numbering marker at the start of `text` (normalised), or null. */
export function matchMarker(text: string): Marker | null {
  // Every marker starts with one of these; most lines start with something else. (An empty text
  // is checked first: reading past the end would make the optimised code of this function bail out.)
  if (text.length === 0 || !inSet(MARKER_FIRST, text.charCodeAt(0))) return null;
  // A code, not charAt: a one-character string of a CJK unit is a new string at each call.
  const start = text.charCodeAt(0);
  for (const r of MARKERS) {
    if (!hasUnit(r.first, start)) continue;
    const m = r.pattern.exec(text);
    if (!m) continue;
    const ordinal = r.value(m[1] as string);
    if (ordinal === null || ordinal < 1) continue;
    return { style: r.style, ordinal, length: m[0].length };
  }
  return null;
}

/**
 * Find markers inside a run-on text (line breaks lost: `…如下:一、各部门…。二、会议听取…`):
 * offsets just after 。；：, where the marker of the given style continues a sequence.
 * Returns the offsets where each new clause starts.
 */
export function findInlineMarkers(text: string, style: MarkerStyle, next: number): number[] {
  const out: number[] = [];
  const boundary = /[。;:!?]\s*/g;
  let expect = next;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const at = m.index + m[0].length;
    const mk = matchMarker(text.slice(at, at + 8));
    // The next number, or the last one again (a duplicated 三、 in a run-on text).
    if (mk && mk.style === style && (mk.ordinal === expect || (out.length > 0 && mk.ordinal === expect - 1))) {
      out.push(at);
      expect = mk.ordinal + 1;
    }
  }
  return out;
}
