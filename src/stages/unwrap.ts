/**
 * Page-break and hard-wrap repair: turn lines into logical blocks (one paragraph, heading or
 * label line each). Drops page-number lines (— 3 —, -3-, 第 3 页), rejoins a paragraph broken
 * across lines or pages, and splits a heading run together with `会议议定：`.
 *
 * Nothing is rewritten: a block is a list of input pieces (see Spans), so every offset still
 * points into the input.
 */
import type { Collector } from '../diagnostics.js';
import { matchAttendanceLabel, matchDistributionLabel } from '../recognisers/labels.js';
import { matchLead } from '../recognisers/lead.js';
import { matchMarker } from '../recognisers/markers.js';
import { countNonSpace, hasUnit, startsWithAnyOf } from '../text/chars.js';
import { Spans } from '../text/spans.js';
import type { Line } from './lines.js';

/** A logical block of the document. */
export interface Block {
  spans: Spans;
  firstLine: number;
  lastLine: number;
  /** A blank line, page break or start of input precedes the block. */
  gapBefore: boolean;
}

// — 3 —   -3-   - 3 -   第 3 页   第3页 共12页   3/12
const PAGE_NUMBER = /^(?:[—–\-－―─]{1,2}\s*\d{1,4}\s*[—–\-－―─]{1,2}|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
const PAGE_NUMBER_FIRST = '—–-－―─第0123456789';
/** True when `text` is a page-number line. */
const isPageNumber = (text: string) => startsWithAnyOf(text, PAGE_NUMBER_FIRST) && PAGE_NUMBER.test(text);
/** Lines of web chrome that never continue into the next line. */
const CHROME = /^(?:作者|日期|来源|发布时间|发布日期|浏览|点击|字体|编辑|责任编辑|本文来源|打印|关闭|导航|回到顶部|分享)/;
const CHROME_FIRST = '作日来发浏点字编责本打关导回分';
/** Sentence ends. A line ending with one of these ends its paragraph (unless hard-wrapped at full width). */
const TERMINAL = '。！？!?；;:：';
/** A heading run together with a resolution lead: `十、关于…事宜 会议议定：`. */
const RUN_ON_LEAD = /\s+(?=会议(?:议定|决定|研究决定|确定|同意|指出|强调|要求|认为)\s*[:：,，])/;

/** Pinyin glosses (lowercase, tone-marked) that mirror sites insert after characters: 會(huì)議 → 會議; (PPP) stays. */
const PINYIN_NOISE = /(?<=[\u4e00-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/g;

/** True when `text` has an opening bracket or quote that is not closed. */
function unbalanced(text: string): boolean {
  // One pass: a depth per bracket kind (《》 () “” 〔〕 []); a stray closer is ignored.
  let book = 0;
  let paren = 0;
  let quote = 0;
  let hex = 0;
  let square = 0;
  for (let i = 0; i < text.length; i++) {
    switch (text.charCodeAt(i)) {
      case 0x300a: book++; break; // 《
      case 0x300b: if (book > 0) book--; break; // 》
      case 0x28: paren++; break; // (
      case 0x29: if (paren > 0) paren--; break; // )
      case 0x201c: quote++; break; // “
      case 0x201d: if (quote > 0) quote--; break; // ”
      case 0x3014: hex++; break; // 〔
      case 0x3015: if (hex > 0) hex--; break; // 〕
      case 0x5b: square++; break; // [
      case 0x5d: if (square > 0) square--; break; // ]
    }
  }
  return book + paren + quote + hex + square > 0;
}

/** True when `text` (normalised, trimmed) starts something new: a heading, a lead, a label. */
export function startsStructure(text: string): boolean {
  return (
    matchMarker(text) !== null ||
    matchLead(text) !== null ||
    matchAttendanceLabel(text) !== null ||
    (text.length <= 16 && matchAttendanceLabel(`${text.trim()}：`)?.length === text.trim().length + 1) || // 出席 alone, over a table
    matchDistributionLabel(text) !== null ||
    isPageNumber(text) ||
    text.trimEnd().endsWith('印发')
  );
}

/** How a document's lines are wrapped: hard-wrapped at `width` characters, or not at all. */
export interface WrapInfo {
  hard: boolean;
  width: number;
  /** A line at least this long is taken to run on into the next. */
  runOn: number;
}

/**
 * Tell a hard-wrapped text (PDF extraction: most lines ~28 characters) from one paragraph per
 * line: the median length of the longer lines, and how many lines sit near it.
 */
export function detectWrap(lines: readonly Line[], text: string): WrapInfo {
  // Spaces do not count: pdftotext pads (`院 办发`, `( 国家行政学院)`) where the page had none.
  const lengths: number[] = [];
  for (const l of lines) {
    const n = countNonSpace(text, l.contentStart, l.contentEnd);
    if (n >= 8) lengths.push(n);
  }
  lengths.sort((a, b) => a - b);
  if (lengths.length >= 6) {
    const median = lengths[Math.floor(lengths.length / 2)] as number;
    const near = lengths.filter((n) => Math.abs(n - median) <= 3).length;
    const longer = lengths.filter((n) => n > median + 6).length;
    if (median <= 48 && near / lengths.length >= 0.5 && longer / lengths.length <= 0.2) {
      return { hard: true, width: median, runOn: Math.max(8, median - 6) };
    }
  }
  return { hard: false, width: 0, runOn: 24 };
}

/**
 * Group lines into blocks.
 * @param lines Lines of the input.
 * @param original The input text.
 * @param normalised The normalised input text (same length).
 * @param file Collects diagnostics.
 */
export function unwrap(lines: readonly Line[], original: string, normalised: string, file: Collector): Block[] {
  const wrap = detectWrap(lines, normalised);
  const blocks: Block[] = [];
  type Piece = { start: number; end: number };
  let pieces: Piece[] = [];
  let first = -1;
  let last = -1;
  let gapBefore = true;
  let gapSince = true; // a blank or page line since the last content line
  let pageSince = false;
  let wrapJoins = 0;
  let noise = 0;
  /** The pieces of a line's content, without pinyin noise. */
  const piecesOf = (line: Line): Piece[] => {
    const out: Piece[] = [];
    let from = line.contentStart;
    const content = normalised.slice(line.contentStart, line.contentEnd);
    PINYIN_NOISE.lastIndex = 0;
    for (let m = content.includes('(') ? PINYIN_NOISE.exec(content) : null; m; m = PINYIN_NOISE.exec(content)) {
      const at = line.contentStart + m.index;
      if (at > from) out.push({ start: from, end: at });
      from = at + m[0].length;
      noise++;
    }
    if (line.contentEnd > from) out.push({ start: from, end: line.contentEnd });
    return out;
  };

  const flush = () => {
    if (pieces.length === 0) return;
    let at = 0;
    const segs = pieces.map((p) => {
      const s = { at, start: p.start, end: p.end };
      at += p.end - p.start;
      return s;
    });
    blocks.push({ spans: new Spans(segs, original, normalised), firstLine: first, lastLine: last, gapBefore });
    pieces = [];
  };

  for (const line of lines) {
    const content = normalised.slice(line.contentStart, line.contentEnd);
    if (content.length === 0) {
      gapSince = true;
      continue;
    }
    if (isPageNumber(content)) {
      gapSince = true;
      pageSince = true;
      continue;
    }
    if (pieces.length > 0 && shouldJoin(pieces, content, gapSince)) {
      const prev = pieces[pieces.length - 1] as Piece;
      const prevLast = original[prev.end - 1] ?? '';
      const nextFirst = original[line.contentStart] ?? '';
      if (gapSince) {
        file.add('page-break-join', `joined a paragraph broken across ${pageSince ? 'a page' : 'a blank line'}`, line.contentStart, line.contentStart);
        if (prevLast === nextFirst && /[\u4e00-\u9fff]/.test(prevLast)) {
          file.add('page-break-repeat', `'${prevLast}' is repeated across a page break; the text is kept as written`, line.contentStart, line.contentStart + 1);
        }
      } else wrapJoins++;
      pieces.push(...piecesOf(line));
      last = line.index;
    } else {
      flush();
      gapBefore = gapSince;
      first = line.index;
      last = line.index;
      pieces.push(...piecesOf(line));
    }
    gapSince = false;
    pageSince = false;
  }
  flush();
  if (noise > 0) file.add('pinyin-noise', `left out ${noise} pinyin glosses inserted after characters (會(huì)議)`, null, null);
  if (wrapJoins > 0) {
    file.add('hard-wrap-joined', `rejoined ${wrapJoins} hard-wrapped line breaks (lines of about ${wrap.width} characters)`, null, null);
  }
  return splitRunOnLeads(blocks, original, normalised, file);

  function shouldJoin(prevPieces: Piece[], next: string, gap: boolean): boolean {
    const head = prevPieces[0] as Piece;
    const tail = prevPieces[prevPieces.length - 1] as Piece;
    let joined: string | null = null;
    const sofar = () => (joined ??= prevPieces.map((p) => normalised.slice(p.start, p.end)).join(''));
    const tailText = normalised.slice(tail.start, tail.end);
    if (startsWithAnyOf(normalised, CHROME_FIRST, head.start) && CHROME.test(normalised.slice(head.start, head.end))) return false;
    if (startsWithAnyOf(next, CHROME_FIRST) && CHROME.test(next)) return false;
    if (startsStructure(next)) return false;
    // Table rows (cells split by tabs, from Markdown or HTML input) stand alone.
    if (tailText.includes('\t') || next.includes('\t')) return false;
    if (unbalanced(sofar())) return true;
    // A list or clause left open: …，城川镇 / …、 runs on whatever the line's length.
    const last = tailText.charCodeAt(tailText.length - 1);
    if (hasUnit(',，、', last)) return true;
    const long = countNonSpace(tailText, 0, tailText.length) >= wrap.runOn;
    if (!long) return false;
    // One paragraph per line: only prose (with clause punctuation) runs on, never a headline.
    if (!wrap.hard && !/[,，。;；、]/.test(sofar())) return false;
    // A line at full width in a hard-wrapped text runs on even after 。 (unless a gap follows).
    if (hasUnit(TERMINAL, last)) return wrap.hard && !gap && !hasUnit(':：', last);
    // A heading that is not at full width ends at its line.
    if (matchMarker(sofar()) && !wrap.hard) return false;
    return true;
  }
}

/** Split `十、关于…事宜 会议议定：` into the heading and the lead. */
function splitRunOnLeads(blocks: Block[], original: string, normalised: string, file: Collector): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const text = b.spans.text;
    const m = text.includes('会议') && matchMarker(text) ? RUN_ON_LEAD.exec(text) : null;
    if (!m || m.index === 0) {
      out.push(b);
      continue;
    }
    const cut = m.index + m[0].length;
    const [s] = b.spans.span(m.index, cut);
    file.add('heading-lead-split', 'a heading and a lead were run together on one line; split them', s, s);
    out.push({ ...b, spans: b.spans.slice(0, m.index, original, normalised) });
    out.push({ ...b, spans: b.spans.slice(cut, text.length, original, normalised), gapBefore: false });
  }
  return out;
}
