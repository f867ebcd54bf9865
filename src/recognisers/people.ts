/**
 * Splitting attendance entries into people: `旗人民政府副旗长、公安局局长魏振选` → 魏振选 with titles
 * [旗人民政府副旗长, 公安局局长]; `副旗长宋晓磊、施慧、杨继强` → three people sharing the title;
 * `李崇光校长` (name first) → 李崇光; `徐 炎` → 徐炎; `（出差）` / `因公` → note.
 * Works on normalised text and returns offsets into it.
 */
import { type CharSet, charSet, hasAnyInSet, inSet, isHan, isSpace, removeSpaces } from '../text/chars.js';
import { WordIndex } from '../text/words.js';

/** A person found in a list, with offsets into the list text. */
export interface PersonMatch {
  name: string;
  titles: string[];
  note: string | null;
  /** Entry span (title and name) in the text. */
  start: number;
  end: number;
}

/** An entry that yielded no name (reported by label lists, ignored in prose). */
export interface Unparsed {
  text: string;
  start: number;
  end: number;
}

// Title endings, longest first. A title ends with one of these; a name follows it.
const TITLE_WORDS = [
  '党组成员', '主任科员', '总工程师', '总经济师', '总会计师', '提名人选', '正科级干部', '副科级干部',
  '常务副主任', '理事长', '董事长', '秘书长', '检察长', '委员长', '审判长', '参谋长', '司令员', '巡视员',
  '调研员', '总经理', '负责人', '研究员', '工程师', '督学', '总监', '总师', '院士', '教授', '政委', '专员',
  '助理', '秘书', '科员', '干部', '人选', '主任', '主席', '书记', '委员', '常委', '成员', '领导', '代表',
  '经理', '主管', '记者', '同志',
  '旗长', '县长', '区长', '市长', '省长', '州长', '乡长', '镇长', '盟长', '局长', '处长', '科长', '股长',
  '所长', '站长', '院长', '校长', '部长', '厅长', '署长', '社长', '行长', '台长', '馆长', '队长', '组长',
  '班长', '会长', '团长', '庭长', '园长', '场长', '厂长', '主委', '组员',
  // Boards, hospitals, firms and villages (文书 only after 村: 王文书 is a name).
  '董事', '监事', '顾问', '医师', '护士长', '护士', '会计', '出纳', '支书', '村文书', '网格员', '联络员',
].sort((a, b) => b.length - a.length);
/** Title words by their last character, for scanning ends from the right. */
const TITLES = new WordIndex(TITLE_WORDS);
/** A whole title written after a name: 校长, 副书记, 常务副县长, 委员长. */
const TRAILING_TITLE = new RegExp(`(?:常务)?(?:副|代|执行|名誉|党组|党委)?(?:${TITLE_WORDS.join('|')})$`);

/** A CJK ideograph (the unified block or extension A): what names are written in. */
function isIdeograph(code: number): boolean {
  return isHan(code) || (code >= 0x3400 && code <= 0x4dbf);
}

/**
 * The middle dots of transliterated names (阿拉腾·乌拉), as typed with other keyboards and fonts
 * (艾力・阿不都, 艾力･阿不都), and the full stop written for one (买买提.吐尔逊).
 */
function isNameDot(code: number): boolean {
  return code === 0xb7 || code === 0x2022 || code === 0x30fb || code === 0xff65 || code === 0x2027 || code === 0x2e; // · • ・ ･ ‧ .
}

/** Chinese numerals: 十二.关于… is a numbered heading, not a name written with a full stop. */
const NUMERALS = charSet('〇零一二三四五六七八九十百');

/**
 * True when the full stop at `k` in `s` stands for a name's dot: two characters or more on either
 * side of it, and no numeral before it.
 */
function isStopDot(s: string, k: number): boolean {
  if (k < 2 || s.length - k - 1 < 2) return false;
  for (let i = 0; i < k; i++) if (!inSet(NUMERALS, s.charCodeAt(i))) return true;
  return false;
}

/**
 * The characters Mongolian, Tibetan and Uyghur names are transliterated with (额尔敦巴雅尔,
 * 阿拉坦敖其尔, 次仁旺堆): a name of six characters without a dot is one of these, where six
 * characters of others are a post and a name (网格员孙小红) or a body.
 */
const TRANSLITERATION = charSet(
  '阿巴宝包布查朝达道德额恩尔噶嘎格根古哈海浩呼和吉克拉勒力鲁伦玛满芒孟米木穆那纳娜尼诺其奇钦琪日萨赛森沙斯苏索塔坦腾特图吐托乌温西锡希雅亚扬伊音英云扎珠卓兰敖敦毕胡楚贵花桂荣仁都必策登莫牧乐合赫泰旭胜柱锁次多旺堆央姆顿平措瓦桑曲白朗强贡觉洛赤列丹增旦秋普琼边罗才让不热曼买提逊艾依丽麦努帕库班孜吾约甫江塞迪罕默明玉素肉夏如则祖排汗',
);

/** True when every character of `s` is a {@link TRANSLITERATION} character. */
function isTransliterated(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!inSet(TRANSLITERATION, s.charCodeAt(i))) return false;
  return true;
}

/**
 * True when `s` has the shape of a name: two to five ideographs, six transliterated ones, or one
 * to eight ideographs, a middle dot, and one to sixteen ideographs and dots. (A loop: the regex
 * call cost more than the test, and this runs for every entry and every candidate name in it.)
 */
function hasNameShape(s: string): boolean {
  // The leading ideographs; past eight, neither shape fits.
  let k = 0;
  while (k < s.length && k <= 8 && isIdeograph(s.charCodeAt(k))) k++;
  if (k === s.length) return (k >= 2 && k <= 5) || (k === 6 && isTransliterated(s));
  if (k < 1 || k > 8 || !isNameDot(s.charCodeAt(k))) return false;
  if (s.charCodeAt(k) === 0x2e && !isStopDot(s, k)) return false;
  const rest = s.length - k - 1;
  if (rest < 1 || rest > 16) return false;
  for (let i = k + 1; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (!isIdeograph(code) && !isNameDot(code)) return false;
  }
  return true;
}
/** Words and characters no personal name has (organisations, groups, places, verbs), and digits. */
const NOT_A_NAME = new WordIndex([
  '政府', '人民', '委员会', '办公', '中心', '公司', '集团', '学校', '大学', '学院', '医院', '部门', '单位', '会议',
  '召开', '领导', '负责', '人员', '有关', '相关', '全体', '其他', '主要', '分管', '部分', '具体',
  '人大', '政协', '区直', '审议', '决议', '协议', '村民', '居民', '群众',
  '各', '等', '在', '就', '对', '及', '与', '了', '的', '局', '委', '办', '院', '部', '府', '镇', '县',
  '市', '省', '厅', '处', '室', '所', '站', '队', '组', '团', '馆', '校', '街道', '社区',
  '届', '号', '题', ...'0123456789',
]);

/**
 * Characters that end the names of bodies and of counts (协会, 合作社, 某某区, 财务科, 杭锦旗, 本次)
 * or start them (会计, 社区, 科协, 由…主持, 议程), but stand in names too (张会军, 刘社教, 达瓦次仁,
 * 次仁多吉, 张建议, 李科, 李红旗, and the surname 区): where each may stand is in {@link placeFits}.
 */
const PLACED = charSet('会社区次由议科旗');
/** Common surnames, before which 李科 and 李红旗 are names where 外科 and 杭锦旗 are bodies. */
const SURNAMES = charSet(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖贾夏付方邹熊白孟秦邱侯江尹薛闫段雷黎史陶贺毛郝顾龚邵覃武钱戴严欧莫孔向常汤',
);

/**
 * True when the {@link PLACED} character `c` may stand at `i` in the name `s`: 会 and 社 inside
 * it only; 由 and 议 anywhere but first; 次 anywhere but last; 区 first (the surname) or inside a
 * name after a common surname (周区华); 科 and
 * 旗 inside it, or last after a common surname (李科; 李红旗, but not after the 前 后 左 右 中 of
 * a banner's name).
 */
function placeFits(s: string, i: number, c: number): boolean {
  const last = s.length - 1;
  switch (c) {
    case 0x4f1a: // 会
    case 0x793e: // 社
      return i > 0 && i < last;
    case 0x7531: // 由
    case 0x8bae: // 议
      return i > 0;
    case 0x6b21: // 次
      return i < last;
    case 0x533a: // 区
      return i === 0 || (i < last && inSet(SURNAMES, s.charCodeAt(0)));
    default: // 科 旗
      if (i === 0) return false;
      if (i < last) return true;
      if (!inSet(SURNAMES, s.charCodeAt(0))) return false;
      return c === 0x79d1 /* 科 */ ? s.length === 2 : s.length <= 3 && !'前后左右中'.includes(s[i - 1] as string);
  }
}

/** True when `s` looks like a personal name. */
export function isName(s: string): boolean {
  // Two to five characters, or a transliteration with a middle dot (阿拉腾·乌拉).
  if (!hasNameShape(s) || NOT_A_NAME.occursIn(s)) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (inSet(PLACED, c) && !placeFits(s, i, c)) return false;
  }
  return !TITLES.occursIn(s);
}

/** Who of a body attends, after its name: 主要负责同志, 分管领导, 有关人员, 全体干部职工, 主任委员 … */
const BODY_PEOPLE = /(?:的)?(?:有关|相关|主要|分管|全体)?(?:负责同志|负责人|领导班子成员|班子成员|领导同志|领导|干部职工|干部|职工|工作人员|人员|同志|代表|主任委员|副?主任|委员|成员)?等?$/;
/** Representatives of a group of people (村民代表, 居民代表, 职工代表): a group, never one's title. */
const REPRESENTATIVES = /^(?:村民|居民|群众|职工|党员)代表$/;

/** The longest entry read as a body (上海庙经济开发区经济发展局主要负责同志 is 20). */
const MAX_BODY = 32;
/**
 * How the name of a body ends: 局, 委, 办公室 (室), 人民政府 (府), 中心, 街道, 苏木, 嘎查, 常委会,
 * 红十字会, 科协, 农商行, 支行, 第一中学 … (but not 例会 or 办公会: meetings end in 会 too)
 */
const BODY_END = /(?:村民|居民|群众|职工|党员|党组织|局|委|办|院|厅|部|室|处|科|所|站|中心|府|公司|集团|银行|[商分支农工建中]行|校|中学|小学|大学|街道|社区|镇|乡|苏木|嘎查|村|组|联|协|委员会|管委会|居委会|村委会|常委会|理事会|董事会|监事会|红十字会|工会|协会|商会|联合会|学会|人大|政协|队|馆|社|台|园|区|旗|县|市|盟|州|厂|场|单位|部门)$/;
/** The opening brackets of a note, as a set: one scan, where two `includes` calls cost more. */
const BRACKET_OPEN = charSet('(（');
/** A bracketed part (各乡镇（街道）, 市发改委（物价局）, 吕建平（议题二至四）). */
const BRACKETED = /[(（][^()（）]*[)）]/g;

/** `text` without its bracketed parts. */
export function withoutBrackets(text: string): string {
  return hasAnyInSet(text, BRACKET_OPEN) ? text.replace(BRACKETED, '') : text;
}

/**
 * True when an entry of an attendance list that names no person names a body (县发改局,
 * 县住建局主要负责同志, 各苏木镇): 列席 lists often give units, not people.
 */
export function isBody(entry: string): boolean {
  // The name of a body and who of it attends are short; a longer entry is prose.
  if (entry.length > MAX_BODY) return false;
  const compact = withoutBrackets(removeSpaces(entry));
  let t = compact.replace(BODY_PEOPLE, '');
  // 局领导, 院领导: the body's own people, named by the last character of its name.
  if (t.length === 1 && t.length < compact.length) return BODY_END.test(t);
  // 各科科长, 各乡镇党委书记: the post of who attends after the bodies, which are several (各).
  if (t.length > 2 && t.charCodeAt(0) === 0x5404 /* 各 */) {
    const post = TRAILING_TITLE.exec(t);
    if (post !== null && post.index >= 2) t = t.slice(0, post.index);
  }
  return t.length >= 2 && BODY_END.test(t);
}

/** The longest entry read as titles and a name (上海庙经济开发区经济发展局副局长刘晓燕 is 21). */
const MAX_ENTRY = 64;

const BRACKET_NOTE = /[(（]([^()（）]{1,20})[)）]/;
/** A reason for absence after a name, whole: 因公, 因公外出, 因病请假, 出差, 另有公务. */
const REASON_NOTE = /((?:因公|因事|因病|因故)(?:外出|出差|出国|请假|缺席)?|请假|出差|公出|外出|另有公务)/;
/** The first characters of the reasons (a token without any has none). */
const REASON_FIRST = charSet('因请出公外另');
/** 等, 同志, 共12人 after the last name; every such tail ends in one of these. */
const COUNT_TAIL = /(?:等|同志|共\d+人|\d+人)+$/;
const COUNT_TAIL_LAST = charSet('等志人');

/**
 * Separators of groups (…局长张三，副局长李四), of entries in a group (、) and of spaced names, as
 * sets: every character of a list is tested against them, and a set is one lookup where a string
 * of separators is a loop.
 */
const LIST_SEPARATORS = charSet(',，;；。、');
const ENTRY_SEPARATOR = 0x3001; // 、
const SPACE_SEPARATORS = charSet(' \t\n\r\u3000');
/** The characters of 和, 及, 以及, 与: an entry without any has no conjunction. */
const CONJUNCTIONS = charSet('和及与');

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Add `text` [a, b) to `out` as a token, trimmed of spaces, unless nothing is left. */
function pushTrimmed(out: Token[], text: string, base: number, a: number, b: number): void {
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (b > a) out.push({ text: text.slice(a, b), start: base + a, end: base + b });
}

/** Split `text` at the separator characters of `sep`, trimming spaces; offsets kept. */
function splitAt(text: string, base: number, sep: CharSet): Token[] {
  const out: Token[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !inSet(sep, text.charCodeAt(i))) continue;
    pushTrimmed(out, text, base, from, i);
    from = i + 1;
  }
  return out;
}

/** The entries of a group (…局长张三、李四), and whether one of them has a conjunction character. */
interface Group {
  tokens: Token[];
  conjunction: boolean;
  /**
   * The entries are a name and its post, a pair at a time (王海燕 副县长  李明 副县长; 副县长
   * 王海燕  副县长 李明): a reason after the last name is that name's alone.
   */
  paired?: true;
  /** The posts are written after their names: a post is its name's alone, never shared. */
  postsAfter?: true;
}

/**
 * Split a punctuated list into groups at `,，;；。` and each group into entries at `、`, in one pass
 * (splitting the list, then each group, then looking for conjunctions went over it three times).
 * Entries are trimmed of spaces; empty entries and groups are dropped.
 */
function splitGroups(text: string, base: number): Group[] {
  const groups: Group[] = [];
  let tokens: Token[] = [];
  let conjunction = false;
  let from = 0;
  let depth = 0; // inside brackets (吴敏（议题一、二）) nothing separates
  for (let i = 0; i <= text.length; i++) {
    // (Never read past the end: one read there makes V8 compile every read as a call.)
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (code >= 0 && (depth > 0 || !inSet(LIST_SEPARATORS, code))) {
      if (code === 0x28 || code === 0xff08) depth++; // ( （
      else if (depth > 0 && (code === 0x29 || code === 0xff09)) depth--; // ) ）
      else if (inSet(CONJUNCTIONS, code)) conjunction = true;
      continue;
    }
    pushTrimmed(tokens, text, base, from, i);
    from = i + 1;
    if (code === ENTRY_SEPARATOR) continue;
    if (tokens.length) groups.push({ tokens, conjunction });
    tokens = [];
    conjunction = false;
  }
  return groups;
}

/** An entry read as titles, a name and a note. */
interface Entry {
  titles: string[];
  name: string | null;
  note: string | null;
  /** A title in brackets after the name (李强（区委办主任）): this person's alone, never shared. */
  own?: string;
  /** The note is a reason written after the name, not in brackets (韩雪因公外出). */
  trailing?: true;
}

// Entries of the current document already read (the same people stand in the list of every
// topic they attend), shared between callers, which only read them. Emptied for each document
// ({@link forgetEntries}), so a parse never depends on the documents parsed before it, and when
// it grows large.
const ENTRIES = new Map<string, Entry>();
const MAX_ENTRIES = 4096;

/** A new document starts: forget the entries read so far. */
export function forgetEntries(): void {
  ENTRIES.clear();
}

/** Read one entry, or take it from the entries already read. */
function readEntry(text: string): Entry {
  let entry = ENTRIES.get(text);
  if (entry === undefined) {
    if (ENTRIES.size >= MAX_ENTRIES) ENTRIES.clear();
    entry = readNewEntry(text);
    ENTRIES.set(text, entry);
  }
  return entry;
}

/**
 * `s` without spaces at its ends, as `trim` gives it; tested first, as entries come trimmed from
 * the split (but for the halves of a conjunction) and the call costs more than the test.
 */
function trimSpaces(s: string): string {
  return s.length > 0 && (isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(s.length - 1))) ? s.trim() : s;
}

/**
 * Read one entry: title(s) then name, or name then title. A title in brackets after the name
 * (李强（区委办主任）, 郑强（县发改局）) is one of its titles, any other remark its note.
 */
function readNewEntry(text: string): Entry {
  const b = hasAnyInSet(text, BRACKET_OPEN) ? BRACKET_NOTE.exec(text) : null;
  if (b === null) return readBareEntry(text, null);
  const inside = (b[1] as string).trim();
  const t = (text.slice(0, b.index) + text.slice(b.index + b[0].length)).trim();
  // (dá) after a character is pinyin noise from a mirror site, not a remark.
  if (!/[\u4e00-\u9fff]/.test(inside)) return readBareEntry(t, null);
  const compact = removeSpaces(inside);
  const titled = compact.length >= 2 && !REASON_NOTE.test(compact) && (TITLES.endsAt(compact, compact.length) || isBody(compact));
  if (!titled) return readBareEntry(t, inside);
  const entry = readBareEntry(t, null);
  return entry.name === null ? readBareEntry(t, inside) : { ...entry, own: inside };
}

/** {@link readNewEntry} of an entry without its bracketed remark, `note` being that remark. */
function readBareEntry(text: string, bracketNote: string | null): Entry {
  let t = text;
  let note = bracketNote;
  const r = hasAnyInSet(t, REASON_FIRST) ? REASON_NOTE.exec(t) : null;
  if (r && r.index > 0) {
    t = t.slice(0, r.index).trim();
    if (note === null) {
      const e = readReasonless(t, r[1] as string);
      return e.name === null ? e : { ...e, trailing: true };
    }
  }
  return readReasonless(t, note);
}

/** {@link readBareEntry} of an entry without its reason, `note` being the note found. */
function readReasonless(text: string, note: string | null): Entry {
  let t = text;
  if (t.length > 0 && inSet(COUNT_TAIL_LAST, t.charCodeAt(t.length - 1))) t = t.replace(COUNT_TAIL, '');
  t = trimSpaces(t);
  // No title and name run this long: it is prose, not an entry.
  if (t.length > MAX_ENTRY) return { titles: [], name: null, note };
  const compact = removeSpaces(t);
  if (isName(compact)) return { titles: [], name: compact, note };
  // Title first: the rightmost title ending that leaves a name after it.
  let best: number | null = null;
  let rest = '';
  for (let end = t.length; end > 0 && best === null; end--) {
    if (!TITLES.endsAt(t, end)) continue;
    rest = removeSpaces(t.slice(end));
    if (rest === '' || isName(rest)) best = end;
  }
  if (best !== null) {
    // (No trim: `t` is trimmed, and a title ending is no space.)
    const title = t.slice(0, best);
    if (rest !== '') return { titles: title ? [title] : [], name: rest, note };
    // Name first: 李崇光校长, 邹星庐副书记.
    const tt = TRAILING_TITLE.exec(t);
    if (tt) {
      const head = removeSpaces(t.slice(0, tt.index));
      if (isName(head)) return { titles: [tt[0]], name: head, note };
    }
    return nameAndPost(t, note) ?? { titles: title ? [title] : [], name: null, note };
  }
  return officeAndName(t, note) ?? nameAndPost(t, note) ?? { titles: [], name: null, note };
}

/**
 * `覃海燕　副市长`, `李　娜　市住建局副局长`: a name, a space, then the post (lists of one person a
 * line), or null.
 */
function nameAndPost(t: string, note: string | null): Entry | null {
  if (!hasSpace(t)) return null;
  const tokens = t.split(/\s+/);
  let head = tokens[0] as string;
  let k = 1;
  // 李　娜: a two-character name written with a space.
  if (head.length === 1 && (tokens[1] as string | undefined)?.length === 1) {
    head += tokens[1] as string;
    k = 2;
  }
  if (tokens.length <= k || !isName(head)) return null;
  return { titles: [tokens.slice(k).join('')], name: head, note };
}

/**
 * One person's entry on a line of its own (`覃海燕　副市长`, `副市长覃海燕`), as a person, or null when
 * it names none. Offsets are into `text` plus `base`.
 */
export function parseEntry(text: string, base = 0): PersonMatch | null {
  const start = text.length - text.trimStart().length;
  const t = text.trim();
  const e = readNewEntry(t);
  if (e.name === null) return null;
  return { name: e.name, titles: e.own === undefined ? e.titles.slice() : [...e.titles, e.own], note: e.note, start: base + start, end: base + start + t.length };
}

/** True when `t` has white space (a loop: no regex call for the many entries without). */
function hasSpace(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (isSpace(t.charCodeAt(i))) return true;
  return false;
}

/**
 * `市政府办公室　蔡文`: an office, a space, then a name (列席 lists written one office and its
 * person at a time), or null.
 */
function officeAndName(t: string, note: string | null): Entry | null {
  let i = t.length - 1;
  while (i > 0 && !isSpace(t.charCodeAt(i))) i--;
  if (i <= 0) return null;
  const name = t.slice(i + 1);
  const office = t.slice(0, i).trim();
  return office !== '' && isName(name) ? { titles: [office], name, note } : null;
}

/**
 * Read the people of an attendance list.
 * @param text The list text (normalised), without its label.
 * @param base Offset of `text` in the caller's text (added to every offset).
 */
export function parsePeople(text: string, base = 0): { people: PersonMatch[]; unparsed: Unparsed[] } {
  const people: PersonMatch[] = [];
  const unparsed: Unparsed[] = [];
  // Space-separated names (马锋旺 黄德宝 徐 炎) when the list has no punctuation separators.
  // (Spaces at the ends change neither test: the list needs no trimming.)
  const spaced = !/[,，、;；]/.test(text) && /\S\s+\S/.test(text);
  const groups = spaced ? [spacedGroup(text, base)] : splitGroups(text, base);
  for (const g of groups) {
    const tokens = g.conjunction ? splitConjunctions(g.tokens) : g.tokens;
    let pending: string[] = [];
    // The entries that gave the pending titles: unparsed if no name follows them in the group.
    let pendingTokens: Token[] = [];
    let shared: string[] | null = null;
    const first = people.length;
    let last: Entry | null = null;
    for (const tk of tokens) {
      const e = readEntry(tk.text);
      last = e;
      if (e.name === null) {
        // 村民代表, 职工代表: a group of people, not a title the next name shares.
        if (e.titles.length && !REPRESENTATIVES.test(tk.text)) {
          pending.push(...e.titles);
          pendingTokens.push(tk);
        } else unparsed.push({ text: tk.text, start: tk.start, end: tk.end });
        continue;
      }
      pendingTokens = [];
      let titles: string[];
      if (e.titles.length || pending.length) {
        // A copy either way: entries are cached, and each person's titles are their own.
        titles = pending.length ? [...pending, ...e.titles] : e.titles.slice();
        shared = titles;
      } else titles = shared && !g.postsAfter ? shared.slice() : [];
      if (pending.length) pending = [];
      if (e.own !== undefined) titles = [...titles, e.own];
      people.push({ name: e.name, titles, note: e.note, start: tk.start, end: tk.end });
    }
    for (const tk of pendingTokens) unparsed.push({ text: tk.text, start: tk.start, end: tk.end });
    if (last?.trailing && !g.paired) shareReason(people, first, last.note as string);
  }
  // In text order (the entries of titles with no name after them are added at their group's end).
  if (unparsed.length > 1) unparsed.sort((a, b) => a.start - b.start);
  return { people, unparsed };
}

/**
 * 副县长沈亮、韩雪因公外出: a reason after the last name of a group is the reason of every name of
 * it, unless another of them gives its own. `from` is the group's first person in `people`.
 */
function shareReason(people: PersonMatch[], from: number, note: string): void {
  for (let i = from; i < people.length - 1; i++) if ((people[i] as PersonMatch).note !== null) return;
  for (let i = from; i < people.length - 1; i++) (people[i] as PersonMatch).note = note;
}

/**
 * A list separated by spaces, as one group: names (马锋旺 黄德宝 徐 炎), or names and posts a pair
 * at a time (王海燕 副县长  李　明 副县长; 副县长 王海燕  副县长 李明) made one entry each. A reason
 * for absence (副县长李四 因公出差, 李四 （出差）) goes with the entry before it.
 */
function spacedGroup(text: string, base: number): Group {
  const { tokens, order } = pairPosts(attachNotes(mergeSingles(splitAt(text, base, SPACE_SEPARATORS))));
  const group: Group = { tokens, conjunction: tokens.some((tk) => hasAnyInSet(tk.text, CONJUNCTIONS)) };
  if (order !== null) group.paired = true;
  if (order === 'postsAfter') group.postsAfter = true;
  return group;
}

/** A token that is a reason for absence or a bracketed remark and nothing else: a note. */
const WHOLE_NOTE = new RegExp(`^(?:${REASON_NOTE.source}|[(（][^()（）]{1,20}[)）])$`);

/** The tokens of a spaced list with each note joined to the token before it. */
function attachNotes(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const tk of tokens) {
    const prev = out[out.length - 1];
    if (prev !== undefined && WHOLE_NOTE.test(tk.text)) out[out.length - 1] = joinTokens(prev, tk);
    else out.push(tk);
  }
  return out;
}

/** What a token of a spaced list reads as: a name alone, a post or office alone, or neither. */
type Part = 'name' | 'post' | 'other';

function partOf(text: string): Part {
  const e = readEntry(text);
  if (e.name !== null) return e.titles.length === 0 && e.own === undefined ? 'name' : 'other';
  return e.titles.length > 0 || isBody(text) ? 'post' : 'other';
}

/** Two tokens of a spaced list as one entry, a space between them. */
function joinTokens(a: Token, b: Token): Token {
  return { text: `${a.text} ${b.text}`, start: a.start, end: b.end };
}

/**
 * The names and posts of a spaced list paired: when the list opens with a name then a post, each
 * name is joined with the post after it; when it opens with a post (or office) then a name, each
 * post with the name after it. Other lists are left as they are (order null).
 */
function pairPosts(tokens: Token[]): { tokens: Token[]; order: 'postsAfter' | 'postsBefore' | null } {
  if (tokens.length < 2) return { tokens, order: null };
  const parts = tokens.map((tk) => partOf(tk.text));
  const postsAfter = parts[0] === 'name' && parts[1] === 'post';
  if (!postsAfter && !(parts[0] === 'post' && parts[1] === 'name')) return { tokens, order: null };
  const [first, second]: Part[] = postsAfter ? ['name', 'post'] : ['post', 'name'];
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] as Token;
    const b = tokens[i + 1];
    if (b && parts[i] === first && parts[i + 1] === second) {
      out.push(joinTokens(a, b));
      i++;
    } else out.push(a);
  }
  return { tokens: out, order: postsAfter ? 'postsAfter' : 'postsBefore' };
}

/** The length of a token without a bracketed remark at its end (刚（出差） → 1). */
function bareLength(text: string): number {
  const open = text.search(/[(（]/);
  return open > 0 && /[)）]$/.test(text) ? open : text.length;
}

/** `徐 炎` written with a space: two one-character tokens are one name (`赵　刚（出差）` too). */
function mergeSingles(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i] as Token;
    const b = tokens[i + 1];
    if (b && a.text.length === 1 && bareLength(b.text) === 1) {
      out.push({ text: a.text + b.text, start: a.start, end: b.end });
      i++;
    } else out.push(a);
  }
  return out;
}

/** The entries of a group with its conjunctions split ({@link splitConjunction}), in one array. */
function splitConjunctions(tokens: Token[]): Token[] {
  // (A loop, not `flatMap`: that builtin and the array it wants per entry cost more than the split.)
  const out: Token[] = [];
  for (const tk of tokens) splitConjunction(tk, out);
  return out;
}

/** `纪洪山和各委员` → 纪洪山 + 各委员, but only when the entry does not read whole; added to `out`. */
function splitConjunction(tk: Token, out: Token[]): void {
  const m = hasAnyInSet(tk.text, CONJUNCTIONS) ? /^(.+?)(?:以及|和|及|与)(.+)$/.exec(tk.text) : null;
  if (!m || readEntry(m[1] as string).name === null) {
    out.push(tk);
    return;
  }
  const cut = (m[1] as string).length;
  const conj = tk.text.length - cut - (m[2] as string).length;
  out.push({ text: m[1] as string, start: tk.start, end: tk.start + cut });
  splitConjunction({ text: m[2] as string, start: tk.start + cut + conj, end: tk.end }, out);
}
