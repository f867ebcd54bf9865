/**
 * Paragraph and clause leads: 会议指出 / 会议强调 / 会议议定 / 经会议研究，原则通过 …
 * A lead only counts at the start of a paragraph or clause, so `…第10次常务会议议定的…` is not one.
 * Patterns run on normalised text (traditional characters already simplified).
 */
import { charSet, hasUnit, inSet } from '../text/chars.js';

/** The lead found at the start of a clause. */
export interface Lead {
  /** Canonical lead verb: 指出, 强调, 要求, 议定, 决定, 同意, 通过 … */
  lead: string;
  /** Length of the lead words in the text (会议原则同意 → 6). */
  length: number;
  /** True when the lead records a decision (议定, 决定, 同意, 通过, 确定 …). */
  decision: boolean;
  /** True when a subject (会议, 会上, 委员长会议 …) was written. */
  subject: boolean;
}

/** Who speaks: 会议 and its variants. */
const SUBJECT =
  '(?:经会议(?:认真|充分|深入)?研究[,，]?|经(?:认真|充分|深入)?研究[,，]?(?:会议)?|会议经(?:认真|充分|深入)?研究(?:讨论)?[,，]?|(?:(?![待提报经])[\\u4e00-\\u9fa5]{0,4}(?:委员长|常务|主任|党组|党委|办公|联席)会议)|会议|会上|与会(?:人员|同志|代表|领导|成员)|大家)';
/** Adverbs between subject and verb. */
const ADVERB = '(?:还|也|再次|进一步|反复|首先|最后|同时|一致|认真|充分|重点|集中|专题|原则|研究并|审议并|讨论并|经研究|听取并|审议并)*';

/** Verbs, longest first; the value is the canonical lead and whether it decides. */
const VERBS: Array<[string, string, boolean]> = [
  ['研究决定', '决定', true],
  ['研究认为', '认为', false],
  ['讨论认为', '认为', false],
  ['审议认为', '认为', false],
  ['审议通过', '通过', true],
  ['讨论通过', '通过', true],
  ['研究通过', '通过', true],
  ['表决通过', '通过', true],
  ['原则通过', '通过', true],
  ['原则同意', '同意', true],
  ['一致同意', '同意', true],
  ['不同意', '不同意', true],
  ['同意', '同意', true],
  ['议定', '议定', true],
  ['决定', '决定', true],
  ['确定', '确定', true],
  ['审定', '审定', true],
  ['批准', '批准', true],
  ['商定', '商定', true],
  ['通过', '通过', true],
  ['暂缓', '暂缓', true],
  ['指出', '指出', false],
  ['强调', '强调', false],
  ['要求', '要求', false],
  ['认为', '认为', false],
  ['听取', '听取', false],
  ['审议', '审议', false],
  ['研究', '研究', false],
  ['讨论', '讨论', false],
  ['明确', '明确', false],
  ['提出', '提出', false],
  ['部署', '部署', false],
  ['传达', '传达', false],
  ['学习', '学习', false],
  ['通报', '通报', false],
  ['肯定', '肯定', false],
  ['协商', '协商', false],
];

/** Verbs that also start ordinary sentences (通过开展… = by means of), so never lead bare. */
const AMBIGUOUS_BARE = new Set(['通过', '确定', '商定']);
const VERB_ALT = VERBS.map((v) => v[0]).join('|');
const WITH_SUBJECT = new RegExp(`^(${SUBJECT})${ADVERB}(${VERB_ALT})`);
/** Without a subject only decision verbs lead (…；审议通过了… in a chain, (二)同意成立…). */
const BARE_VERBS = VERBS.filter((v) => v[2] && !AMBIGUOUS_BARE.has(v[0])).map((v) => v[0]);
const BARE = new RegExp(`^(?:(?:审议|讨论|研究|表决)并?(?:原则)?(通过|同意)|(?:原则上?)?(${BARE_VERBS.join('|')}))`);
/** The characters a bare lead can start with. */
const BARE_FIRST = charSet(`审讨研表原${BARE_VERBS.map((v) => v.charAt(0)).join('')}`);
const VERB_BY_TEXT = new Map(VERBS.map((v) => [v[0], v] as const));

/**
 * Later decision words that settle a lead: 会议研究并原则同意 → 同意. Sticky: matched right
 * after the lead (set `lastIndex`) without copying the rest of the text.
 */
const FOLLOWING_DECISION =
  /(?:了)?(?:[、,，和及]?(?:审议|讨论|研究|听取|协商))*(?:了)?[,，]?\s*(?:并)?(原则同意|原则通过|一致同意|同意|通过)/y;

const HUI = '会'.charCodeAt(0);
const YI = '议'.charCodeAt(0);
/** First characters of the subjects that start the clause: 会议 会上 经研究 经会议研究 与会人员 大家. */
const SUBJECT_FIRST = charSet('会经与大');
/** Last characters of the bodies named before 会议: 委员长 常务 主任 党组 党委 办公 联席. */
const BODY_LAST = charSet('长务任组委公席');

/**
 * False when no subject can start at `at` in `text`: it starts with 会 经 与 大, or names a body
 * before 会议 (up to four characters and the body's name: 会 stands 2 to 7 characters in).
 * Tighter than looking for 会 anywhere near the start, which 召开…会议 and 会 in prose pass.
 */
function hasSubjectWord(text: string, at = 0): boolean {
  if (at >= text.length) return false;
  if (inSet(SUBJECT_FIRST, text.charCodeAt(at))) return true;
  const n = Math.min(text.length - 1, at + 8);
  for (let i = at + 2; i < n; i++) {
    if (text.charCodeAt(i) === HUI && text.charCodeAt(i + 1) === YI && inSet(BODY_LAST, text.charCodeAt(i - 1))) return true;
  }
  return false;
}

/**
 * False when no lead can start at `at` in `text`, so `matchLead` need not run there: a cheap
 * test of the characters every lead needs (see `matchLead`).
 * @param bare As for `matchLead`.
 */
export function mayLead(text: string, at: number, bare: boolean): boolean {
  return hasSubjectWord(text, at) || (bare && inSet(BARE_FIRST, text.charCodeAt(at)));
}

/**
 * The lead at the start of `text` (normalised), or null.
 * @param text Clause text, starting where a lead could start.
 * @param bare Accept a decision verb without a subject (inside a 会议议定 list or a chain).
 */
/** What never follows a lead's verb: 的 (会议议定的事项), or the end of a clause (会议研究；). */
const NOT_AFTER_LEAD = '的;；。';

export function matchLead(text: string, bare = false): Lead | null {
  // Most clauses start with no subject: a few characters tell (see hasSubjectWord).
  const m = hasSubjectWord(text) ? WITH_SUBJECT.exec(text) : null;
  // 会议议定的事项, …提交旗委常委会 | 会议研究；: the verb names a thing or ends a clause, and leads
  // nothing (a line of a wrapped paragraph that starts so goes on with it).
  if (m && hasUnit(NOT_AFTER_LEAD, text.charCodeAt(m[0].length))) return null;
  if (m && !leadsAsVerb(m[2] as string, text, m[0].length, m[0].length === (m[1] as string).length + (m[2] as string).length && !(m[1] as string).includes('研究'))) return null;
  if (m) {
    const verb = VERB_BY_TEXT.get(m[2] as string) as [string, string, boolean];
    let length = m[0].length;
    let [, lead, decision] = verb;
    if (!decision && (verb[0] === '研究' || verb[0] === '审议' || verb[0] === '讨论' || verb[0] === '听取')) {
      FOLLOWING_DECISION.lastIndex = length;
      const f = FOLLOWING_DECISION.exec(text);
      if (f) {
        const v2 = VERB_BY_TEXT.get(f[1] as string) as [string, string, boolean];
        length += f[0].length;
        lead = v2[1];
        decision = true;
      }
    }
    // 会议明确，由…负责: what it made clear, set out after a break, is a decision (会议明确了… is not).
    if (verb[0] === '明确' && length === m[0].length && hasUnit(',，:：', text.charCodeAt(length))) decision = true;
    return { lead, length, decision, subject: true };
  }
  if (bare && inSet(BARE_FIRST, text.charCodeAt(0))) {
    const b = BARE.exec(text);
    if (b) {
      const verb = VERB_BY_TEXT.get((b[1] ?? b[2]) as string) as [string, string, boolean];
      return { lead: verb[1], length: b[0].length, decision: true, subject: false };
    }
  }
  return null;
}

/**
 * False when the verb of a lead is an ordinary word where it stands: 会议通过视频连线听取了…
 * (通过 = by way of; a decision by 通过 right after the subject names what it passes: 通过了,
 * 通过《…》, 通过该方案; 经会议研究，原则通过并… decides),
 * 会议议定事项落实情况… (a noun; 会议议定事项： and 会议议定事项如下 still lead).
 */
function leadsAsVerb(verb: string, text: string, end: number, plain: boolean): boolean {
  if (verb === '通过' && plain) {
    // 通过此次学习, 通过了解情况: by way of.
    if (text.startsWith('此次', end) || text.startsWith('了解', end)) return false;
    return hasUnit('了《“"该此这', text.charCodeAt(end)) || text.startsWith('上述', end) || text.startsWith('关于', end);
  }
  if ((verb === '议定' || verb === '决定' || verb === '研究决定') && text.startsWith('事项', end)) {
    const rest = text.slice(end + 2).trimStart();
    return rest === '' || rest.startsWith('如下') || hasUnit(':：', rest.charCodeAt(0));
  }
  return true;
}

/** Decision verbs a resolution is recorded with, longest first (for `verb`). */
export const DECISION_VERBS = [
  '原则同意',
  '原则通过',
  '审议通过',
  '讨论通过',
  '一致同意',
  '不同意',
  '暂缓',
  '同意',
  '通过',
  '批准',
  '审定',
  '确定',
  '研究决定',
  '决定',
  '议定',
  '明确',
] as const;
