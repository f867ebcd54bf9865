/**
 * Money amounts in one paragraph: `1173.3 万元`, `22.5亿元`, `人民币壹佰贰拾万元整`, `¥1,200,000.00`,
 * `5-10万元` (a range), `不超过430元/吨` (a bound and a unit price), `1000余万元` (approximate),
 * `3角`, `50万美元`, and a bare `124万` when the clause is about money.
 *
 * Every number in the paragraph is first read as an atom (number, scale, currency, price unit);
 * atoms with a currency are amounts, and a bare atom directly before an amount and joined to it
 * by a range sign (`5-10万元`, `5至10万元`) becomes the low end of a range.
 */
import { addDecimal, compareDecimal, shiftDecimal } from './decimal.js';
import { NUMBER_SOURCE, NUMERAL_CHAR_CLASS, parseNumeral, toAsciiDigits } from './numeral.js';
import { MONEY_CLAUSE, PER_SOURCE, QUANTITY_UNIT_SOURCE } from './units.js';
import { classSet, hasUnit, inSet } from '../text/chars.js';

/** One amount of money found in a paragraph; offsets are UTF-16 indices, `end` exclusive. */
export interface AmountMatch {
  start: number;
  end: number;
  /** `text.slice(start, end)` of the paragraph the amount was found in. */
  text: string;
  /** Exact value in the currency's main unit (元, dollar …), as a decimal string. */
  value: string;
  /** ISO 4217 code: CNY unless a foreign currency is named. */
  currency: string;
  /** The unit it is priced per (`430 元/吨` → `吨`), else null. */
  per: string | null;
  /** `max` for 不超过 / 以内 / 最高 / 不高于, `min` for 不低于 / 以上 / 不少于 / 至少. */
  bound: 'max' | 'min' | null;
  /** True for 约 / 近 / 余 / 多 / 左右. */
  approx: boolean;
  /** Which end of a range (`5-10万元`) this is, else null. */
  range: 'low' | 'high' | null;
  /** Shared by the two ends of one range; numbered 1, 2, … within one call. */
  rangeId: number | null;
}

/** Currency words and their ISO 4217 codes; 元 and anything unnamed is 人民币. */
export const CURRENCIES: Readonly<Record<string, string>> = {
  美元: 'USD', 美金: 'USD', 港元: 'HKD', 港币: 'HKD', 港幣: 'HKD', 欧元: 'EUR', 歐元: 'EUR',
  日元: 'JPY', 英镑: 'GBP', 英鎊: 'GBP', 元: 'CNY', 圆: 'CNY', 圓: 'CNY',
};

// 元旦, 元宵, 元月 are not money.
const CURRENCY_SOURCE = `(?:${Object.keys(CURRENCIES).sort((a, b) => b.length - a.length).join('|')})(?![旦宵月素件器首帅老])`;
const SMALL_DIGIT = '[0-9一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖两兩]';

// 人民币 | ¥ ] 1000 [余万] [元 [3角] [2分] | 角 [2分]] [整] [人民币] [/吨]
// The leading lookahead (every first character an atom can have) lets the scan skip ahead cheaply.
const ATOM = new RegExp(
  `(?=[人RC¥￥${NUMERAL_CHAR_CLASS}])(?<![${NUMERAL_CHAR_CLASS}A-Za-z])` +
    `(?<prefix>(?:人民币|人民幣|RMB|CNY) ?|[¥￥] ?)?` +
    `(?<num>${NUMBER_SOURCE})(?<fuzzy>[余多](?:[百千万萬亿億]+)?)?` +
    `(?: ?(?<cur>${CURRENCY_SOURCE})(?:(?<jiao>${SMALL_DIGIT})角)?(?:(?<fen>${SMALL_DIGIT})分)?|(?<onlyJiao>角(?![度色落楼]))(?:(?<onlyFen>${SMALL_DIGIT})分)?)?` +
    `(?<zheng>整)?(?<suffix>人民币|人民幣)?` +
    `(?:(?:/|／|每)(?<per>${PER_SOURCE}))?`,
  'y',
);
// ATOM's lookahead and lookbehind as tables: where an atom can start, what may not precede it.
const ATOM_START = classSet(`人RC¥￥${NUMERAL_CHAR_CLASS}`);
const NOT_BEFORE_ATOM = classSet(`${NUMERAL_CHAR_CLASS}A-Za-z`);

// An amount needs a currency word (元, 美金, 港币, 英镑 …), 角, ¥, 人民币 / RMB / CNY, or 万 / 亿 in a
// bare number: a paragraph with none of these characters holds no amount. Most paragraphs have
// none, so this runs over whole paragraphs: for a class this small, one regex scan costs fewer
// instructions than a loop over the characters.
const MONEY_CHAR = /[元圆圓金币幣镑鎊角¥￥万萬亿億]/;

/** True when `text` has one of the marks every amount needs. */
function hasMoneyMark(text: string): boolean {
  return MONEY_CHAR.test(text) || text.includes('RMB') || text.includes('CNY');
}
/** A foreign currency named right before an amount in 元 (港币2亿元) or right after it (…万元港币, …万元（美元）). */
const FOREIGN_WORDS = Object.keys(CURRENCIES).filter((w) => CURRENCIES[w] !== 'CNY').join('|');
const FOREIGN_BEFORE = new RegExp(`(${FOREIGN_WORDS}) ?$`);
const FOREIGN_AFTER = new RegExp(`^ ?[（(]?(${FOREIGN_WORDS})`);

/** The ISO code of a foreign currency named beside the amount at `start` (`after` follows it), or null. */
function foreignNamedBeside(scan: string, start: number, after: string): string | null {
  const named = FOREIGN_BEFORE.exec(scan.slice(Math.max(0, start - 4), start)) ?? FOREIGN_AFTER.exec(after);
  return named === null ? null : (CURRENCIES[named[1] as string] ?? null);
}

/**
 * An amount of a scale alone, in a bound or an approximation: 近千万元, 逾亿元, 超过百亿元 (数千万元
 * names no value and is left alone).
 */
const SCALE_ALONE = /(近|将近|接近|逾|超过|超|上)(千万|百万|十万|千亿|百亿|万亿|亿|万)元/g;
const SCALE_VALUE: Readonly<Record<string, string>> = {
  十万: '100000', 百万: '1000000', 千万: '10000000', 万: '10000',
  亿: '100000000', 百亿: '10000000000', 千亿: '100000000000', 万亿: '1000000000000',
};

/** The amounts of {@link SCALE_ALONE} in `scan` that overlap none of `out`, added to it in text order. */
function addScaleAlone(text: string, scan: string, out: AmountMatch[]): void {
  if (!scan.includes('万元') && !scan.includes('亿元')) return;
  SCALE_ALONE.lastIndex = 0;
  for (let m = SCALE_ALONE.exec(scan); m !== null; m = SCALE_ALONE.exec(scan)) {
    const start = m.index + (m[1] as string).length;
    const end = m.index + m[0].length;
    if (out.some((a) => a.start < end && start < a.end)) continue;
    const near = (m[1] as string).endsWith('近');
    out.push({ start, end, text: text.slice(start, end), value: SCALE_VALUE[m[2] as string] as string, currency: 'CNY', per: null, bound: near ? null : 'min', approx: near, range: null, rangeId: null });
  }
  out.sort((a, b) => a.start - b.start);
}

/** A range sign between two numbers: 5-10万元, 5万元~50万元, 5至10万元 (and counts: 20-30人). */
export const RANGE_GAP = /^ ?(?:[-－~～〜–—]|至|到) ?$/;
const SCALE_TAIL = /[百千万萬亿億]+$/;
const HAS_SCALE = /[十百千万萬亿億拾佰仟]/;
const HAS_ARABIC = /[0-9]/;
const CJK_AFTER = /^[\u4e00-\u9fff]/;
const NOT_BARE_AFTER = new RegExp(`^ ?(?:${QUANTITY_UNIT_SOURCE}|[年月日号次届期])`);
const CLAUSE_BREAKS = '，。；;,！？!?：:、';

// 价格不超过 | 每人最高补助 | 不低于 … followed by at most a few words before the number.
const BOUND_BEFORE: ReadonlyArray<readonly [RegExp, 'max' | 'min']> = [
  [/(?:不低于|不少于|不得低于|不得少于|至少|最低|起码)[^0-9，。；;,、]{0,6}$/, 'min'],
  [/(?:不超过|不高于|不得超过|不得高于|最高|最多|上限为?|封顶|低于|少于)[^0-9，。；;,、]{0,6}$/, 'max'],
];
const BOUND_AFTER: ReadonlyArray<readonly [RegExp, 'max' | 'min']> = [
  [/^ ?(?:以内|以下|之内|封顶)/, 'max'],
  [/^ ?(?:以上|起)/, 'min'],
];
const APPROX_BEFORE = /(?:约|大约|约合|约为|近|将近|接近|大概|逾)\s?$/;
const APPROX_AFTER = /^ ?(?:左右|上下|余)/;
// 每亩补助300元, 每人每月2000元: the unit a price is given per, stated before it.
const PER_BEFORE = new RegExp(`每个?(?<per>${PER_SOURCE})(?:每(?:月|年|天|日|次|学期|季度|周))?[^0-9，。；;,、每]{0,8}$`);
/** Between an amount and the same written out: （大写：, (人民币大写). */
const WRITTEN_OUT_BEFORE = /^\s*[（(]\s*(?:人民币)?大写\s*[:：]?\s*(?:人民币)?\s*$/;
// 由每生每年15000元提高至18000元: the new amount is per what the old one was.
const RAISED_TO = /(?:提高|提升|调整|上调|下调|增加|增至|降低|减少|调)(?:至|到|为)?$/;

/** One number in the paragraph with whatever money words surround it. */
interface Atom {
  start: number;
  end: number;
  num: string;
  /** 余/多 plus the scale written after it (`余万`), or ''. */
  fuzzy: string;
  /** ISO code when a currency word, 角, ¥ or 人民币 marks it as money, else null. */
  currency: string | null;
  jiao: string | null;
  fen: string | null;
  onlyJiao: boolean;
  per: string | null;
}

/** Value of a numeral with its fuzzy marker, borrowing `inherit` (the high end's scale) when it has none. */
function readValue(num: string, fuzzy: string, inherit: string): string | null {
  const scale = fuzzy.slice(1);
  return parseNumeral(HAS_SCALE.test(num) || scale !== '' ? num + scale : num + inherit);
}

/** The scale an amount is written in (`10万` → `万`, `10余万` → `万`), for a range's low end to borrow. */
function scaleOf(atom: Atom): string {
  return atom.fuzzy.slice(1) || (atom.num.match(SCALE_TAIL)?.[0] ?? '');
}

/** Exact value of a money atom in its main unit, or null when it does not read. */
function valueOf(atom: Atom, inherit: string): string | null {
  if (atom.onlyJiao) {
    // 3角 → 0.3, 5角2分 → 0.52: only a single arabic digit counts 角 (三角 is a triangle).
    if (!/^[0-9]$/.test(atom.num)) return null;
    const jiao = atom.num;
    const fen = atom.fen === null ? '0' : parseNumeral(atom.fen);
    return fen === null ? null : addDecimal(shiftDecimal(jiao, -1), shiftDecimal(fen, -2));
  }
  let value = readValue(atom.num, atom.fuzzy, inherit);
  if (value === null) return null;
  for (const [digit, power] of [[atom.jiao, -1], [atom.fen, -2]] as const) {
    if (digit === null) continue;
    const d = parseNumeral(digit);
    if (d === null) return null;
    value = addDecimal(value, shiftDecimal(d, power));
  }
  return value;
}

/** The clause around [start, end): from the last clause break before to the next one after. */
function clauseAround(text: string, start: number, end: number): string {
  return clauseBefore(text, start) + text.slice(start, end) + clauseAfter(text, end);
}

/** The stretch of the current clause before `start`. */
function clauseBefore(text: string, start: number): string {
  let from = start;
  while (from > 0 && !hasUnit(CLAUSE_BREAKS, text.charCodeAt(from - 1))) from -= 1;
  return text.slice(from, start);
}

/** The stretch of the current clause from `end`. */
function clauseAfter(text: string, end: number): string {
  let to = end;
  while (to < text.length && !hasUnit(CLAUSE_BREAKS, text.charCodeAt(to))) to += 1;
  return text.slice(end, to);
}

/** The unit named by a 每 just before the amount (`每亩补助` → `亩`, `每人每月` → `人·月`), else null. */
function perBefore(before: string): string | null {
  const m = PER_BEFORE.exec(before);
  if (!m?.groups?.per) return null;
  const month = /每(月|年|天|日|次|学期|季度|周)[^每]*$/.exec(m[0].slice(1 + m.groups.per.length));
  return month ? `${m.groups.per}·${month[1]}` : m.groups.per;
}

/** Bound implied by the words just after, else just before, the amount. */
function findBound(before: string, after: string): 'max' | 'min' | null {
  for (const [re, bound] of BOUND_AFTER) if (re.test(after)) return bound;
  for (const [re, bound] of BOUND_BEFORE) if (re.test(before)) return bound;
  return null;
}

/** Read every number of the (ASCII-digit) paragraph as an atom, deciding which ones are money. */
function scanAtoms(scan: string): Atom[] {
  const atoms: Atom[] = [];
  // The matches a global scan would find: tried at each position that passes the lookaround
  // tables, from `from` (the end of the last atom) on.
  let from = 0;
  for (let at = 0; at < scan.length; at += 1) {
    if (at < from || !inSet(ATOM_START, scan.charCodeAt(at)) || (at > 0 && inSet(NOT_BEFORE_ATOM, scan.charCodeAt(at - 1)))) continue;
    ATOM.lastIndex = at;
    const m = ATOM.exec(scan);
    if (m === null) continue;
    from = ATOM.lastIndex;
    const g = m.groups ?? {};
    const num = g.num as string;
    let end = m.index + m[0].length;
    while (end > m.index && scan[end - 1] === ' ') end -= 1;
    const after = scan.slice(end);
    let currency: string | null = null;
    if (g.cur !== undefined) {
      currency = CURRENCIES[g.cur] ?? 'CNY';
      // 港币2亿元, 1000万元港币, 500万元（美元）: 元 of a currency named apart from it.
      if (currency === 'CNY' && g.prefix === undefined && g.suffix === undefined) currency = foreignNamedBeside(scan, m.index, after) ?? currency;
    } else if ((g.onlyJiao !== undefined && /^[0-9]$/.test(num)) || g.prefix !== undefined || g.suffix !== undefined) currency = 'CNY';
    else if (/[万萬亿億]/.test(num) && HAS_ARABIC.test(num) && !NOT_BARE_AFTER.test(after) && MONEY_CLAUSE.test(clauseAround(scan, m.index, end))) {
      // 资金124万: a bare amount in ten-thousands, only in a clause about money.
      currency = 'CNY';
    }
    // 二元结构, 一元化: a lone Chinese digit before 元 and a word is not money.
    if (g.cur === '元' && num.length === 1 && !HAS_ARABIC.test(num) && CJK_AFTER.test(after) && !/^[整钱]/.test(after)) {
      currency = null;
    }
    const atom: Atom = {
      start: m.index,
      end,
      num,
      fuzzy: g.fuzzy ?? '',
      currency,
      jiao: g.jiao ?? null,
      fen: g.fen ?? g.onlyFen ?? null,
      onlyJiao: g.onlyJiao !== undefined,
      per: g.per ?? null,
    };
    if (currency === null) {
      // A bare number keeps only itself, so a following currency word can start a new scan.
      atom.end = m.index + (g.prefix ?? '').length + num.length + atom.fuzzy.length;
      from = atom.end;
    }
    atoms.push(atom);
  }
  return atoms;
}

/**
 * Find every amount of money in one paragraph, in text order; a range yields two matches (low,
 * high) that share a `rangeId`.
 *
 * @param text one paragraph (no newlines); may contain spaces, full-width digits and traditional characters.
 */
export function extractAmounts(text: string): AmountMatch[] {
  const out = findAmounts(text);
  lastText = text;
  lastSpans = out.map((m) => [m.start, m.end] as const);
  return out;
}

// The paragraph of the last `extractAmounts` call and the spans found in it.
let lastText: string | null = null;
let lastSpans: ReadonlyArray<readonly [number, number]> = [];

/**
 * The `[start, end)` spans of `extractAmounts(text)`, reusing the last call's result when it was
 * for the same paragraph.
 */
export function amountSpans(text: string): ReadonlyArray<readonly [number, number]> {
  if (text !== lastText) extractAmounts(text);
  return lastSpans;
}

/** The matches of `extractAmounts`. */
function findAmounts(text: string): AmountMatch[] {
  if (!hasMoneyMark(text)) return [];
  const scan = toAsciiDigits(text);
  const atoms = scanAtoms(scan);
  const out: AmountMatch[] = [];
  let rangeId = 0;
  for (let i = 0; i < atoms.length; i += 1) {
    const high = atoms[i] as Atom;
    if (high.currency === null) continue;
    const value = valueOf(high, '');
    if (value === null) continue;
    const after = scan.slice(high.end);
    const approxAfter = APPROX_AFTER.test(after);

    // 5-10万元, 5万元~50万元, 5至10万元: the atom before, joined by a range sign.
    const low = i > 0 ? (atoms[i - 1] as Atom) : null;
    if (low && RANGE_GAP.test(scan.slice(low.end, high.start)) && (low.currency === null || low.currency === high.currency)) {
      const lowValue = low.onlyJiao || high.onlyJiao ? null : valueOf(low, scaleOf(high));
      if (lowValue !== null && compareDecimal(lowValue, value) < 0) {
        if (out.at(-1)?.start === low.start) out.pop();
        rangeId += 1;
        const before = clauseBefore(scan, low.start);
        const bound = findBound(before, after);
        const approx = APPROX_BEFORE.test(before) || approxAfter;
        const per = high.per ?? low.per ?? perBefore(before);
        out.push(toMatch(text, low, lowValue, high.currency, per, bound, approx, 'low', rangeId));
        out.push(toMatch(text, high, value, high.currency, per, bound, approx, 'high', rangeId));
        continue;
      }
    }
    const before = clauseBefore(scan, high.start);
    const prev = out.at(-1);
    // 8.3万元（大写：捌万叁仟元整）: the same amount written out, counted once.
    if (prev !== undefined && prev.value === value && WRITTEN_OUT_BEFORE.test(scan.slice(prev.end, high.start))) continue;
    const approx = APPROX_BEFORE.test(before) || approxAfter;
    const per = high.per ?? perBefore(before) ?? (prev !== undefined && prev.end > high.start - before.length && RAISED_TO.test(before) ? prev.per : null);
    out.push(toMatch(text, high, value, high.currency, per, findBound(before, after), approx, null, null));
  }
  addScaleAlone(text, scan, out);
  return out;
}

/** Build the public match for one atom. */
function toMatch(
  text: string,
  atom: Atom,
  value: string,
  currency: string,
  per: string | null,
  bound: 'max' | 'min' | null,
  approx: boolean,
  range: 'low' | 'high' | null,
  rangeId: number | null,
): AmountMatch {
  return {
    start: atom.start,
    end: atom.end,
    text: text.slice(atom.start, atom.end),
    value,
    currency,
    per,
    bound,
    approx: approx || atom.fuzzy !== '',
    range,
    rangeId,
  };
}
