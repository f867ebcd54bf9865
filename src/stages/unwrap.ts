/**
 * Page-break and hard-wrap repair: turn lines into logical blocks (one paragraph, heading or
 * label line each). Drops page-number lines (— 3 —, -3-, 第 3 页), rejoins a paragraph broken
 * across lines or pages, and splits a heading run together with `会议议定：`.
 *
 * Nothing is rewritten: a block is a list of input pieces (see Spans), so every offset still
 * points into the input.
 */
import type { Collector } from '../diagnostics.js';
import { matchAttendanceLabel, matchDistributionLabel, matchPrintLine } from '../recognisers/labels.js';
import { matchLead } from '../recognisers/lead.js';
import { matchMarker } from '../recognisers/markers.js';
import { isName } from '../recognisers/people.js';
import { charSet, countNonSpace, hasUnit, inSet, isAsciiDigit, isHan, isSpace } from '../text/chars.js';
import { type Segment, Spans } from '../text/spans.js';
import type { Line } from './lines.js';

/** A logical block of the document. */
export interface Block {
  spans: Spans;
  firstLine: number;
  lastLine: number;
  /** A blank line, page break or start of input precedes the block. */
  gapBefore: boolean;
}

// — 3 —   -3-   - 3 -   - 3 / 9 -   第 3 页   第3页 共12页   第3页/共12页   共12页 第3页   3/12   Page 3 of 12
const PAGE_NUMBER =
  /^(?:[—–\-－―─]{1,2}\s*\d{1,4}(?:\s*[\/／]\s*\d{1,4})?\s*[—–\-－―─]{1,2}|第\s*\d{1,4}\s*页(?:\s*[,，\/／]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[,，\/／]?\s*第\s*\d{1,4}\s*页|\d{1,4}\s*[\/／]\s*\d{1,4}|[Pp](?:age|AGE)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?)$/;
const PAGE_NUMBER_FIRST = charSet('—–-－―─第共Pp0123456789');
/** True when `text` is a page-number line. */
const isPageNumber = (text: string) => inSet(PAGE_NUMBER_FIRST, text.charCodeAt(0)) && PAGE_NUMBER.test(text);
/** A number alone on its line (1 to 3 digits): a page number when blank lines set it apart. */
const BARE_NUMBER = /^\d{1,3}$/;
/** True when line `i` has no content (or does not exist). */
const blankAt = (lines: readonly Line[], i: number) => {
  const l = lines[i];
  return l === undefined || l.contentEnd <= l.contentStart;
};
/** Lines of web chrome that never continue into the next line. */
const CHROME = /^(?:作者|日期|来源|发布时间|发布日期|浏览|点击|字体|编辑|责任编辑|本文来源|打印|关闭|导航|回到顶部|分享)/;
const CHROME_FIRST = charSet('作日来发浏点字编责本打关导回分');
/** True when `text` in [start, end) is a line of web chrome (the first character is tested before any string is cut). */
const isChrome = (text: string, start: number, end: number) =>
  inSet(CHROME_FIRST, text.charCodeAt(start)) && CHROME.test(text.slice(start, end));
/** Sentence ends. A line ending with one of these ends its paragraph (unless hard-wrapped at full width). */
const TERMINAL = '。！？!?；;:：';
/** Clause punctuation: a line of prose has some, a headline none. */
const CLAUSE_PUNCT = /[,，。;；、]/;
/** A lead with its punctuation, tried where 会议 stands in a heading's block (`十、关于…事宜 会议议定：`). */
const RUN_ON_LEAD = /会议(?:议定|决定|研究决定|确定|同意|指出|强调|要求|认为)\s*[:：,，]/y;
/** What a heading ends with, when no space stands between it and a lead (…名称事宜会议议定：). */
const HEADING_END = /(?:事宜|事项|情况|工作|方案|问题|意见|报告|议题|[》”)])$/;

/**
 * Where a lead run on after a heading starts (`十、关于…事宜 会议议定：`), after the marker of
 * length `from`: the white space before the lead, or, with none, the lead itself after a word a
 * heading ends with; null for none. (A loop over the places 会议 stands: a regex with a lookbehind
 * was tried at every character.)
 */
function runOnLead(text: string, from: number): { index: number; length: number } | null {
  for (let i = text.indexOf('会议', from + 1); i >= 0; i = text.indexOf('会议', i + 2)) {
    RUN_ON_LEAD.lastIndex = i;
    if (!RUN_ON_LEAD.test(text)) continue;
    let j = i;
    while (j > from && isSpace(text.charCodeAt(j - 1))) j--;
    if (j < i) {
      if (j > from) return { index: j, length: i - j };
      continue;
    }
    if (HEADING_END.test(text.slice(Math.max(from, i - 2), i))) return { index: i, length: 0 };
  }
  return null;
}

/**
 * Pinyin glosses (lowercase, tone-marked) that mirror sites insert after characters: 會(huì)議 → 會議;
 * (PPP) stays. Sticky: tried only at a `(` after a character (see addPieces), where a search
 * with a lookbehind would try every position of the line.
 */
const PINYIN_NOISE = /\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/y;

/** A run of the input [start, end) that goes into a block. */
interface Piece {
  start: number;
  end: number;
}

/**
 * Brackets and quotes left open in a block's pieces, a depth per kind (《》 () “” 〔〕 []); a stray
 * closer is ignored. Each piece is scanned once, when first asked about, so that a paragraph
 * growing over many lines is not joined and rescanned at every line.
 */
class OpenBrackets {
  /** How many of the block's pieces are counted in the depths. */
  private seen = 0;
  private book = 0;
  private paren = 0;
  private quote = 0;
  private hex = 0;
  private square = 0;

  /** Start over (a new block). */
  clear(): void {
    this.seen = this.book = this.paren = this.quote = this.hex = this.square = 0;
  }

  /**
   * True when an opening bracket or quote in `pieces` of `text` is not closed.
   * @param pieces The block's pieces so far: the ones seen before, then any added since.
   */
  openIn(text: string, pieces: readonly Piece[]): boolean {
    // Locals in the loop: fields would be loaded and stored at every character.
    let { book, paren, quote, hex, square } = this;
    for (; this.seen < pieces.length; this.seen++) {
      const p = pieces[this.seen] as Piece;
      for (let i = p.start; i < p.end; i++) {
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
    }
    this.book = book;
    this.paren = paren;
    this.quote = quote;
    this.hex = hex;
    this.square = square;
    return book + paren + quote + hex + square > 0;
  }
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
    text.trimEnd().endsWith('印发') ||
    matchPrintLine(text) !== null ||
    HEADER_LABEL_LINE.test(text)
  );
}

/** Lines of a header that stand alone: 时间：…, 地点：…, and a 文号 or issue number (〔2023〕7号). */
const HEADER_LABEL_LINE = /^(?:会议)?(?:时\s*间|地\s*点)\s*[:：]|^[〔\[(（【]\s*\d{4}\s*[〕\])）】]\s*第?\s*\d{1,4}\s*[号期]\s*$/;
/** How a header line ends that no line after a blank one continues: a date (…2023年3月15日), 纪要. */
const HEADER_END = /(?:[\d〇零○一二三四五六七八九十]\s*日|纪要)\s*$/;

/**
 * True when `text` is a row of names set apart by spaces and nothing else (谢志诚  王行杰  印松涛;
 * 史 晶 written with a space inside counts as one name).
 */
function isNameRow(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length === 0 || tokens[0] === '') return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    // 史 晶: two one-character tokens are one name.
    if (t.length === 1 && (tokens[i + 1] as string | undefined)?.length === 1) {
      if (!isName(t + (tokens[i + 1] as string))) return false;
      i++;
      continue;
    }
    if (!isName(t)) return false;
  }
  return true;
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
  // A typed array sorts numerically in native code, without a comparator called from the sort.
  const all = new Uint32Array(lines.length);
  let count = 0;
  for (const l of lines) {
    const n = countNonSpace(text, l.contentStart, l.contentEnd);
    if (n >= 8) all[count++] = n;
  }
  const lengths = all.subarray(0, count).sort();
  if (lengths.length >= 6) {
    const median = lengths[Math.floor(lengths.length / 2)] as number;
    let near = 0;
    let longer = 0;
    for (const n of lengths) {
      if (Math.abs(n - median) <= 3) near++;
      else if (n > median + 6) longer++;
    }
    if (median <= 48 && near / lengths.length >= 0.5 && longer / lengths.length <= 0.2) {
      return { hard: true, width: median, runOn: Math.max(8, median - 6) };
    }
  }
  return { hard: false, width: 0, runOn: 24 };
}

/** True when line `li` (its content `content`) is a page number: a known form, or a bare number set apart by blank lines. */
function isPageLine(lines: readonly Line[], li: number, content: string): boolean {
  return isPageNumber(content) || (content.length <= 3 && BARE_NUMBER.test(content) && blankAt(lines, li - 1) && blankAt(lines, li + 1));
}

/** The longest running header (the issuing body, the title): longer lines are text. */
const MAX_RUNNING_HEADER = 40;

/**
 * The running headers of a printed document: the lines that follow a page number (blank lines
 * aside) and either follow two or more of them or repeat one of the document's first lines (the
 * issuing body, the title), short and ending in no punctuation. Extraction puts them between the
 * halves of a paragraph broken across the page.
 */
function runningHeaders(lines: readonly Line[], normalised: string): Set<string> {
  const top: string[] = [];
  const after = new Map<string, number>();
  let pageBefore = false;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    if (line.contentEnd <= line.contentStart) continue;
    // Most lines are neither a page number nor after one nor at the top: no copy of them is made.
    const mayBePage = inSet(PAGE_NUMBER_FIRST, normalised.charCodeAt(line.contentStart));
    if (!mayBePage && !pageBefore && top.length >= 6) continue;
    const content = normalised.slice(line.contentStart, line.contentEnd).trim();
    if (mayBePage && isPageLine(lines, li, content)) {
      pageBefore = true;
      continue;
    }
    if (top.length < 6) top.push(content);
    if (pageBefore && content.length <= MAX_RUNNING_HEADER && !hasUnit('。;；,，:：、', content.charCodeAt(content.length - 1))) {
      after.set(content, (after.get(content) ?? 0) + 1);
    }
    pageBefore = false;
  }
  const out = new Set<string>();
  for (const [content, count] of after) if (count >= 2 || top.includes(content)) out.add(content);
  return out;
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
  // Only a document with page numbers can have running headers between its pages.
  const headers = runningHeaders(lines, normalised);
  const blocks: Block[] = [];
  let pieces: Piece[] = [];
  const brackets = new OpenBrackets(); // of `pieces`
  // Most texts have no tab at all: then no line needs to be searched for one.
  const tabbed = normalised.includes('\t');
  let headChrome = false; // the block starts with a line of web chrome
  let labelBlock = false; // the block starts with an attendance label (rows of names may follow)
  let first = -1;
  let last = -1;
  let gapBefore = true;
  let gapSince = true; // a blank or page line since the last content line
  let pageSince = false;
  let wrapJoins = 0;
  let noise = 0;
  /** Add the pieces of a line's content, without pinyin noise, to the block. */
  const addPieces = (line: Line, content: string) => {
    let from = line.contentStart;
    for (let i = content.indexOf('(', 1); i > 0; i = content.indexOf('(', i + 1)) {
      if (!isHan(content.charCodeAt(i - 1))) continue;
      PINYIN_NOISE.lastIndex = i;
      if (!PINYIN_NOISE.test(content)) continue;
      const at = line.contentStart + i;
      if (at > from) pieces.push({ start: from, end: at });
      from = line.contentStart + PINYIN_NOISE.lastIndex;
      i = PINYIN_NOISE.lastIndex - 1; // the next gloss starts after this one
      noise++;
    }
    if (line.contentEnd > from) pieces.push({ start: from, end: line.contentEnd });
  };

  const flush = () => {
    if (pieces.length === 0) return;
    const segs: Segment[] = [];
    let at = 0;
    for (const p of pieces) {
      segs.push({ at, start: p.start, end: p.end });
      at += p.end - p.start;
    }
    blocks.push({ spans: new Spans(segs, original, normalised), firstLine: first, lastLine: last, gapBefore });
    pieces = [];
    brackets.clear();
  };

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    if (line.contentEnd <= line.contentStart) {
      gapSince = true;
      continue;
    }
    const content = normalised.slice(line.contentStart, line.contentEnd);
    if (isPageLine(lines, li, content)) {
      gapSince = true;
      pageSince = true;
      continue;
    }
    if (pageSince && headers.size > 0 && headers.has(content.trim())) {
      file.add('running-header', `left out the running header '${original.slice(line.contentStart, line.contentEnd).trim()}' at a page break`, line.contentStart, line.contentEnd);
      continue;
    }
    if (labelBlock && pieces.length > 0 && !gapSince && line.contentStart > 0 && isNameRow(content)) {
      // A further row of names under an attendance label (a table of names in columns): joined
      // with the white space before it, which keeps the last name of one row from the first of
      // the next.
      pieces.push({ start: line.contentStart - 1, end: line.contentEnd });
      last = line.index;
    } else if (pieces.length > 0 && shouldJoin(pieces, content, gapSince)) {
      if (gapSince) {
        const prevLast = original[(pieces[pieces.length - 1] as Piece).end - 1] ?? '';
        const nextFirst = original[line.contentStart] ?? '';
        file.add('page-break-join', `joined a paragraph broken across ${pageSince ? 'a page' : 'a blank line'}`, line.contentStart, line.contentStart);
        if (prevLast === nextFirst && /[\u4e00-\u9fff]/.test(prevLast)) {
          file.add('page-break-repeat', `'${prevLast}' is repeated across a page break; the text is kept as written`, line.contentStart, line.contentStart + 1);
        }
      } else wrapJoins++;
      addPieces(line, content);
      last = line.index;
    } else {
      flush();
      gapBefore = gapSince;
      first = line.index;
      last = line.index;
      addPieces(line, content);
      const head = pieces[0];
      headChrome = head !== undefined && isChrome(normalised, head.start, head.end);
      labelBlock = matchAttendanceLabel(content) !== null;
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

  /**
   * In a hard-wrapped text, a paragraph's line at full width that stops inside a phrase (no
   * punctuation at its end) goes on into a next line that starts like a lead (…提请市政府相关 |
   * 会议研究将…, …第 10 次常务 | 会议议定的…): a line of prose does not end a paragraph there. A
   * heading's line may end so, and a numbered line or a label line always starts a block.
   */
  function runsOnIntoLead(prevPieces: Piece[], next: string): boolean {
    const head = prevPieces[0] as Piece;
    const tail = prevPieces[prevPieces.length - 1] as Piece;
    const last = normalised.charCodeAt(tail.end - 1);
    if (!isHan(last) && !isAsciiDigit(last)) return false;
    if (countNonSpace(normalised, tail.start, tail.end) < wrap.width - 2) return false;
    if (matchMarker(normalised.slice(head.start, Math.min(head.end, head.start + 8))) !== null) return false;
    return matchLead(next) !== null && matchMarker(next) === null && matchAttendanceLabel(next) === null && matchDistributionLabel(next) === null;
  }

  function shouldJoin(prevPieces: Piece[], next: string, gap: boolean): boolean {
    const tail = prevPieces[prevPieces.length - 1] as Piece;
    if (headChrome || isChrome(next, 0, next.length)) return false;
    // Table rows (cells split by tabs, from Markdown or HTML input) stand alone.
    if (tabbed && (normalised.slice(tail.start, tail.end).includes('\t') || next.includes('\t'))) return false;
    if (startsStructure(next) && !(wrap.hard && runsOnIntoLead(prevPieces, next))) return false;
    if (brackets.openIn(normalised, prevPieces)) return true;
    // A header line over a blank line (the office and its date, the title) is whole.
    if (gap && HEADER_END.test(normalised.slice(tail.start, tail.end))) return false;
    // A list or clause left open: …，城川镇 / …、 runs on whatever the line's length.
    const last = normalised.charCodeAt(tail.end - 1);
    if (hasUnit(',，、', last)) return true;
    // A sentence end closes the paragraph, except at full width in a hard-wrapped text with no
    // gap after it (tested before the length below, which needs a count).
    if (hasUnit(TERMINAL, last) && (!wrap.hard || gap || hasUnit(':：', last))) return false;
    const long = countNonSpace(normalised, tail.start, tail.end) >= wrap.runOn;
    if (!long) return false;
    // A line at full width in a hard-wrapped text runs on, after 。 too.
    if (wrap.hard) return true;
    // One paragraph per line: only prose (with clause punctuation) runs on, never a headline,
    // and a heading that is not at full width ends at its line.
    let sofar = '';
    for (const p of prevPieces) sofar += normalised.slice(p.start, p.end);
    return CLAUSE_PUNCT.test(sofar) && !matchMarker(sofar);
  }
}

/** Split `十、关于…事宜 会议议定：` into the heading and the lead. */
function splitRunOnLeads(blocks: Block[], original: string, normalised: string, file: Collector): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const text = b.spans.text;
    // matchMarker first: it turns most blocks away at their first character.
    const marker = matchMarker(text);
    const m = marker ? runOnLead(text, marker.length) : null;
    if (!m) {
      out.push(b);
      continue;
    }
    const cut = m.index + m.length;
    const [s] = b.spans.span(m.index, cut);
    file.add('heading-lead-split', 'a heading and a lead were run together on one line; split them', s, s);
    out.push({ ...b, spans: b.spans.slice(0, m.index, original, normalised) });
    out.push({ ...b, spans: b.spans.slice(cut, text.length, original, normalised), gapBefore: false });
  }
  return out;
}
