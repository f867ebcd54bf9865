/**
 * Build the document from blocks: the header (issuer, title, 文号, dates), the opening, the
 * agenda items with their heading hierarchy and typed paragraphs, resolutions, attendance,
 * distribution and the printing line. Headings nest by numbering style in order of first use
 * (一、 → (一) → 1. → (1) in most minutes, but 1、 or 第一 when those are the top level).
 */
import type { Collector } from '../diagnostics.js';
import type { LineCounter } from '../line-counter.js';
import { findProseAttendance, findReporters } from '../recognisers/attendance.js';
import { meetingDayBefore, readHeader, readSession, readKind, type Header } from '../recognisers/header.js';
import {
  ATTACHMENT_LABEL,
  type AttendanceLabel,
  closeLabelSpaces,
  DISCLOSURE_LINE,
  isContactOrWebLine,
  KEYWORDS_LABEL,
  splitKeywords,
  matchAttendanceLabel,
  matchDistributionLabel,
  matchPrintLine,
  noteTopics,
  parseTopics,
} from '../recognisers/labels.js';
import { type Lead, matchLead } from '../recognisers/lead.js';
import { findInlineMarkers, type Marker, matchMarker, type MarkerStyle } from '../recognisers/markers.js';
import { forgetEntries, isBody, parseEntry, parsePeople, type PersonMatch, withoutBrackets } from '../recognisers/people.js';
import { findReferral, findResolutions, isGeneralVerb, namesDecisions, readClauseResolution } from '../recognisers/resolution.js';
import { parseDate, startingDate } from '../extractors/date.js';
import type { Attachment, Attendance, Item, Meta, Paragraph, Position, Resolution } from '../schema.js';
import { countNonSpace, hasAnyUnit, hasUnit, isSpace, removeSpaces } from '../text/chars.js';
import { originalOf, type Spans } from '../text/spans.js';
import type { Block } from './unwrap.js';

/** What the build stage needs besides the blocks. */
export interface BuildContext {
  original: string;
  normalised: string;
  counter: LineCounter;
  toSource: (offset: number) => number;
  file: Collector;
}

/** A block of content with the item it sits in (for amounts, dates and quantities). */
export interface ContentRun {
  spans: Spans;
  /** Start of the text to read within `spans` (after a heading's number). */
  from: number;
  /** End of the text to read (a heading's end, when a paragraph follows it on its line); the end of `spans` when absent. */
  to?: number;
  item: number | null;
}

/** The document, before amounts, quantities and dates are read. */
export interface Built {
  meta: Meta;
  opening: { text: string; position: Position } | null;
  items: Item[];
  paragraphs: Paragraph[];
  resolutions: Resolution[];
  attendance: Attendance[];
  distribution: { to: string[]; cc: string[] };
  attachments: Attachment[];
  /** Every run of prose, for the extractors. */
  runs: ContentRun[];
}

const DATE_ONLY = /^(?:(?:19|20)\d{2}|[一二][〇零○O0一二三四五六七八九]{3})\s*年\s*[\d一二三四五六七八九十〇零○]{1,3}\s*月\s*[\d一二三四五六七八九十〇零○]{1,3}\s*日$/;
const ORG_LINE = /^[\u4e00-\u9fff（）()]{2,30}(?:人民政府|政府|办公室|办公厅|委员会|常委会|管委会|党委|党组|政协|学院|大学|学校|公司|集团|局|厅|委|部|院|中心)$/;
const TIME_LABEL = /^(?:会议)?时间\s*[:：]\s*/;
const PLACE_LABEL = /^(?:会议)?地点\s*[:：]\s*/;
const CLAUSE_END = /[。;；:：,，\s]+$/;

/** A list of numbered clauses being read (see `Builder.list`). */
interface OpenList {
  /** The numbering style of its clauses, once the first is read. */
  style: MarkerStyle | null;
  depth: number;
  /** Its clauses are decisions (resolutions); else paragraphs of `lead`. */
  decision: boolean;
  /** The lead of its lead-in (议定, 要求 …). */
  lead: string;
  /** The index in `resolutions` of its first clause's resolution. */
  first: number;
  /** The specific decision verb of its lead-in, for clauses that name none (会议原则同意…方案：). */
  verb: string | null;
}

/** A line that refers the decisions above it: 上述事项提交…研究, 以上事项报…审定. */
const LIST_REFERRAL = /^(?:(?:上述|以上)(?:事项|议定事项|决定事项|事宜|议题|方案)?|(?:该|此)(?:事项|方案|计划|办法|议题|项目))/;

/** Leads that name a topic (会议听取了…汇报, 会议审议了《…》): a numbered line led so is a heading. */
const TOPIC_LEADS = new Set(['听取', '审议', '研究', '讨论', '传达', '学习', '通报', '部署', '协商']);

/** Leads that open a list of points without deciding: 会议要求：, 会议强调以下几点：, 会议明确如下：. */
const LIST_LEADS = new Set(['要求', '强调', '指出', '提出', '明确']);
/** What may follow such a lead in its lead-in: 如下, 以下几点, 以下要求, then the colon. */
const LIST_TAIL = /^了?(?:以下|如下)?(?:几点|几项|要求|意见|事项)?(?:如下)?\s*[:：]?\s*$/;

/** A line of an attendance list that names its topic first: 议题一：…, 第二项议题：…. */
const TOPIC_LINE = /^(?:议题([一二三四五六七八九十\d]+)|第([一二三四五六七八九十\d]+)项议题)\s*[:：]\s*/;

/** Who does a decision and by when, on a line under it: 责任单位：… 牵头部门：… 完成时限：…. */
const DUTY_LINE = /^(?:(?:牵头|责任|主办|协办|配合|承办|实施)(?:单位|部门|领导|人|科室)|(?:完成|办结)(?:时限|时间)|时间节点|时限要求)\s*[:：]/;
/** What ends a distribution entry besides its separator (trimmed off). */
const ENTRY_END = /[。.\s]+$/;
/** Separators between distribution entries. */
const ENTRY_SEPARATORS = ',，、;；';

/**
 * Build the document tree from blocks.
 *
 * Note: the work is split into small methods of {@link Builder}, one per kind of block, rather
 * than one long function: V8 optimises (and, when an object shape it assumed changes,
 * re-optimises) a function as a whole, and one function of this size took about half a second
 * to optimise each time, in each thread of a batch.
 */
export function build(input: readonly Block[], ctx: BuildContext): Built {
  forgetEntries();
  const blocks = splitInlineMarkers(splitGluedTitle(input, ctx), ctx);
  let bodyStart = 0;
  while (bodyStart < blocks.length && bodyStart < 14 && isHeaderLike((blocks[bodyStart] as Block).spans.text)) bodyStart++;
  const header: Header = readHeader(blocks.slice(0, bodyStart), blocks.slice(bodyStart));
  const builder = new Builder(ctx, blocks, bodyStart, header);
  for (let bi = bodyStart; bi < blocks.length; bi++) bi = builder.block(bi);
  builder.proseAttendance();
  builder.reporters();
  builder.finish();
  return builder.built();
}

/** An open item, with the numbering style that opened it. */
interface Open {
  item: Item;
  style: MarkerStyle;
}

/** The state of one build: what has been found so far, and where the reading stands. */
class Builder {
  readonly meta: Meta;
  readonly items: Item[] = [];
  readonly docParagraphs: Paragraph[] = [];
  readonly resolutions: Resolution[] = [];
  readonly attendance: Attendance[] = [];
  readonly distribution = { to: [] as string[], cc: [] as string[] };
  readonly attachments: Attachment[] = [];
  /** A label that stood alone on its line, and the group its people (one a line) go to. */
  openLabel: { label: AttendanceLabel; spans: Spans; group: Attendance | null; onePerLine?: boolean } | null = null;
  /** The lines read last were an attachment list: a numbered line goes on with it. */
  inAttachments = false;
  readonly runs: ContentRun[] = [];
  opening: Built['opening'] = null;
  openingSpans: Spans | null = null;
  readonly proseBlocks: Spans[] = [];
  /** Open items, outermost first. */
  readonly stack: Open[] = [];
  readonly styleLevels: MarkerStyle[] = [];
  /**
   * Inside a list's lead-in: after `会议议定：` numbered clauses are resolutions, after `会议要求：`
   * paragraphs of that lead; not sub-headings either way.
   */
  list: OpenList | null = null;
  /** Past the attendance or distribution lines. */
  tail = false;
  /** The field of the distribution line just read, whose list a line of bodies may go on. */
  openDistribution: 'to' | 'cc' | null = null;
  /** The date of a 时间： line that gave no year (11月9日上午), for the issue date's year. */
  timeLine: string | null = null;
  readonly pos: (spans: Spans, from: number, to: number) => Position;

  constructor(
    private readonly ctx: BuildContext,
    private readonly blocks: readonly Block[],
    private readonly bodyStart: number,
    private readonly header: Header,
  ) {
    const { counter, toSource } = ctx;
    this.pos = (spans: Spans, from: number, to: number): Position => {
      const [a, b] = spans.span(from, to);
      return counter.position(toSource(a), toSource(b));
    };
    this.meta = {
      issuer: header.issuer,
      kind: null,
      title: header.title,
      docNumber: header.docNumber,
      session: null,
      meetingDate: null,
      meetingDateInferred: false,
      issueDate: header.issueDate,
      printedBy: null,
      printDate: null,
      chair: null,
      keywords: header.keywords,
      disclosure: null,
    };
  }

  built(): Built {
    return {
      meta: this.meta,
      opening: this.opening,
      items: this.items,
      paragraphs: this.docParagraphs,
      resolutions: this.resolutions,
      attendance: this.attendance,
      distribution: this.distribution,
      attachments: this.attachments,
      runs: this.runs,
    };
  }

  /**
   * Read block `bi` of the body.
   *
   * @returns the index of the last block it used (a table uses its rows too)
   */
  block(bi: number): number {
    const spans = (this.blocks[bi] as Block).spans;
    const text = spans.text;
    if (text.length <= 16) {
      const last = this.attendanceTable(bi, spans, text);
      if (last !== null) return last;
    }
    if (this.personLine(spans, text)) return bi;
    if (this.footerLine(spans, text)) return bi;
    if (this.attendanceLine(spans, text)) return bi;
    if (this.timeOrPlaceLine(text)) return bi;
    if (this.distributionLine(bi, spans, text)) return bi;
    if (this.printLine(bi, spans, text)) return bi;
    if (this.dateOrSignature(bi, text)) return bi;
    const marker = matchMarker(text);
    if (marker) {
      if (this.inList(marker.style) && !isTitledPoint(text.slice(marker.length))) this.clause(spans, text, marker);
      else if (this.numberedSentence(spans, text, marker)) return bi;
      else this.heading(spans, text, marker);
      return bi;
    }
    this.paragraph(spans, text);
    return bi;
  }

  private offsetOf(spans: Spans, i: number): number {
    return spans.span(i, i)[0];
  }

  private topOrdinal(): number | null {
    const top = this.stack[0];
    return top ? top.item.ordinal : null;
  }

  private addParagraph(p: Paragraph): void {
    const open = this.stack[this.stack.length - 1];
    if (open) open.item.paragraphs.push(p);
    else this.docParagraphs.push(p);
  }

  /** @param lead The lead at `from` (the caller has matched it already). */
  private addTypedParagraph(spans: Spans, from: number, to: number, lead: Lead | null): void {
    this.addParagraph({
      lead: lead?.lead ?? null,
      leadText: lead ? spans.raw.slice(from, from + lead.length) : null,
      text: spans.raw.slice(from, to),
      position: this.pos(spans, from, to),
    });
    this.runs.push({ spans, from, item: this.topOrdinal() });
  }

  private addResolutions(spans: Spans, text: string, offset: number, item: number | null): void {
    for (const r of findResolutions(text, offset, false)) this.resolutions.push(toResolution(r, spans, item, this.pos));
  }

  private people(spans: Spans, found: readonly PersonMatch[]): Attendance['people'] {
    return found.map((p) => ({
      name: cleanName(spans, p),
      titles: p.titles.map((t) => originalOf(spans.text, spans.raw, t)),
      note: p.note,
      topics: noteTopics(p.note),
      position: this.pos(spans, p.start, p.end),
    }));
  }

  /**
   * An attendance table (Markdown or HTML input): a label (出席, 议题一、二列席) on its own, then a
   * header row naming 姓名, then one row per person.
   *
   * @returns the index of its last row, or null when block `bi` does not start one
   */
  private attendanceTable(bi: number, spans: Spans, text: string): number | null {
    const tableLabel = matchAttendanceLabel(`${text.trim()}：`);
    const headerRow = this.blocks[bi + 1];
    if (!tableLabel || tableLabel.length !== text.trim().length + 1 || !headerRow) return null;
    const blocks = this.blocks;
    const group = (people: Attendance['people'], units: string[]): void => {
      this.attendance.push({ role: tableLabel.role, label: spans.raw.trim(), topics: tableLabel.topics, people, units, position: this.pos(spans, 0, text.length) });
      this.tail = this.stack.length > 0 || this.tail;
    };
    if (!isNameHeader(headerRow.spans.text)) {
      // The bodies of a group without people, as the Markdown writes them (**单位**：…).
      const units = unitsLine(headerRow.spans);
      if (units === null) return null;
      group([], units);
      return bi + 1;
    }
    const columns = headerRow.spans.text.split('\t').map((c) => c.trim());
    const col = (re: RegExp) => columns.findIndex((c) => re.test(c));
    const nameAt = col(/^姓\s*名$/);
    const titleAt = col(/^(?:职务|职位|单位及职务|职\s*务)$/);
    const noteAt = col(/^(?:备注|说明)$/);
    const people: Attendance['people'] = [];
    let k = bi + 2;
    // Rows follow the header line by line; a blank line ends the table.
    for (; k < blocks.length && !(blocks[k] as Block).gapBefore; k++) {
      const row = (blocks[k] as Block).spans;
      const cells = cellSpans(row.text);
      const cell = (at: number) => (at >= 0 && cells[at] ? row.raw.slice((cells[at] as [number, number])[0], (cells[at] as [number, number])[1]).trim() : '');
      const name = cell(nameAt).replace(/\s+/g, '');
      if (!name) continue;
      const titles = cell(titleAt);
      const [s0, e0] = cells[nameAt] ?? [0, row.text.length];
      people.push({
        name,
        titles: titles ? titles.split(/[、，,]/).map((t) => t.trim()).filter(Boolean) : [],
        note: cell(noteAt) || null,
        topics: noteTopics(cell(noteAt) || null),
        position: this.pos(row, s0, e0),
      });
    }
    // The group's bodies may follow its table (**单位**：…).
    const after = blocks[k];
    const units = after ? unitsLine(after.spans) : null;
    if (people.length === 0 && units === null) return null;
    group(people, units ?? []);
    return units === null ? k - 1 : k;
  }

  /**
   * A line under a label that stood alone: one person (参加会议人员： then 覃海燕　副市长 a line), or
   * a list of them (出席人员： then 县委常委、常务副县长钱伟，副县长孙红、李娜 on the next line),
   * which may name its topic first (议题一：县林业局局长冯军，…). Added to that label's group,
   * which the first such line opens.
   */
  private personLine(spans: Spans, text: string): boolean {
    const open = this.openLabel;
    if (open === null) return false;
    let people: Attendance['people'] = [];
    let units: string[] = [];
    let topic: RegExpExecArray | null = null;
    if (open.onePerLine) {
      // After a label line with people on it, only a line of one person goes on with its group.
      const person =
        text.length <= 40 && matchMarker(text) === null && !hasAnyUnit(withoutBrackets(text), '、，,；;。') && !matchAttendanceLabel(text) ? parseEntry(text) : null;
      if (person !== null) people = this.people(spans, [person]);
    } else if (!matchAttendanceLabel(text) && !matchDistributionLabel(text)) {
      topic = TOPIC_LINE.exec(text);
      const at = topic === null ? 0 : topic[0].length;
      // A list when it names several people (one person's titles are listed with 、 too:
      // 赵栓　旗委常委、政府副旗长).
      const listed = hasAnyUnit(text, '、，,；;', at) ? parsePeople(text.slice(at), at).people.length : 0;
      const person = listed < 2 && topic === null && text.length <= 40 ? parseEntry(text) : null;
      if (person !== null) people = this.people(spans, [person]);
      else if (listed > 0 || topic !== null) {
        ({ people, units } = this.readList(spans, text.slice(at), at));
        if (topic !== null) for (const p of people) p.topics = parseTopics((topic[1] ?? topic[2]) as string);
      }
    }
    if (people.length === 0 && units.length === 0) {
      // 议题一：… whose entries could not be read (each has its warning) is still the group's line.
      if (topic !== null) return true;
      this.openLabel = null;
      return false;
    }
    if (open.group === null) {
      open.group = { role: open.label.role, label: open.spans.raw.slice(0, open.label.labelLength).trim(), topics: open.label.topics, people, units, position: this.pos(open.spans, 0, open.spans.text.length) };
      this.attendance.push(open.group);
    } else {
      open.group.people.push(...people);
      open.group.units.push(...units);
    }
    return true;
  }

  /**
   * The people and bodies of an attendance list (`body`, at `offset` in the line); an entry that is
   * neither gets a person-unparsed warning.
   */
  private readList(spans: Spans, body: string, offset: number): { people: Attendance['people']; units: string[] } {
    const { people, unparsed } = parsePeople(body, offset);
    const units: string[] = [];
    for (const u of unparsed) {
      if (isBody(u.text)) {
        units.push(spans.raw.slice(u.start, u.end).trim());
        continue;
      }
      const at = this.offsetOf(spans, u.start);
      this.ctx.file.add('person-unparsed', `no personal name in '${spans.raw.slice(u.start, u.end)}'`, at, spans.span(u.end, u.end)[0]);
    }
    return { people: this.people(spans, people), units };
  }

  /** Attendance label lines: 主持： 出席： 议题一、二列席： … */
  private attendanceLine(spans: Spans, text: string): boolean {
    const label = matchAttendanceLabel(text);
    if (!label) return false;
    this.tail = this.stack.length > 0 || this.tail;
    const body = text.slice(label.length);
    if (body.trim() === '') {
      // The people follow, one a line.
      this.openLabel = { label, spans, group: null };
      return true;
    }
    const { people, units } = this.readList(spans, body, label.length);
    if (people.length === 0 && units.length === 0) return true;
    const group: Attendance = {
      role: label.role,
      label: spans.raw.slice(0, label.labelLength).trim(),
      topics: label.topics,
      people,
      units,
      position: this.pos(spans, 0, text.length),
    };
    this.attendance.push(group);
    // The next lines may go on with one person each (列席：集团纪委书记  王丹 | 监事会主席  吕建平).
    this.openLabel = { label, spans, group, onePerLine: true };
    return true;
  }

  /**
   * What stands under the body: the attachment list (附件：1．… and its further numbered lines), the
   * disclosure note (（此件公开发布）), the subject words (主题词：…), a contact line.
   */
  private footerLine(spans: Spans, text: string): boolean {
    const inList = this.inAttachments;
    this.inAttachments = false;
    const first = text.charCodeAt(0);
    if (inList) {
      // A further numbered line of the list: a title, not a sentence.
      const marker = matchMarker(text);
      if (marker && (marker.style === 'num' || marker.style === 'cn') && text.length <= 80 && !text.includes('。')) {
        this.attachment(spans, marker.length, text.length);
        this.inAttachments = true;
        return true;
      }
    }
    if (first === 0x9644 /* 附 */) {
      const m = ATTACHMENT_LABEL.exec(text);
      if (m === null) return false;
      const after = m[0].length;
      if (after < text.length) this.attachment(spans, after + (matchMarker(text.slice(after))?.length ?? 0), text.length);
      this.inAttachments = true;
      return true;
    }
    if (first === 0x28 /* ( */ || first === 0xff08 /* （ */) {
      const d = DISCLOSURE_LINE.exec(text.trim());
      if (d === null) return false;
      this.meta.disclosure ??= removeSpaces(d[1] as string);
      return true;
    }
    if (first === 0x4e3b /* 主 */) {
      const k = KEYWORDS_LABEL.exec(text);
      if (k === null) return false;
      this.meta.keywords = splitKeywords(spans.raw.slice(k[0].length));
      return true;
    }
    return isContactOrWebLine(text);
  }

  /** An attachment's title: [from, to) of the block, trimmed. */
  private attachment(spans: Spans, from: number, to: number): void {
    let a = from;
    let b = to;
    while (a < b && isSpace(spans.text.charCodeAt(a))) a++;
    while (b > a && (isSpace(spans.text.charCodeAt(b - 1)) || spans.text.charCodeAt(b - 1) === 0x3b || spans.text.charCodeAt(b - 1) === 0xff1b)) b--;
    if (b > a) this.attachments.push({ title: spans.raw.slice(a, b), position: this.pos(spans, a, b) });
  }

  /** 时间：… (the meeting date) and 地点：… lines. */
  private timeOrPlaceLine(line: string): boolean {
    const text = closeLabelSpaces(line)?.text ?? line; // 时　间：
    if ((text.startsWith('时间') || text.startsWith('会议时间')) && TIME_LABEL.test(text)) {
      const when = text.replace(TIME_LABEL, '');
      const d = startingDate(when);
      if (d && !this.meta.meetingDate) this.meta.meetingDate = iso(d.year, d.month, d.day);
      else this.timeLine ??= when; // the month and day alone: the year comes from the issue date
      return true;
    }
    return (text.startsWith('地点') || text.startsWith('会议地点')) && PLACE_LABEL.test(text);
  }

  /** Distribution: 分送： 抄送： */
  private distributionLine(bi: number, spans: Spans, text: string): boolean {
    const dist = matchDistributionLabel(text);
    if (!dist) {
      // A further line of bodies under a distribution line (抄送：县委办公室，县政协办公室 | 县人武部).
      const field = this.openDistribution;
      this.openDistribution = null;
      if (field === null || text.length > 60) return false;
      const entries = distributionEntries(spans, text, 0);
      if (entries.length === 0 || !entries.every((e) => isBody(e))) return false;
      // One body over a date or a printing line signs or prints the minutes.
      if (entries.length === 1 && this.isPrintOffice(bi)) return false;
      this.distribution[field].push(...entries);
      this.openDistribution = field;
      return true;
    }
    this.tail = true;
    this.distribution[dist.field].push(...distributionEntries(spans, text, dist.length));
    // A list that ends with 。 is whole (…法院，检察院。 and then the printing office).
    this.openDistribution = ENTRY_END.test(text) && !/\s$/.test(text) ? null : dist.field;
    return true;
  }

  /** Printing line: 鄂托克前旗人民政府办公室 2021年11月10日印发 (see matchPrintLine). */
  private printLine(bi: number, spans: Spans, text: string): boolean {
    const print = matchPrintLine(text);
    if (print === null) return false;
    this.tail = true;
    const d = parseDate(print.date.replace(/\s+/g, ''));
    if (d && d.month !== null && d.day !== null) this.meta.printDate = iso(d.year, d.month, d.day);
    if (print.office) this.meta.printedBy = spans.raw.slice(0, print.office.length).replace(/\s+/g, '');
    else {
      const prev = this.blocks[bi - 1];
      if (prev && ORG_LINE.test(prev.spans.text.replace(/\s+/g, ''))) this.meta.printedBy = prev.spans.raw.replace(/\s+/g, '');
    }
    return true;
  }

  /** A date alone near the end (the issue date under the signature), or the signature line before it or before the printing line. */
  private dateOrSignature(bi: number, text: string): boolean {
    if (text.length > 40) return false;
    const compact = removeSpaces(text);
    if (text.length < 40 && DATE_ONLY.test(compact) && (this.stack.length > 0 || bi > this.bodyStart)) {
      const d = parseDate(compact);
      if (d && d.month !== null && d.day !== null && !this.meta.issueDate) this.meta.issueDate = iso(d.year, d.month, d.day);
      this.tail = true;
      return true;
    }
    return ORG_LINE.test(compact) && this.isPrintOffice(bi);
  }

  /** Whether the line after block `bi` is a date alone or a printing line (so `bi` signs or prints). */
  private isPrintOffice(bi: number): boolean {
    const next = this.blocks[bi + 1];
    return next !== undefined && (DATE_ONLY.test(removeSpaces(next.spans.text)) || matchPrintLine(next.spans.text) !== null);
  }

  /** Whether a numbered line in this style continues the open list of clauses. */
  private inList(style: MarkerStyle): boolean {
    const list = this.list;
    if (list === null || this.stack.some((s) => s.style === style)) return list !== null && list.style === style;
    // A new style: the list's first clause, or (in a list of requirements) a sub-point of its clause.
    return list.style === null || list.style === style || !list.decision;
  }

  /**
   * A numbered clause of a list: of a decision list (会议议定：一、… 二、…) a resolution, of a list
   * of requirements (会议要求：1.… 2.…) a paragraph of that lead.
   */
  private clause(spans: Spans, text: string, marker: Marker): void {
    const list = this.list as OpenList;
    list.style ??= marker.style;
    if (list.decision) this.numberedResolution(spans, text, marker, list.verb);
    const lead = matchLead(text.slice(marker.length), true);
    this.addParagraph({
      lead: lead?.lead ?? (list.decision ? null : list.lead),
      leadText: lead ? spans.raw.slice(marker.length, marker.length + lead.length) : null,
      text: spans.raw,
      position: this.pos(spans, 0, text.length),
    });
    this.runs.push({ spans, from: marker.length, item: this.topOrdinal() });
  }

  /**
   * A numbered line that records a decision: a resolution with its number, the whole line its
   * text, and `verb` when it names none.
   */
  private numberedResolution(spans: Spans, text: string, marker: Marker, verb: string | null = null): void {
    const r = readClauseResolution(text.slice(marker.length));
    this.resolutions.push({
      item: this.topOrdinal(),
      number: spans.raw.slice(0, marker.length).trim(),
      text: spans.raw.slice(marker.length).trim(),
      verb: r.verb ?? verb,
      referral: r.referral === null ? null : originalOf(text, spans.raw, r.referral),
      position: this.pos(spans, 0, text.length),
    });
  }

  /**
   * A numbered sentence that leads with 会议 (（1）会议同意…, 二、会议要求，…): a typed paragraph
   * of the open item, and a resolution with its number when it decides; not a sub-heading. A
   * decision opens an item at the top level (一、会议审议并原则通过《…》 names the topic), and
   * 会议听取了…汇报, 会议审议了《…》 always name one.
   *
   * @returns false when the line is a heading
   */
  private numberedSentence(spans: Spans, text: string, marker: Marker): boolean {
    const body = text.slice(marker.length);
    const lead = matchLead(body);
    if (lead === null || !lead.subject || TOPIC_LEADS.has(lead.lead) || (lead.decision && this.stack.length === 0)) return false;
    // 三、会议要求，… between the items 二、 and 四、 is an item of its own.
    if (this.stack.some((open) => open.style === marker.style)) return false;
    this.list = null;
    if (lead.decision) this.numberedResolution(spans, text, marker);
    this.addParagraph({
      lead: lead.lead,
      leadText: spans.raw.slice(marker.length, marker.length + lead.length),
      text: spans.raw,
      position: this.pos(spans, 0, text.length),
    });
    this.runs.push({ spans, from: marker.length, item: this.topOrdinal() });
    if (!lead.decision) this.addResolutions(spans, body, marker.length, this.topOrdinal());
    return true;
  }

  /** A numbered heading: opens an item at the level of its numbering style. */
  private heading(spans: Spans, text: string, marker: Marker): void {
    const stack = this.stack;
    const file = this.ctx.file;
    this.list = null;
    if (this.tail) file.add('unplaced-text', 'a numbered heading after the attendance or distribution lines', this.offsetOf(spans, 0), this.offsetOf(spans, text.length));
    // Level: the style's place among styles in use; a known style closes deeper items.
    let depth = stack.findIndex((s) => s.style === marker.style);
    if (depth < 0) {
      depth = stack.length;
      if (!this.styleLevels.includes(marker.style)) this.styleLevels.push(marker.style);
    }
    const siblings = depth === 0 ? this.items : (stack[depth - 1] as Open).item.children;
    stack.length = depth;
    const prevSibling = siblings[siblings.length - 1];
    const expected = prevSibling ? prevSibling.ordinal + 1 : 1;
    if (marker.ordinal !== expected) {
      file.add('heading-sequence', `heading number ${marker.ordinal} follows ${expected - 1}`, this.offsetOf(spans, 0), this.offsetOf(spans, marker.length));
    }
    // A numbered paragraph (一、…。会议强调…) has its first sentence as heading.
    const rest = text.slice(marker.length);
    const stop = /[。:：](?=.)/.exec(rest);
    const headEnd = marker.length + (stop ? stop.index : rest.length);
    const headText = spans.raw.slice(marker.length, headEnd).replace(CLAUSE_END, '').trim();
    const item: Item = {
      ordinal: siblings.length + 1,
      number: spans.raw.slice(0, marker.length).trim(),
      level: depth + 1,
      heading: headText,
      position: this.pos(spans, 0, headEnd),
      children: [],
      paragraphs: [],
    };
    siblings.push(item);
    stack.push({ item, style: marker.style });
    // The heading alone: a paragraph after it on its line is a run of its own (below).
    this.runs.push(stop ? { spans, from: marker.length, to: headEnd, item: this.topOrdinal() } : { spans, from: marker.length, item: this.topOrdinal() });
    const head = text.slice(marker.length, headEnd);
    const bare = matchLead(head, true);
    // (二、议定事项 names the decisions below it and records none.)
    if (bare?.decision && !bare.subject && !stop && !namesDecisions(head)) {
      // 一、同意…方案。 (minutes made of numbered decisions): the heading is the decision.
      this.numberedResolution(spans, text, marker);
    } else {
      // A heading that ends as a decision list's lead-in (一、会议听取了…汇报，议定如下：).
      const leadIn = stop ? null : listStart(head);
      // The heading itself may record a decision (会议研究决定事项如下：一、同意…).
      this.addResolutions(spans, leadIn === null ? head : head.slice(0, leadIn.at), marker.length, this.topOrdinal());
      if (leadIn !== null) this.openList(leadIn.lead, head.slice(leadIn.at));
    }
    if (stop) {
      const pStart = headEnd + 1;
      const after = text.slice(pStart);
      const leadIn = listStart(after);
      this.addTypedParagraph(spans, pStart, text.length, matchLead(after) ?? (leadIn?.at === 0 ? leadIn.lead : null));
      this.addResolutions(spans, leadIn === null ? after : after.slice(0, leadIn.at), pStart, this.topOrdinal());
      if (leadIn !== null) this.openList(leadIn.lead, after.slice(leadIn.at));
    }
  }

  /**
   * Open a list of numbered clauses after its lead-in (see {@link listLeadIn}); `leadIn` is its
   * text, whose specific decision verb (会议原则同意…方案： → 原则同意) its clauses take.
   */
  private openList(lead: Lead, leadIn: string): void {
    const decision = lead.decision || lead.lead === '明确';
    const verb = decision ? readClauseResolution(leadIn).verb : null;
    this.list = {
      style: null,
      depth: this.stack.length,
      decision,
      lead: lead.lead,
      first: this.resolutions.length,
      verb: verb !== null && isGeneralVerb(verb) ? null : verb,
    };
  }

  /** A referral on a line of its own refers the list's resolutions from `first` on that have none. */
  private referList(spans: Spans, text: string, first: number): void {
    const body = findReferral(text);
    if (body === null) return;
    const referral = originalOf(text, spans.raw, body);
    for (const r of this.resolutions.slice(first)) if (r.referral === null) r.referral = referral;
  }

  /** A paragraph: the opening, a decision list's lead-in, or a typed paragraph. */
  private paragraph(spans: Spans, text: string): void {
    const stack = this.stack;
    const lead = matchLead(text);
    const listLead = listLeadIn(text);
    if (listLead !== null) {
      this.openList(listLead, text);
      this.addTypedParagraph(spans, 0, text.length, lead ?? listLead);
      return;
    }
    // 责任单位：… 完成时限：… under a decision: the list goes on after it.
    if (this.list !== null && DUTY_LINE.test(text)) {
      this.addTypedParagraph(spans, 0, text.length, null);
      return;
    }
    // 上述事项提交区委常委会会议研究。 after a decision list: the referral of its decisions.
    if (this.list?.decision && LIST_REFERRAL.test(text)) this.referList(spans, text, this.list.first);
    this.list = null;
    if (!this.opening && stack.length === 0 && !lead && !this.tail) {
      this.opening = { text: spans.raw, position: this.pos(spans, 0, text.length) };
      this.openingSpans = spans;
      this.runs.push({ spans, from: 0, item: null });
      this.addResolutions(spans, text, 0, null);
      return;
    }
    if (this.tail && stack.length > 0 && !lead) {
      const found = findProseAttendance(text);
      if (found.length === 0) {
        this.ctx.file.add('unplaced-text', `could not place '${truncate(spans.raw)}' after the attendance lines`, this.offsetOf(spans, 0), this.offsetOf(spans, text.length));
      }
    }
    this.addTypedParagraph(spans, 0, text.length, lead);
    if (stack.length === 0) this.proseBlocks.push(spans);
    // …。会议决定： at the end: the numbered lines after it are the clauses of that decision, and the
    // lead alone records none.
    const leadIn = trailingListLead(text);
    this.addResolutions(spans, leadIn === null ? text : text.slice(0, leadIn.at), 0, this.topOrdinal());
    if (leadIn !== null) this.openList(leadIn.lead, text.slice(leadIn.at));
    // 会议强调，…各学校要： the numbered lines after it are the points of its lead.
    else if (lead !== null && !TOPIC_LEADS.has(lead.lead) && endsLikeListLead(text)) this.openList(lead, text);
  }

  /** Attendance told in prose (the opening and paragraphs outside items). */
  proseAttendance(): void {
    const attendance = this.attendance;
    const prose = [...(this.openingSpans ? [this.openingSpans] : []), ...this.proseBlocks, ...this.header.proseHeadline];
    const chairSeen = new Set(attendance.filter((g) => g.role === 'chair').flatMap((g) => g.people.map((p) => p.name)));
    // A role the label lines give is not taken again from the prose (but for the chair, below).
    const fromLabels = new Set(attendance.map((g) => g.role));
    for (const spans of prose) {
      for (const g of findProseAttendance(spans.text)) {
        if (g.role === 'chair') {
          g.people = g.people.filter((p) => !chairSeen.has(cleanName(spans, p)));
          for (const p of g.people) chairSeen.add(cleanName(spans, p));
          if (g.people.length === 0) continue;
        } else if (fromLabels.has(g.role)) continue;
        attendance.push({
          role: g.role,
          label: spans.raw.slice(g.labelStart, g.labelStart + g.label.length),
          topics: null,
          people: this.people(spans, g.people),
          units: g.units.map((u) => spans.raw.slice(u.start, u.end).trim()),
          position: this.pos(spans, g.start, g.end),
        });
      }
    }
  }

  /** Reporters (听取了…作的汇报, …就…进行了汇报), anywhere in the minutes. */
  reporters(): void {
    if (this.attendance.some((g) => g.role === 'reporting')) return;
    const reporters: Attendance['people'] = [];
    let first: Position | null = null;
    const seenRuns = new Set<Spans>();
    for (const run of this.runs) {
      if (seenRuns.has(run.spans)) continue;
      seenRuns.add(run.spans);
      for (const p of findReporters(run.spans.text)) {
        const name = cleanName(run.spans, p);
        if (reporters.some((q) => q.name === name)) continue;
        const position = this.pos(run.spans, p.start, p.end);
        first = first ?? position;
        reporters.push({ name, titles: p.titles.map((t) => originalOf(run.spans.text, run.spans.raw, t)), note: null, topics: null, position });
      }
    }
    const last = reporters[reporters.length - 1];
    if (last && first) {
      // The group spans its first reporter to its last (they may stand in different paragraphs).
      this.attendance.push({ role: 'reporting', label: '汇报', topics: null, people: reporters, units: [], position: { start: first.start, end: last.position.end } });
    }
  }

  /** Chair groups first; unknown topics reported; meta read from the title and the opening. */
  finish(): void {
    const { attendance, meta, header } = this;
    const file = this.ctx.file;
    // Chair groups first, in text order otherwise.
    attendance.sort((a, b) => Number(b.role === 'chair') - Number(a.role === 'chair'));
    mergeChairs(attendance);
    meta.chair = attendance.find((g) => g.role === 'chair')?.people[0]?.name ?? null;

    const known = new Set(this.items.map((i) => i.ordinal));
    for (const g of attendance) {
      for (const t of g.topics ?? []) {
        if (!known.has(t)) {
          file.add('topic-unknown', `'${g.label}' names agenda item ${t}, which the minutes do not have`, g.position.start.offset, g.position.start.offset, 'warning');
        }
      }
      for (const p of g.people) {
        for (const t of p.topics ?? []) {
          if (!known.has(t)) {
            file.add('topic-unknown', `${p.name} (${p.note}) names agenda item ${t}, which the minutes do not have`, p.position.start.offset, p.position.start.offset, 'warning');
          }
        }
      }
    }

    // Meta from the title and the opening.
    const openingSpans = this.openingSpans;
    const openingText = openingSpans?.text ?? '';
    const stop = openingText.indexOf('。');
    const firstSentence = stop < 0 ? openingText : openingText.slice(0, stop);
    const openingSession = openingSpans ? readSession(openingSpans, this.pos, firstSentence.length) : null;
    const titleSession = readSession(header.titleSpans, this.pos);
    const lineSession = readSession(header.sessionSpans, this.pos);
    meta.session =
      (titleSession === null ? null : fullerSession(titleSession, openingSession)) ??
      (lineSession === null ? null : fullerSession(lineSession, openingSession)) ??
      laterTitleSession(header.titleLines.slice(1), this.pos, openingSession) ??
      openingSession;
    meta.kind = readKind(header.titleText) ?? readKind(firstSentence);
    if (!meta.meetingDate && openingSpans) meta.meetingDate = header.meetingDateFrom(openingSpans.text);
    const ref = meta.issueDate ?? meta.printDate;
    if (!meta.meetingDate && ref !== null) {
      const day = (this.timeLine === null ? null : meetingDayBefore(this.timeLine, ref)) ?? (openingSpans ? meetingDayBefore(firstSentence, ref) : null);
      if (day !== null) {
        meta.meetingDate = day;
        meta.meetingDateInferred = true;
      }
    }
    if (this.items.length === 0) file.add('no-items', 'the minutes have no numbered agenda items', null, null);
  }
}

/**
 * The session named on a later line of a title set over two lines (青阳县人民政府 /
 * 第十八届第12次常务会议纪要). When the opening names the same count with a year or term the
 * title line lacks (its year ended the line before: 鄂托克前旗人民政府 2021 年 / 第 16 次…), the
 * opening's is the fuller reading.
 */
function laterTitleSession(
  lines: readonly Spans[],
  pos: (spans: Spans, from: number, to: number) => Position,
  opening: Meta['session'],
): Meta['session'] {
  for (const line of lines) {
    const session = readSession(line, pos);
    if (session !== null) return fullerSession(session, opening);
  }
  return null;
}

/**
 * A session read from a header line, or the opening's when that names the same count with a year
 * or term the line lacks (第8次 under the masthead, 2023年第8次 in the opening).
 */
function fullerSession(session: NonNullable<Meta['session']>, opening: Meta['session']): NonNullable<Meta['session']> {
  const fuller =
    opening !== null &&
    opening.number === session.number &&
    ((session.year === null && opening.year !== null) || (session.term === null && opening.term !== null));
  return fuller ? opening : session;
}

/** The bodies of an attendance group on a line of their own, as the Markdown writes them: 单位：A、B. */
const UNITS_LINE = /^单位[:：]\s*/;

/** The bodies a 单位： line names, as written, or null for another line. */
function unitsLine(spans: Spans): string[] | null {
  const m = UNITS_LINE.exec(spans.text);
  if (m === null) return null;
  return spans.raw.slice(m[0].length).split('、').map((u) => u.trim()).filter(Boolean);
}

/**
 * True when `text` ends as a lead that opens a list does: a colon, or 如下 (and a colon), white
 * space aside. (A test of the last characters: a pattern anchored at the end is tried at every
 * position.)
 */
function endsLikeListLead(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  const last = text.charCodeAt(end - 1);
  return last === 0x3a || last === 0xff1a || text.endsWith('如下', end);
}

/**
 * A lead-in that opens a list of numbered clauses, or null: a short line ending in a colon or 如下
 * whose lead decides (会议议定：, 议定事项：, 研究决定：, 经研究，会议决定：) or directs
 * (会议要求：, 会议强调以下几点：, 会议明确如下：).
 */
function listLeadIn(text: string): Lead | null {
  if (text.length >= 40 || !endsLikeListLead(text)) return null;
  const lead = matchLead(text, true);
  if (lead === null) return null;
  if (lead.decision) return lead;
  return LIST_LEADS.has(lead.lead) && LIST_TAIL.test(text.slice(lead.length)) ? lead : null;
}

/** A list's lead-in found in a text: where it starts, and its lead. */
interface LeadIn {
  at: number;
  lead: Lead;
}

/**
 * The last clause of `text` when it is a list's lead-in (…。会议决定：, …；会议研究决定如下：,
 * …汇报，议定如下：), else null.
 */
function trailingListLead(text: string): LeadIn | null {
  if (!endsLikeListLead(text)) return null;
  let k = text.length - 1;
  while (k > 0 && !hasUnit('。;；!?！？,，', text.charCodeAt(k - 1))) k--;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  if (k === 0 || text.length - k >= 40) return null;
  // 经研究，会议决定： is one lead-in: start at 经研究.
  const before = text.lastIndexOf('经研究', k);
  if (before >= 0 && before >= k - 4) k = before;
  const lead = listLeadIn(text.slice(k));
  return lead === null ? null : { at: k, lead };
}

/**
 * A numbered point that titles what follows instead of being a clause of the list before it:
 * 关于党支部换届 (关于 and no decision), 加快签约进度 (short, no punctuation, no lead).
 */
function isTitledPoint(body: string): boolean {
  if (matchLead(body, true) !== null) return false;
  if (body.startsWith('关于')) return true;
  return body.length <= 20 && !hasAnyUnit(body, '。；;，,：:');
}

/** The lead-in of a list in `text`: all of it when it is one, else {@link trailingListLead}. */
function listStart(text: string): LeadIn | null {
  const lead = listLeadIn(text);
  return lead === null ? trailingListLead(text) : { at: 0, lead };
}

/**
 * The entries of a distribution list from `from` on, cut from the original at their offsets: at
 * , ， 、 ; ； outside brackets (各区人民政府（管委会、街道办事处）is one), or, in a list without
 * any, at spaces (市委办公室　市人大常委会办公室).
 */
function distributionEntries(spans: Spans, text: string, from: number): string[] {
  const entries: string[] = [];
  const separated = hasAnyUnit(text, ENTRY_SEPARATORS, from);
  let start = from;
  let depth = 0;
  for (let i = from; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c === 0x28 || c === 0xff08) depth++; // ( （
    else if (depth > 0 && (c === 0x29 || c === 0xff09)) depth--; // ) ）
    if (c >= 0 && (depth > 0 || !(separated ? hasUnit(ENTRY_SEPARATORS, c) : isSpace(c)))) continue;
    const entry = spans.raw.slice(start, i).replace(ENTRY_END, '').trim();
    if (entry.length > 0) entries.push(entry);
    start = i + 1;
  }
  return entries;
}

/** A table header row (cells split by tabs) with a 姓名 column. */
function isNameHeader(text: string): boolean {
  return text.includes('\t') && text.split('\t').some((c) => /^姓\s*名$/.test(c.trim()));
}

/** The [start, end) of each tab-separated cell of a row. */
function cellSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\t') {
      out.push([from, i]);
      from = i + 1;
    }
  }
  return out;
}

/** True when a block can belong to the header: short, no sentence punctuation, no structure. */
function isHeaderLike(text: string): boolean {
  if (/^\|.*\|$/.test(text.trim())) return true; // a metadata table row of a web page
  if (text.length > 60 || /[,。;！？]/.test(text)) return false;
  if (matchMarker(text) || matchLead(text) || matchAttendanceLabel(text) || matchDistributionLabel(text)) return false;
  // 时间： and 地点： lines belong to the body, which reads the meeting date from them.
  const line = closeLabelSpaces(text)?.text ?? text;
  return !TIME_LABEL.test(line) && !PLACE_LABEL.test(line);
}

/**
 * A title glued to the text after it when line breaks were lost
 * (`…工作例会会议纪要2008年5月10日下午,主任…`): split after 纪要 when prose follows.
 */
function splitGluedTitle(blocks: readonly Block[], ctx: BuildContext): readonly Block[] {
  const first = blocks[0];
  if (!first) return blocks;
  const m = /^[^,，。;；:：]{6,60}?纪要(?=[^,，。;；:：)）》”]{4,}[,，])/.exec(first.spans.text);
  if (!m || first.spans.text.length - m[0].length < 20) return blocks;
  const cut = m[0].length;
  return [
    { ...first, spans: first.spans.slice(0, cut, ctx.original, ctx.normalised) },
    { ...first, spans: first.spans.slice(cut, first.spans.text.length, ctx.original, ctx.normalised), gapBefore: true },
    ...blocks.slice(1),
  ];
}

/** A numbering marker right after a sentence or clause end: the only place inline markers start. */
const INLINE_MARKER = /[。;:!?]\s*[一二三四五六七八九十(\d①-⑳第]/;

/** Run-on texts (line breaks lost): split a block at inline numbering (…如下:一、…。二、…). */
function splitInlineMarkers(blocks: readonly Block[], ctx: BuildContext): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const text = b.spans.text;
    let cuts: number[] = [];
    if (!INLINE_MARKER.test(text)) {
      out.push(b);
      continue;
    }
    const own = matchMarker(text);
    for (const style of ['cn', 'cn-paren', 'num', 'num-paren'] as const) {
      const next = own && own.style === style ? own.ordinal + 1 : 1;
      const found = findInlineMarkers(text, style, next);
      if (found.length >= (next === 1 ? 2 : 1)) {
        cuts = found;
        break;
      }
    }
    if (cuts.length === 0) {
      out.push(b);
      continue;
    }
    let from = 0;
    for (const cut of [...cuts, text.length]) {
      const piece = b.spans.slice(from, cut, ctx.original, ctx.normalised);
      if (piece.text.trim().length) out.push({ ...b, spans: piece, gapBefore: from === 0 ? b.gapBefore : false });
      from = cut;
    }
  }
  return out;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function truncate(s: string): string {
  return s.length > 24 ? `${s.slice(0, 24)}…` : s;
}

/** The name as written in the original (traditional characters kept), spaces removed. */
function cleanName(spans: Spans, p: { start: number; end: number; name: string }): string {
  // Normalised and original text have the same length, and whitespace stands at the same places.
  if (countNonSpace(spans.text, p.start, p.end) === p.end - p.start) {
    // No spaces in the entry (the common case): the name stands in it as is, found without copies.
    const at = spans.text.indexOf(p.name, p.start);
    return at < 0 || at + p.name.length > p.end ? p.name : spans.raw.slice(at, at + p.name.length);
  }
  const norm = removeSpaces(spans.text.slice(p.start, p.end));
  const raw = removeSpaces(spans.raw.slice(p.start, p.end));
  const at = norm.indexOf(p.name);
  return at < 0 ? p.name : raw.slice(at, at + p.name.length);
}

function mergeChairs(groups: Attendance[]): void {
  const chairs = groups.filter((g) => g.role === 'chair');
  if (chairs.length < 2) return;
  const first = chairs[0] as Attendance;
  for (const g of chairs.slice(1)) {
    first.people.push(...g.people.filter((p) => !first.people.some((q) => q.name === p.name)));
    groups.splice(groups.indexOf(g), 1);
  }
}

function toResolution(
  r: { start: number; end: number; numberAt: number | null; verb: string | null; referral: string | null },
  spans: Spans,
  item: number | null,
  pos: (spans: Spans, from: number, to: number) => Position,
): Resolution {
  return {
    item,
    number: r.numberAt === null ? null : spans.raw.slice(r.numberAt, r.start).trim(),
    text: spans.raw.slice(r.start, r.end).trim(),
    verb: r.verb,
    referral: r.referral === null ? null : originalOf(spans.text.slice(r.start, r.end), spans.raw.slice(r.start, r.end), r.referral),
    position: pos(spans, r.start, r.end),
  };
}
