/**
 * The header: issuer, title, document number and issue date, from the lines before the first
 * paragraph (a red-head 纪要's masthead, 文号 and date; a web report's headline and chrome).
 * Also the meeting's session (第16次, 十六届第32次, 二届四次, 2019-27) and kind (常务会议 …).
 */
import { extractDatesUntil, leadingDate, parseDate } from '../extractors/date.js';
import { parseSmallInteger } from '../extractors/numeral.js';
import type { Position, Session } from '../schema.js';
import { charSet, inSet, removeSpaces, skipSpaces } from '../text/chars.js';
import type { Spans } from '../text/spans.js';
import type { Block } from '../stages/unwrap.js';
import { splitKeywords } from './labels.js';

/** What the header says. */
export interface Header {
  issuer: string | null;
  title: string | null;
  /** Normalised title text ('' when none), for the session and kind. */
  titleText: string;
  titleSpans: Spans | null;
  /** Every line of the title, the first being `titleSpans` ([] without a title). */
  titleLines: Spans[];
  /** A line under the title that gives only the meeting's count (第二十三次, 第十五届第九次). */
  sessionSpans: Spans | null;
  docNumber: string | null;
  issueDate: string | null;
  /** Headline blocks that are prose (郭海磊主持召开…), read for attendance. */
  proseHeadline: Spans[];
  /** The meeting date stated at the start of the opening paragraph. */
  meetingDateFrom: (opening: string) => string | null;
  /** Subject words of a 主题词 line or metadata row at the head of the minutes. */
  keywords: string[];
}

// 〔2021〕36号, 院办发〔2022〕5号, 鄂前政纪[2021]36号, 〔2023〕第7号 (normalised: （ → ( ).
const DOC_NUMBER = /((?:[\u4e00-\u9fff]\s?){0,8})[〔\[(【]\s*((?:19|20)\d{2})\s*[〕\])】]\s*(?:第\s*)?(\d{1,4})\s*号/;
/** A number in 号 alone on a header line, without the year: 第7号. */
const NUMBER_ALONE = /^第[\d一二三四五六七八九十百〇零]+号$/;
/** What a web page's chrome row starts with (besides a table's `|`). */
const CHROME_WORDS = ['主题词', '主 题 词', '作者', '日期', '来源', '本文来源', '发布时间', '发布日期', '发文日期', '浏览', '点击', '字体', '编辑', '责任编辑', '打印', '关闭', '导航', '回到顶部', '分享', '首页', '当前位置', '您的位置'];
/** A 主题词 line or metadata row at the head of the minutes: the words up to the next cell. */
const HEAD_KEYWORDS = /^\|?\s*主\s*题\s*词\s*[:：]\s*\|?\s*([^|]+)/;
const CHROME = new RegExp(`^(?:\\||【?(?:${CHROME_WORDS.join('|')}))`);
/** The first characters of the words of CHROME. */
const CHROME_FIRST = charSet(`|【${CHROME_WORDS.map((w) => w.charAt(0)).join('')}`);
const ORG_SUFFIXES = ['人民政府', '政府', '办公室', '办公厅', '人大常委会', '常委会', '委员会', '管委会', '党委', '党组', '政协', '学院', '大学', '学校', '公司', '集团', '联席会议办公室', '事务中心', '中心', '局', '厅', '社区', '医院', '卫生院'];
const ORG_SUFFIX = new RegExp(`(?:${ORG_SUFFIXES.join('|')})$`);
/**
 * The last characters of the words of ORG_SUFFIX. Its match ends at the end of the text (`$`, no
 * `m` flag), so a text whose last character is not one of these cannot match.
 */
const ORG_SUFFIX_LAST = charSet(ORG_SUFFIXES.map((w) => w.charAt(w.length - 1)).join(''));
const DATE_LINE = /^(?:(?:19|20)\d{2}|[一二][〇零○O0一二三四五六七八九]{3})\s*年\s*[\d一二三四五六七八九十〇零○]{1,3}\s*月\s*[\d一二三四五六七八九十〇零○]{1,3}\s*日$/;
/** The body at the head of a title, before its year, count, term or 召开. */
const TITLE_ISSUER =
  /^(.{2,40}?(?:人民政府|政府|人大常委会|常委会|委员会|管委会|党委|政协|社区|联席会议办公室|办公室|学院|大学|学校|中学|医院|卫生院|集团|公司|街道|镇|乡|村))(?=\d{4}年|\d{4}\s*[—－-]|第|[一二三四五六七八九十]+届|召开|常务|会议|关于|(?:[省市县区旗州盟镇乡校院]长|总经理|经理)?办公会|专题|全体|党政|党组|党委会|董事会|监事会|股东|职工代表|村民代表|党员大会|两委)/;
/** A date stamp of a web page: 3/15/2021, 15.3.2021. */
const DATE_STAMP = /^\d{1,2}[./]\d{1,2}[./]\d{4}/;
const ISSUER_LABEL = /(?:发布部门|发文机关|发文单位)\s*[:：]\s*\|?\s*([^|\s]{2,30})/;
const ISSUE_LABEL = /(?:发文日期|成文日期|印发日期)\s*[:：|\s]*((?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?)/;
const KINDS =
  /(常务会议|常务会|全体会议|委员长会议|主任会议|主席会议|常委会议|党组会议|党委会会议|党委会|党政联席会议|党政联席会|联席会议|校长办公会议|校长办公会|院长办公会议|院长办公会|总经理办公会议|总经理办公会|局务会议|局务会|办公会议|工作例会|例会|专题会议|专题推进会议|推进会议|协调会议|务虚会|党工委会议|党工委会|村民代表会议|村民代表大会|职工代表大会|党员大会|股东大会|董事会会议|董事会|监事会会议|两委联席会议)/;

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** True when `text` has one of the brackets a 文号 year stands in (〔 [ ( 【), so DOC_NUMBER may match. */
function hasOpeningBracket(text: string): boolean {
  return text.includes('〔') || text.includes('(') || text.includes('[') || text.includes('【');
}

/**
 * False when DOC_NUMBER cannot match `text`: every match has an opening bracket and ends in the
 * literal 号, so a text without both has no 文号 (the bracket alone passes most prose).
 */
function mayHaveDocNumber(text: string): boolean {
  return text.includes('号') && hasOpeningBracket(text);
}

/**
 * False when `text` (without spaces) cannot be a date line: DATE_LINE ends in 日 at the end of
 * the text (`$`, no `m` flag).
 */
function mayBeDateLine(compact: string): boolean {
  return compact.endsWith('日') && DATE_LINE.test(compact);
}

/**
 * False when CHROME cannot match `text` trimmed: its match starts at the first character that is
 * not white space (trim takes off what `\s` matches), which must start one of its words.
 */
function mayBeChrome(text: string): boolean {
  return inSet(CHROME_FIRST, text.charCodeAt(skipSpaces(text, 0)));
}

/**
 * False when ISSUER_LABEL cannot match `raw`: each of its labels (发布部门 发文机关 发文单位) starts
 * with 发布部门 or 发文.
 */
function mayHaveIssuerLabel(raw: string): boolean {
  return raw.includes('发文') || raw.includes('发布部门');
}

/** The number of an issue of minutes: 第8期, 〔2023〕第18期, 2023年第5期 (spaces allowed between its parts). */
const ISSUE_SOURCE = '(?:[〔\\[【(]\\s*(?:19|20)\\d{2}\\s*[〕\\]】)]|(?:19|20)\\d{2}\\s*年)?\\s*第\\s*[\\d一二三四五六七八九十百〇零]+\\s*期';
const ISSUE_NUMBER = new RegExp(ISSUE_SOURCE);
/** The running number that may follow an issue's number on its line: 第5期（总第125期）. */
const RUNNING_ISSUE = /(?<=期)[(（]总第[\d一二三四五六七八九十百〇零]+期[)）]$/;
/** A title that ends in 纪要 and then the issue's number. */
const ISSUE_AFTER_TITLE = new RegExp(`纪要\\s*(${ISSUE_SOURCE})\\s*$`);

/**
 * A line of the meeting's count alone: 第二十三次, 第十五届第九次, 2023年第5次, （第二十三次会议）,
 * and a school's count within its academic year: 2022—2023学年第15次, 2022-2023学年度第一学期第3次.
 */
const SESSION_ONLY =
  /^[(（]?(?:(?:19|20)\d{2}年度?|(?:19|20)\d{2}[—－\-–~～至](?:19|20)\d{2}学年度?(?:第[一二]学期)?)?(?:第?[\d一二三四五六七八九十百〇零两]+届)?第[\d一二三四五六七八九十百〇零两]+次(?:会议)?[)）]?$/;

/** An office, white space, then a date to the end of the line (2021年11月10日, 2021.11.10, 2021-11-10). */
const OFFICE_DATE =
  /^(\S.{1,40}?)\s+((?:(?:19|20)\d{2}|[一二][〇零○O0一二三四五六七八九]{3})\s*年[^年]{1,12}日|(?:19|20)\d{2}([-./])\d{1,2}\3\d{1,2})$/;
/** A numeric date: 2021.11.10, 2021-11-10, 2021/11/10. */
const NUMERIC_DATE = /^(?:19|20)\d{2}([-./])\d{1,2}\1\d{1,2}$/;
/**
 * How the office that dates the minutes may end: a body (ORG_SUFFIX), or an office of one that
 * ORG_SUFFIX does not name alone: a company's 综合管理部, a 街道办事处, a hospital's 院办, a
 * school, a 政府办.
 */
const OFFICE_SUFFIX = new RegExp(`(?:${[...ORG_SUFFIXES, '部', '办事处', '中学', '小学', '政府办', '院办', '党政办'].join('|')})$`);

/**
 * The office and the date (YYYY-MM-DD) of a line that gives an office and then a date
 * (`鄂托克前旗人民政府办公室  2021年11月10日`, `…办公室  2021.11.10`), or null: the office must end
 * like the name of a body or of its office (OFFICE_SUFFIX).
 */
function officeAndDate(text: string): { office: string; date: string } | null {
  const m = OFFICE_DATE.exec(text);
  if (m === null) return null;
  // 院办公室编 (compiled by the office): the office is 院办公室.
  const office = removeSpaces(m[1] as string).replace(/(?<=.{2})编$/, '');
  if (!OFFICE_SUFFIX.test(office)) return null;
  const date = removeSpaces(m[2] as string);
  const d = DATE_LINE.test(date) || NUMERIC_DATE.test(date) ? parseDate(date) : null;
  return d && d.month !== null && d.day !== null ? { office, date: iso(d.year, d.month, d.day) } : null;
}

/** True when `text` (trimmed) may end in a date: in 日, or in the digit of a numeric date. */
function endsLikeDate(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x65e5 || (last >= 0x30 && last <= 0x39);
}

/** True when `compact` (no spaces) is a 文号 and nothing else: a match of it ends where it does, in 号. */
function isDocNumberAlone(compact: string): boolean {
  return compact.endsWith('号') && hasOpeningBracket(compact) && DOC_NUMBER.exec(compact)?.[0] === compact;
}

/** Title score: how much a header line reads like the minutes' own title. */
function titleScore(t: string): number {
  let s = 0;
  if (/纪要/.test(t)) s += 2;
  if (/第\s*[\d一二三四五六七八九十百〇零]+\s*次|\d{4}-\d{1,3}次|[一二三四五六七八九十]+届/.test(t)) s += 3;
  if (/会议|会$|办公会/.test(t)) s += 1;
  if (/召开|举行/.test(t)) s += 1;
  return s;
}

/**
 * Read the header blocks.
 * @param head Blocks before the first paragraph.
 * @param body The remaining blocks (the 文号 may stand in a metadata table further down).
 */
export function readHeader(head: readonly Block[], body: readonly Block[]): Header {
  let docNumber: string | null = null;
  let issueDate: string | null = null;
  let issuer: string | null = null;
  let sessionSpans: Spans | null = null;
  /** The office of an office-and-date line (鄂托克前旗人民政府办公室   2021年11月10日). */
  let dateOffice: string | null = null;
  /** The number of the issue (〔2023〕第18期), the minutes' number when there is no 文号 in 号. */
  let issueNumber: string | null = null;
  const proseHeadline: Spans[] = [];

  // Lines of one header paragraph (no blank between them) form one title candidate.
  const groups: Spans[][] = [];
  for (const b of head) {
    if (b.gapBefore || groups.length === 0) groups.push([b.spans]);
    else (groups[groups.length - 1] as Spans[]).push(b.spans);
  }

  const candidates: Array<{ spans: Spans; lines: Spans[]; raw: string; text: string; score: number; index: number }> = [];
  /** Lines of one title candidate, from group `gi`. */
  const addCandidate = (kept: Spans[], joinedText: string, gi: number): void => {
    const only = removeSpaces(joinedText);
    if (mayBeDateLine(only) || DATE_STAMP.test(joinedText)) return;
    if (isDocNumberAlone(only)) return;
    let raw = '';
    for (const s of kept) raw += s.raw.trim();
    candidates.push({ spans: kept[0] as Spans, lines: kept, raw, text: joinedText, score: titleScore(joinedText), index: gi });
    if (/主持|出席|参加/.test(joinedText)) proseHeadline.push(...kept);
  };
  // Plain loops over one array each, strings built as they go: no arrays of texts to join.
  for (let gi = 0; gi < groups.length; gi++) {
    const group = groups[gi] as Spans[];
    // The group's title lines: chrome lines (作者: 日期: | table rows) and date stamps are not. A
    // line that is no title line (a date, a 文号, the office and date) ends the title lines before
    // it, as a line ending in 纪要 does: a header set without blank lines (pdftotext, a web copy)
    // is one group of several candidates.
    let kept: Spans[] = [];
    let joinedText = '';
    const flush = (): void => {
      if (kept.length > 0) addCandidate(kept, joinedText, gi);
      kept = [];
      joinedText = '';
    };
    for (const s of group) {
      const text = s.text.trim();
      const dn: RegExpExecArray | null = !docNumber && mayHaveDocNumber(s.text) ? DOC_NUMBER.exec(s.text) : null;
      if (dn) {
        const prefix: string = (dn[1] as string).replace(/\s+/g, '').replace(/^(?:文号|发文字号)/, '');
        docNumber = `${prefix}${s.raw.slice(dn.index + (dn[1] as string).length, dn.index + dn[0].length)}`.replace(/\s+/g, '');
      }
      // Every issue label ends in 日期.
      const il = !issueDate && s.text.includes('日期') ? ISSUE_LABEL.exec(s.text) : null;
      if (il) {
        const d = parseDate((il[1] as string).replace(/\s+/g, ''));
        if (d && d.month !== null && d.day !== null) issueDate = iso(d.year, d.month, d.day);
      }
      // `text` is trimmed, so its last character is the last of `compact` (see mayBeDateLine).
      if (text.endsWith('日')) {
        const compact = removeSpaces(text);
        if (DATE_LINE.test(compact)) {
          const d = issueDate ? null : parseDate(compact);
          if (d && d.month !== null && d.day !== null) issueDate = iso(d.year, d.month, d.day);
          flush();
          continue;
        }
      }
      // The first labelled issuer (its name has no spaces to trim).
      const label = issuer || !mayHaveIssuerLabel(s.raw) ? null : ISSUER_LABEL.exec(s.raw);
      if (label) issuer = label[1] as string;
      // 鄂托克前旗人民政府办公室   2021年11月10日: the office and the date it issued the minutes.
      if (endsLikeDate(text)) {
        const od = officeAndDate(text);
        if (od !== null) {
          issueDate ??= od.date;
          // The office that issues the minutes: their issuer when nothing else names one.
          dateOffice ??= od.office;
          flush();
          continue;
        }
      }
      // A 文号 on a line of its own under the title's lines is not part of the title; nor is a
      // number in 号 without its year (第7号), which then stands for the 文号.
      if (text.endsWith('号')) {
        const compact = removeSpaces(text);
        if (isDocNumberAlone(compact) || NUMBER_ALONE.test(compact)) {
          if (!docNumber && NUMBER_ALONE.test(compact)) docNumber = compact;
          flush();
          continue;
        }
      }
      // 〔2023〕第18期 on a line of its own: the minutes' number, when they have no 文号 in 号. Of
      // 第5期（总第125期） it is the issue of the year; 总第125期 alone counts every issue.
      if (text.includes('期')) {
        const compact = removeSpaces(text).replace(RUNNING_ISSUE, '');
        const issue = ISSUE_NUMBER.exec(compact);
        const before = issue ? compact.slice(0, issue.index) : '';
        if (issue && issue[0].length >= compact.length - 2 && /^[(（]?总?$/.test(before)) {
          issueNumber ??= before.endsWith('总') ? `总${issue[0]}` : issue[0];
          flush();
          continue;
        }
      }
      // 第二十三次 under the title: the meeting's count, not part of the title.
      if (text.includes('次') && SESSION_ONLY.test(removeSpaces(text))) {
        sessionSpans ??= s;
        flush();
        continue;
      }
      if (CHROME.test(text) || DATE_STAMP.test(text)) continue;
      kept.push(s);
      joinedText += text;
      if (text.endsWith('纪要')) flush();
    }
    flush();
  }

  // A title in brackets after a 文号: 院办发〔2022〕5号(2021-2022学年度第十次校长办公会纪要)
  for (const c of candidates) {
    const m = /\(([^()]*纪要)\)\s*$/.exec(c.text);
    if (m && DOC_NUMBER.test(c.text)) {
      c.raw = c.raw.slice(c.raw.length - m[0].length + 1, c.raw.length - 1);
      c.text = m[1] as string;
      c.score += 2;
    }
  }

  // The issue's number after the title on its line: 校长办公会纪要〔2023〕第18期.
  for (const c of candidates) {
    if (!c.text.includes('期')) continue;
    const m = ISSUE_AFTER_TITLE.exec(c.text);
    if (m === null) continue;
    issueNumber ??= removeSpaces(m[1] as string);
    // (raw and text are as long as each other: the same trimmed lines, normalised or not.)
    c.raw = c.raw.slice(0, m.index + 2);
    c.text = c.text.slice(0, m.index + 2);
  }

  // A bulletin masthead before the title (园区快第五期…纪要): not part of the title.
  // The pattern needs 期, which taking out spaces neither makes nor removes.
  for (const c of candidates) {
    if (!c.text.includes('期')) continue;
    const mast = /^(.{0,8}?第[\d一二三四五六七八九十百]+期)(.{4,}纪要)$/.exec(c.text.replace(/\s+/g, ''));
    if (mast) {
      c.raw = c.raw.replace(/\s+/g, '').slice((mast[1] as string).length);
      c.text = mast[2] as string;
    }
  }

  let best: (typeof candidates)[number] | null = null;
  for (const c of candidates) if (!best || c.score >= best.score) best = c.score > 0 || !best ? c : best;
  if (best && best.score === 0 && candidates.length > 1) best = candidates[0] ?? null;

  // Issuer: a header line that names a body, else the body at the head of the title.
  for (const g of groups) {
    if (issuer) break;
    for (const s of g) {
      if (best && g.includes(best.spans) && g.length === 1) continue;
      // The cheap tests first (the regex tests have no side effects, so the order is free).
      const t = removeSpaces(s.text);
      if (t.length <= 30 && inSet(ORG_SUFFIX_LAST, t.charCodeAt(t.length - 1)) && ORG_SUFFIX.test(t) && !/\d/.test(t) && !CHROME.test(t)) {
        issuer = s.raw.replace(/\s+/g, '');
        break;
      }
    }
  }
  // The body at the head of the title, else of another header line (a masthead over a 关于… title).
  if (!issuer && best) {
    for (const head of [best, ...candidates.filter((c) => c !== best)]) {
      issuer = titleIssuer(head);
      if (issuer) break;
    }
  }

  issuer ??= dateOffice;

  // The 文号 may sit in a metadata table row in the body of a web page.
  if (!docNumber) {
    for (let k = 0; k < body.length && k < 4; k++) {
      const b = body[k] as Block;
      if (!mayBeChrome(b.spans.text) || !CHROME.test(b.spans.text.trim())) continue;
      const dn = DOC_NUMBER.exec(b.spans.text);
      if (dn) docNumber = dn[0].replace(/\s+/g, '');
    }
  }

  // 主题词：… on a line of its own or in a metadata table row (| 主 题 词: | … |).
  let keywords: string[] = [];
  for (const spans of [...groups.flat(), ...body.slice(0, 4).map((b) => (b as Block).spans)]) {
    const k = spans.text.includes('词') ? HEAD_KEYWORDS.exec(spans.raw) : null;
    if (k === null) continue;
    keywords = splitKeywords(k[1] as string);
    break;
  }

  const title = best && (best.score > 0 || candidates.length === 1) ? removeSpaces(best.raw) : null;
  return {
    keywords,
    issuer,
    title,
    titleText: title ? removeSpaces((best as (typeof candidates)[number]).text) : '',
    titleSpans: title ? (best as (typeof candidates)[number]).spans : null,
    titleLines: title ? (best as (typeof candidates)[number]).lines : [],
    sessionSpans,
    docNumber: docNumber ?? issueNumber,
    issueDate,
    proseHeadline,
    meetingDateFrom,
  };
}

/**
 * The body at the head of a title line (鄂托克前旗人民政府2021年第16次…, 城投集团总经理办公会议纪要,
 * 小梅沙社区召开…会议), or null; 我委参加长三角…联席会议办公室第二次会议 names the body after 参加/出席.
 */
function titleIssuer(line: { text: string; raw: string }): string | null {
  const t = removeSpaces(line.text);
  const m = TITLE_ISSUER.exec(t);
  if (!m) return null;
  let body = m[1] as string;
  let skip = 0;
  const joined = /^.{1,6}?(?:参加|出席)/.exec(body);
  if (joined) {
    skip = joined[0].length;
    body = body.slice(skip);
  }
  if (body.length < 2 || /主持|召开|参加|出席|^第|届/.test(body)) return null;
  // Cut the same non-space characters from the original.
  return takeCompact(line.raw, skip + body.length).slice(takeCompact(line.raw, skip).length);
}

/** The first `n` non-space characters of `raw`. */
function takeCompact(raw: string, n: number): string {
  let out = '';
  for (const ch of raw) {
    if (/\s/.test(ch)) continue;
    if (out.length >= n) break;
    out += ch;
  }
  return out;
}

/** The meeting date at the start of the opening: `2021 年 11 月 9 日，…` (all three parts). */
function meetingDateFrom(opening: string): string | null {
  const stop = opening.indexOf('。');
  const firstSentence = stop < 0 ? opening : opening.slice(0, stop);
  // The usual opening starts with the full date: the first date found below, whatever the reference.
  const lead = leadingDate(firstSentence);
  if (lead) return iso(lead.year, lead.month, lead.day);
  // 4月1日下午,…召开学院2020年第7次党政联席会议: the year of the meeting's own count.
  const own = MEETING_YEAR.exec(firstSentence);
  const ref = own ? { year: Number(own[1]) } : undefined;
  for (const d of extractDatesUntil(firstSentence, 30, ref)) {
    if (d.year !== null && d.month !== null && d.day !== null && (!d.inferred || (own && d.month !== null))) {
      return iso(d.year, d.month, d.day);
    }
  }
  return null;
}

/** A month and day at the start of a text, before any year: 11月9日上午, 十一月九日. */
const MONTH_DAY = /^\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日/;

/**
 * The meeting date when `text` (the opening's first sentence, a 时间： line's date) starts with a
 * month and day alone, as minutes under a header that carries the year often do: the year of `ref`
 * (the issue or print date, YYYY-MM-DD), or the year before when that day would come after `ref`
 * (a December meeting issued in January). Null for no month and day, or a day no calendar has.
 */
export function meetingDayBefore(text: string, ref: string): string | null {
  const m = MONTH_DAY.exec(text);
  if (m === null) return null;
  const month = parseSmallInteger(m[1] as string);
  const day = parseSmallInteger(m[2] as string);
  if (month === null || day === null) return null;
  const refYear = Number(ref.slice(0, 4));
  const later = month * 100 + day > Number(ref.slice(5, 7)) * 100 + Number(ref.slice(8, 10));
  const year = later ? refYear - 1 : refYear;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? iso(year, month, day) : null;
}

/** The year a meeting is counted in: 2020年第7次, 2016年长三角…联席会议. */
const MEETING_YEAR = /((?:19|20)\d{2})\s*年度?\s*(?:第\s*[\d一二三四五六七八九十百]+\s*次|[^,，。;；\d]{0,30}?(?:会议|会)(?!议))/;

const N = '[\\d一二三四五六七八九十百〇零两]+';
const TERM_AND_NUMBER = new RegExp(`(?:第\\s*)?(${N})\\s*届[^。,，第次]{0,14}?(?:第\\s*)?(${N})\\s*次`);
const YEAR_AND_NUMBER = new RegExp(`((?:19|20)\\d{2})\\s*年度?\\s*第\\s*(${N})\\s*次`);
const YEAR_DASH = /((?:19|20)\d{2})-(\d{1,3})次/;
const NUMBER_ONLY = new RegExp(`第\\s*(${N})\\s*次`);

/**
 * The meeting's session from a title or the opening's first sentence.
 * @param spans The text to read.
 * @param pos Maps a range of `spans` to a position.
 * @param limit Read only the first `limit` characters.
 */
export function readSession(
  spans: Spans | null,
  pos: (spans: Spans, from: number, to: number) => Position,
  limit?: number,
): Session | null {
  if (!spans) return null;
  const text = limit === undefined ? spans.text : spans.text.slice(0, limit);
  const found = (m: RegExpExecArray, number: number | null, term: number | null, year: number | null): Session => ({
    number,
    term,
    year,
    text: spans.raw.slice(m.index, m.index + m[0].length).replace(/\s+/g, ''),
    position: pos(spans, m.index, m.index + m[0].length),
  });
  const tn = TERM_AND_NUMBER.exec(text);
  if (tn) return found(tn, parseSmallInteger(tn[2] as string), parseSmallInteger(tn[1] as string), null);
  const yn = YEAR_AND_NUMBER.exec(text);
  if (yn) return found(yn, parseSmallInteger(yn[2] as string), null, Number(yn[1]));
  const yd = YEAR_DASH.exec(text);
  if (yd) return found(yd, Number(yd[2]), null, Number(yd[1]));
  const n = NUMBER_ONLY.exec(text);
  if (n) return found(n, parseSmallInteger(n[1] as string), null, null);
  return null;
}

/** The kind of meeting named in `text` (常务会议, 校长办公会 …), or null. */
export function readKind(text: string): string | null {
  const compact = removeSpaces(text);
  const m = KINDS.exec(compact);
  if (m) return m[1] as string;
  // 区委常委会2023年第15次会议: a standing committee's meeting, its count between the two words.
  return STANDING_MEETING.test(compact) ? '常委会会议' : null;
}

/** 常委会 … 会议 with the year and count of the meeting between them. */
const STANDING_MEETING = /常委会(?:(?:19|20)\d{2}年度?)?(?:第[\d一二三四五六七八九十百]+次)?(?:全体)?会议/;
