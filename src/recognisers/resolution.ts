/**
 * Resolutions inside prose: a clause led by a decision (会议议定，原则同意… / 会议审议通过了… /
 * 经会议研究，原则通过… / 决定由…) runs until the next lead of another kind or the next decision
 * at a sentence or semicolon break; `该事宜提交旗委常委会会议研究` stays with the decision it
 * follows. Works on normalised text.
 */
import { hasAnyUnit, hasUnit, isSpace, lastIndexOfAny } from '../text/chars.js';
import { DECISION_VERBS, matchLead, mayLead } from './lead.js';
import { matchMarker } from './markers.js';

/** A resolution found in a paragraph; offsets are into the paragraph text. */
export interface ResolutionMatch {
  start: number;
  end: number;
  /** Where the clause number written before it starts, in a run-on list (会议议定：（一）同意…；（二）…), or null. */
  numberAt: number | null;
  verb: string | null;
  referral: string | null;
}

/**
 * False when `text` records no decision. A resolution opens only at a lead that decides, and every
 * such lead has one of these words (see `matchLead`): a decision verb (研究决定 … 暂缓), a verb that
 * settles a deliberation (同意, 通过), or a bare decision verb. 定 only counts in 议定 决定 确定 审定
 * 商定, so a paragraph whose only 定 is in 规定 or 制定 is skipped; 明确 decides when a clause follows it.
 */
function mayDecide(text: string): boolean {
  if (text.includes('同意') || text.includes('通过') || text.includes('批准') || text.includes('暂缓') || text.includes('明确')) return true;
  if (!text.includes('定')) return false;
  return text.includes('决定') || text.includes('议定') || text.includes('确定') || text.includes('审定') || text.includes('商定');
}

/** A lead-in to a list of decisions: 会议议定事项如下, 会议研究决定如下, 议定以下事项 (trailing punctuation trimmed). */
const LIST_LEAD_IN = /(?:议定|决定|确定|商定)(?:的)?(?:以下|如下)?(?:事项|意见)?(?:纪要)?如下$|(?:议定|决定|确定|商定)(?:了)?以下(?:事项|意见)$/;

/** The decisions named as a section: 议定事项, 会议决定事项. */
const LEAD_IN_NOUN = /^(?:会议)?(?:议定|决定|研究决定)事项$/;

/** True when `text` (white space at its ends aside) names the decisions below it: 二、议定事项. */
export function namesDecisions(text: string): boolean {
  return LEAD_IN_NOUN.test(text.trim());
}

/** A count of votes or voters right after a verb: 同意30人, 同意 30 票, 同意二十九名. */
const VOTE_COUNT = /^\s*[\d一二三四五六七八九十百零〇两]+\s*(?:人|票|名|位)/;

/** A decision counted in prose: 一是…；二是… (其一, 第一 are not used so). */
const COUNTED = /^[一二三四五六七八九十]是/;

/** What may stand between a resolution's text and the next clause (trimmed off its end). */
const TRAILING = ',，;；:：';

/** Clause starts come after 。；!? (a strong break: 2) or ，：, (a weak one: 1); 0 for anything else. */
function breakAt(code: number): 0 | 1 | 2 {
  switch (code) {
    case 0x3002: // 。
    case 0x3b: // ;
    case 0xff1b: // ；
    case 0x21: // !
    case 0x3f: // ?
    case 0xff01: // ！
    case 0xff1f: // ？
      return 2;
    case 0x2c: // ,
    case 0xff0c: // ，
    case 0x3a: // :
    case 0xff1a: // ：
      return 1;
    default:
      return 0;
  }
}

/** How much of a clause a lead can span (经会议研究，原则同意 … with adverbs). */
const LEAD_WINDOW = 48;

/** The referral to another body: 提交旗委常委会会议研究 → 旗委常委会会议. */
const REFERRAL =
  /(?:提交|提请|报请|报送|呈报|再报|上报|报|待)(?<body>[^,，。;；]{2,30}?)(?:研究|审议|审定|审批|审查|决定|决策|批准|讨论|同意)/g;
/** A referral inside the body of a match (待进一步论证后再提交…研究, 报…审核后提交…研究): read from there instead. */
const NESTED_REFERRAL = /提交|提请|报请|上报/;
/** A body that starts like this was a word with 报 (报告, 报道, 报名, 报销 …), no referral. */
const NOT_REFERRAL = /^(?:告|告了|道|名|送|销|表|考)/;
const REFERRAL_SENTENCE = /(?:该|此|上述|以上)(?:事宜|事项|议题|方案)/;
const REFERRAL_SENTENCE_FIRST = '该此上以';

/** Verbs that frame decisions without saying what was decided. */
const GENERAL = new Set<string>(['议定', '决定', '研究决定', '明确']);

/** True when `verb` only frames a decision (议定, 决定, 研究决定, 明确). */
export function isGeneralVerb(verb: string): boolean {
  return GENERAL.has(verb);
}
/** Leads after which a decision may follow in the same sentence (听取…汇报，决定…; 会议认为…，同意…). */
const DELIBERATION = new Set(['听取', '审议', '研究', '讨论', '传达', '学习', '通报', '协商', '认为', '指出']);

const SPECIFIC_VERBS = DECISION_VERBS.filter((v) => !GENERAL.has(v));
const GENERAL_VERBS = DECISION_VERBS.filter((v) => GENERAL.has(v));

/** The decision verb and referral of a resolution text. */
export function readClauseResolution(text: string): { verb: string | null; referral: string | null } {
  // The specific verb (原则同意) rather than the frame (会议议定，…) when both are written.
  let verb = firstVerb(text, SPECIFIC_VERBS) ?? firstVerb(text, GENERAL_VERBS);
  // 会议同意暂缓实施…: what was agreed is to defer.
  if (verb === '同意' && text.includes('同意暂缓')) verb = '暂缓';
  return { verb, referral: findReferral(text) };
}

/**
 * The verb of `verbs` that comes first in `text`, the longest where two start together, or null:
 * one search per verb (the native search beats a loop over the characters).
 */
function firstVerb(text: string, verbs: readonly string[]): string | null {
  let verb: string | null = null;
  let at = Number.POSITIVE_INFINITY;
  for (const v of verbs) {
    const i = text.indexOf(v);
    if (i >= 0 && (i < at || (i === at && v.length > (verb?.length ?? 0)))) {
      at = i;
      verb = v;
    }
  }
  return verb;
}

/** The body a text refers a matter to (提交旗委常委会会议研究 → 旗委常委会会议), or null. */
export function findReferral(text: string): string | null {
  let found: string | null = null;
  let preferred: string | null = null;
  REFERRAL.lastIndex = 0;
  for (let m = REFERRAL.exec(text); m; m = REFERRAL.exec(text)) {
    const body = (m.groups?.body as string).trim();
    // 待…研究: only a body that meets (待市政府常务会议研究后实施), not 待条件成熟后再研究.
    // 报县人社局、县编办审核后提交县政府常务会议研究: the matter goes last to the body of the referral inside.
    if (NOT_REFERRAL.test(body) || NESTED_REFERRAL.test(body) || (m[0].startsWith('待') && !/(?:会议|会|政府|党委|党组)$/.test(body))) {
      // 报告提请…审议: the 报 of 报告 is no referral, but a referral may start inside its match.
      REFERRAL.lastIndex = m.index + 1;
      continue;
    }
    found = body;
    const sentenceStart = lastIndexOfAny(text, '。;；', m.index) + 1;
    const referred = hasAnyUnit(text, REFERRAL_SENTENCE_FIRST, sentenceStart, m.index) && REFERRAL_SENTENCE.test(text.slice(sentenceStart, m.index));
    if (referred) preferred = body;
  }
  return preferred ?? found;
}

/**
 * Find the resolutions in one paragraph.
 * @param text Paragraph text (normalised).
 * @param base Offset of `text` in the caller's text (added to offsets).
 * @param inList The paragraph is a clause of a 会议议定： list (a bare decision verb leads).
 */
export function findResolutions(text: string, base: number, inList: boolean): ResolutionMatch[] {
  const out: ResolutionMatch[] = [];
  if (!mayDecide(text)) return out;
  let open: { start: number; numberAt: number | null; leadEnd: number } | null = null;
  /** Inside a list run on after its lead-in (会议议定：（一）…；（二）…): each numbered clause decides. */
  let runOnList = false;
  const close = (end: number, beforeClause = false) => {
    if (!open) return;
    let e = end;
    while (e > open.start && (isSpace(text.charCodeAt(e - 1)) || hasUnit(TRAILING, text.charCodeAt(e - 1)))) e--;
    const { start, numberAt } = open;
    const body = text.slice(start, e);
    open = null;
    // 会议议定事项如下： (and a heading 议定事项) leads in to the decisions and records none itself; so does 会议议定：
    // before the first numbered clause of a run-on list.
    if (body.length < 24 && (LIST_LEAD_IN.test(body) || namesDecisions(body))) return;
    if (beforeClause && numberAt === null && matchLead(body, true)?.length === body.length) {
      runOnList = true;
      return;
    }
    const { verb, referral } = readClauseResolution(body);
    out.push({ start: base + start, end: base + e, numberAt: numberAt === null ? null : base + numberAt, verb, referral });
  };
  let segment: string | null = null; // the lead of the running non-decision clause
  let depth = 0; // inside 《》 or “” no clause starts
  /**
   * Where the text of a numbered clause at `at` starts (after 一是, or after （二） when a decision
   * follows it or the list is run on), else -1.
   */
  const numberedClauseAt = (at: number): number => {
    const counted = COUNTED.exec(text.slice(at, at + 3));
    if (counted !== null) return at + counted[0].length;
    const marker = matchMarker(text.slice(at, at + 8));
    if (marker === null || marker.style === 'ordinal' || marker.style === 'topic') return -1;
    const start = at + marker.length;
    return runOnList || matchLead(text.slice(start, start + LEAD_WINDOW), true)?.decision ? start : -1;
  };
  /** A clause starts at `at`: at 0, or after a break (strong: 。；!?) and the spaces after it. */
  const clauseAt = (at: number, strong: boolean) => {
    if (depth > 0 || at >= text.length) return;
    // A numbered clause run on after a decision's lead-in: （一）同意…；（二）…, 一是…；二是…
    const start = at > 0 && (open !== null || runOnList) ? numberedClauseAt(at) : -1;
    if (start >= 0) {
      close(at, true);
      open = { start, numberAt: at, leadEnd: start };
      segment = null;
      return;
    }
    // Leads are short: a window is enough, and avoids copying the rest of the paragraph.
    const bare = inList || strong || open === null;
    // Inside the words of the open decision's lead (经研究，会议同意: 会议同意 is part of it).
    if (open !== null && at < open.leadEnd) return;
    const lead = mayLead(text, at, bare) ? matchLead(text.slice(at, at + LEAD_WINDOW), bare) : null;
    if (!lead) return;
    // 同意30人，反对0人 / 同意30票: a vote's tally, no decision (with a subject, 会议同意30人参加 is one).
    if (lead.decision && !lead.subject && VOTE_COUNT.test(text.slice(at + lead.length, at + lead.length + 8))) return;
    if (lead.decision) {
      if (open && !strong && !lead.subject) return; // …，同意进行公示 continues the decision
      // …，议定的事说了就算 inside 会议强调 is no decision; …汇报，决定由… after 听取 is.
      if (!open && !strong && !lead.subject && !inList && segment !== null && !DELIBERATION.has(segment)) return;
      close(at);
      runOnList = false;
      open = { start: at, numberAt: null, leadEnd: at + lead.length };
      segment = null;
    } else if (lead.subject) {
      close(at);
      segment = lead.lead;
    }
  };
  // One pass: brackets open and close as they come; each break starts a clause.
  clauseAt(0, true);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x300a || c === 0x201c) depth++; // 《 “
    else if ((c === 0x300b || c === 0x201d) && depth > 0) depth--; // 》 ”
    else {
      const kind = breakAt(c);
      if (kind === 0) continue;
      let at = i + 1;
      while (at < text.length && isSpace(text.charCodeAt(at))) at++;
      clauseAt(at, kind === 2);
      i = at - 1;
    }
  }
  close(text.length);
  return out;
}
