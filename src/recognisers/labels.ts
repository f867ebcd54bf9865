/**
 * Label lines: attendance (主持： 出席： 议题一、二列席： …), distribution (分送： 抄送：), and the
 * printing line (…办公室 2021年11月10日印发). Patterns run on normalised text.
 */
import type { Role } from '../schema.js';
import { charSet, hasUnit, inSet, isSpace, skipSpaces, startsWithAnyOf } from '../text/chars.js';
import { cnOrdinal } from './cn-ordinal.js';

const TOPIC = '[一二三四五六七八九十百\\d]+';
const TOPIC_LIST = `${TOPIC}(?:\\s*(?:[、,和及至到~-]|—)\\s*${TOPIC})*`;

/**
 * What may follow the verb of a group's label: 出席人员, 出席会议的领导, 参加会议的有, 参会人员名单,
 * 参加人, 列席单位及人员, 列席部门 (会议 is matched before it).
 */
const GROUP = '(?:的?(?:单位及人员|单位和人员|人员|领导|单位|部门|同志|人)(?:名单)?|的)?(?:有|是)?';

/** A label pattern that only matches where a colon follows it. */
function label(source: string): RegExp {
  return new RegExp(`${source}(?=\\s*[:：])`);
}

/**
 * Attendance labels, most specific first; `role` says what the group did, `first` lists the
 * characters the pattern can start with (a line is only tried against the labels it can be).
 * Each pattern is followed by a lookahead for the colon (see `label`), so that of the words a
 * label may take (记录, 记录人) the one the colon follows is matched.
 */
const ATTENDANCE_LABELS: Array<{ pattern: RegExp; role: Role; first: string }> = [
  { pattern: label(`^(?:议题|议程)\\(?(${TOPIC_LIST})\\)?(?:项)?(?:议题)?的?列席(?:人员|单位)?`), role: 'attending', first: '议' },
  { pattern: label(`^第(${TOPIC_LIST})项议题的?列席(?:人员|单位)?`), role: 'attending', first: '第' },
  { pattern: label(`^列席第?(${TOPIC_LIST})项?议题的?(?:人员|单位)?`), role: 'attending', first: '列' },
  { pattern: label(`^列席议题(${TOPIC_LIST})的?(?:人员|单位)?`), role: 'attending', first: '列' },
  { pattern: label(`^(?:会议)?(?:主持(?:人)?|召集人)`), role: 'chair', first: '会主召' },
  { pattern: label(`^(?:邀请|应邀|特邀)(?:列席|出席|参加)(?:人员|单位)?`), role: 'invited', first: '邀应特' },
  { pattern: label(`^全程列席(?:人员|单位)?`), role: 'attending', first: '全' },
  { pattern: label(`^列席(?:会议)?${GROUP}`), role: 'attending', first: '列' },
  { pattern: label(`^(?:出席|参会|参加|与会|到会)(?:会议)?${GROUP}`), role: 'present', first: '出参与到' },
  { pattern: label(`^(?:请假|缺席)${GROUP}`), role: 'absent', first: '请缺' },
  { pattern: label(`^汇报(?:人|单位|人员)?`), role: 'reporting', first: '汇' },
  { pattern: label(`^(?:会议)?(?:记录|纪要整理)(?:人|员)?`), role: 'other', first: '记会纪' },
];

/** An attendance label at the start of a line. */
export interface AttendanceLabel {
  role: Role;
  /** Length of the label including its colon. */
  length: number;
  /** Length of the label words without the colon. */
  labelLength: number;
  topics: number[] | null;
}

/** The first characters of every attendance label. */
const LABEL_FIRST = charSet(ATTENDANCE_LABELS.map((l) => l.first).join(''));

/**
 * The end of the colon after a label that ends at `at` (`\s*[:：]\s*`), or -1 when none follows:
 * a loop, where a regex wanted the rest of the line copied.
 */
function colonEnd(text: string, at: number): number {
  const i = skipSpaces(text, at);
  const c = text.charCodeAt(i);
  if (c !== 0x3a && c !== 0xff1a) return -1; // : ：
  return skipSpaces(text, i + 1);
}

/** The longest label before its colon, spaces taken out (议题十一、十二列席人员 is 12). */
const MAX_LABEL = 16;

/** A line whose label is set out with spaces, with the spaces between its characters taken out. */
export interface ClosedLabel {
  /** The label's characters and its colon, then the rest of the line as it is. */
  text: string;
  /** The offset in the line of offset `i` of `text`. */
  toLine: (i: number) => number;
}

/**
 * Labels set out with spaces, as templates align two-character labels to the width of four (主　持：
 * 出  席： 抄　送： 时　间：): the line with the spaces inside the label taken out, or null when a
 * space stands in none of the first three places after the first character (most lines: that test
 * alone), or no colon ends a short run of characters.
 */
export function closeLabelSpaces(text: string): ClosedLabel | null {
  if (!isSpace(text.charCodeAt(1)) && !isSpace(text.charCodeAt(2)) && !isSpace(text.charCodeAt(3))) return null;
  if (isSpace(text.charCodeAt(0))) return null;
  let compact = '';
  const at: number[] = [];
  let i = 0;
  for (; i < text.length && compact.length <= MAX_LABEL; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    compact += text[i];
    at.push(i);
    if (c === 0x3a || c === 0xff1a) break; // : ：
  }
  const last = compact.charCodeAt(compact.length - 1);
  if (i === text.length || (last !== 0x3a && last !== 0xff1a) || compact.length === i + 1) return null;
  const end = i + 1; // after the colon in the line
  const shift = end - compact.length;
  return { text: compact + text.slice(end), toLine: (k) => (k < at.length ? (at[k] as number) : k + shift) };
}

/** The attendance label at the start of `text`, followed by a colon, or null. */
export function matchAttendanceLabel(text: string): AttendanceLabel | null {
  const start = text.charCodeAt(0);
  if (!inSet(LABEL_FIRST, start)) return null;
  const label = matchLabelAt(text);
  if (label !== null) return label;
  const closed = closeLabelSpaces(text);
  const spaced = closed === null ? null : matchLabelAt(closed.text);
  if (closed === null || spaced === null) return null;
  return {
    ...spaced,
    length: closed.toLine(spaced.length),
    labelLength: closed.toLine(spaced.labelLength - 1) + 1,
  };
}

/** {@link matchAttendanceLabel} without spaces inside the label. */
function matchLabelAt(text: string): AttendanceLabel | null {
  const start = text.charCodeAt(0);
  for (const { pattern, role, first } of ATTENDANCE_LABELS) {
    if (!hasUnit(first, start)) continue;
    const m = pattern.exec(text);
    if (!m) continue;
    const end = colonEnd(text, m[0].length);
    if (end < 0) continue;
    return {
      role,
      length: end,
      labelLength: m[0].length,
      topics: m[1] === undefined ? null : parseTopics(m[1]),
    };
  }
  return null;
}

/** A remark that names agenda items: 议题二, 议题一、二, 列席第一、二项议题, 参加议题三, 第2、3项. */
const NOTE_TOPICS = new RegExp(`^(?:列席|参加|出席)?(?:议题(${TOPIC_LIST})|第?(${TOPIC_LIST})项?议题|第(${TOPIC_LIST})项)(?:列席)?$`);
/** 议题 again after a separator (议题二、议题三): the list of 议题二、三. */
const REPEATED_TOPIC_WORD = /([、,和及至到~-]|—)议题/g;

/** The agenda items a person's remark names (（议题二） → [2]), or null when it names none. */
export function noteTopics(note: string | null): number[] | null {
  const m = note === null || !(note.includes('议题') || note.includes('项')) ? null : NOTE_TOPICS.exec(note.replace(/\s+/g, '').replace(REPEATED_TOPIC_WORD, '$1'));
  if (m === null) return null;
  const topics = parseTopics((m[1] ?? m[2] ?? m[3]) as string);
  return topics.length > 0 ? topics : null;
}

const TOPIC_RANGE = new RegExp(`(${TOPIC})(?:\\s*(?:至|到|~|-|—)\\s*(${TOPIC}))?`, 'g');

/** 一、二 → [1, 2]; 三至五 → [3, 4, 5]; 1和3 → [1, 3]. */
export function parseTopics(text: string): number[] {
  const out: number[] = [];
  const re = TOPIC_RANGE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const a = cnOrdinal(m[1] as string);
    const b = m[2] === undefined ? a : cnOrdinal(m[2]);
    if (a === null || b === null) continue;
    for (let n = a; n <= b && n - a < 100; n++) if (!out.includes(n)) out.push(n);
  }
  return out;
}

/** Distribution labels: 分送/主送/报送/发至 (and the 报： 送： 发： of a footer) → to; 抄送/抄报/抄发 → cc. */
const DISTRIBUTION = /^(分送|主送|发送|报送|发至|送|报|发|抄送|抄报|抄发)\s*[:：]\s*/;
const DISTRIBUTION_FIRST = '分主发送报抄';

/** The distribution label at the start of `text`, or null. */
export function matchDistributionLabel(text: string): { field: 'to' | 'cc'; length: number } | null {
  if (!startsWithAnyOf(text, DISTRIBUTION_FIRST)) return null;
  const m = DISTRIBUTION.exec(text);
  if (m) return { field: (m[1] as string).startsWith('抄') ? 'cc' : 'to', length: m[0].length };
  // 抄　送：
  const closed = closeLabelSpaces(text);
  const spaced = closed === null ? null : DISTRIBUTION.exec(closed.text);
  if (closed === null || spaced === null) return null;
  return { field: (spaced[1] as string).startsWith('抄') ? 'cc' : 'to', length: closed.toLine(spaced[0].length) };
}

/**
 * The date of a printing line: `2021年11月10日`, `二〇二一年十一月十日` with its zero written as
 * 〇 零 ○, the digit 0 or the letter O (Ｏ is O once normalised), or numeric (`2021-11-10`, `2021.11.10`).
 */
const PRINT_DATE = '(?:\\d{4}|[〇零○O0一二三四五六七八九]{4})\\s*年.{1,12}?日|(?:19|20)\\d{2}[-./]\\d{1,2}[-./]\\d{1,2}';

/**
 * A printing line (office optional): `鄂托克前旗人民政府办公室 2021年11月10日印发`, with the print
 * run after it on the same line (`2021年11月10日印发   共印30份`), or labelled (`印发日期：2021年11月10日`).
 */
const PRINT_LINE = new RegExp(
  `^(?<office>.*?)\\s*(?:(?<date>${PRINT_DATE})\\s*印发(?:\\s*[(（]?\\s*共印\\s*\\d+\\s*份\\s*[)）]?)?|印发日期\\s*[:：]\\s*(?<labelled>${PRINT_DATE}))\\s*$`,
);

/**
 * The office (possibly '') and the date as written of a printing line, or null. Only a short line
 * with 印发 can be one (the pattern backtracks on prose).
 */
export function matchPrintLine(text: string): { office: string; date: string } | null {
  if (text.length >= 80 || !text.includes('印发')) return null;
  const g = PRINT_LINE.exec(text)?.groups;
  if (g === undefined) return null;
  return { office: (g.office as string).trim(), date: (g.date ?? g.labelled) as string };
}

/** An attachment label: 附件：, 附件1：, 附件 2： (the title, or a numbered list, may follow). */
export const ATTACHMENT_LABEL = /^附\s*件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：]\s*/;

/** A disclosure note on a line of its own: （此件公开发布）, （此件不予公开）, （此页无正文）. */
export const DISCLOSURE_LINE = /^[(（]\s*(此件[^()（）]{1,10}?|此页无正文)\s*[)）]$/;

/** A 主题词 line (older minutes): 主题词：经济运行  会议  纪要. */
export const KEYWORDS_LABEL = /^主\s*题\s*词\s*[:：]\s*/;

/** The words of a 主题词 line: 经济运行  会议  纪要, 经济运行、会议. */
export function splitKeywords(text: string): string[] {
  return text.split(/[\s,，、;；]+/).filter(Boolean);
}

/** A contact or print-run line under minutes: 联系人：…  联系电话：…, 共印 30 份. */
const CONTACT_LINE = /^(?:联\s*系\s*人|联系电话|联系方式)\s*[:：]|^[(（]?\s*共印\s*\d+\s*份\s*[)）]?$/;

/** A line of a web page around the minutes: 【打印本页】【关闭窗口】, 分享到：, 上一篇：…, 下一篇：…, 【字体：大 中 小】. */
const WEB_CHROME_LINE = /^(?:【\s*(?:打印|关闭|字体|收藏|返回)|上一篇\s*[:：]|下一篇\s*[:：]|分享到\s*[:：]?|打印本页|关闭窗口|扫一扫)/;
/** The characters CONTACT_LINE and WEB_CHROME_LINE can start with (both are anchored at the start). */
const CONTACT_OR_WEB_FIRST = charSet('联共(（【上下分打关扫');

/** True when `text` is a contact or print-run line, or a line of a web page, under the minutes. */
export function isContactOrWebLine(text: string): boolean {
  return inSet(CONTACT_OR_WEB_FIRST, text.charCodeAt(0)) && (CONTACT_LINE.test(text) || WEB_CHROME_LINE.test(text));
}
