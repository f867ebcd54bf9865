/**
 * Attendance written as prose: `副区长张三、李四出席会议`, `会议由李崇光校长主持`,
 * `县人大常委会副主任陈永乐…应邀参加会议`, `邹星庐副书记因公缺席会议`, `列席会议的有…`.
 * Works on normalised text; offsets are into it.
 */
import type { Role } from '../schema.js';
import { charSet, inSet } from '../text/chars.js';
import { isBody, type PersonMatch, parsePeople, type Unparsed } from './people.js';

/** A group of people found in prose. */
export interface ProseGroup {
  role: Role;
  label: string;
  /** Where `label` starts in the text: after the people (…出席会议) or before them (参加会议的有：…). */
  labelStart: number;
  people: PersonMatch[];
  /** Bodies named without a person (县发改局、县住建局主要负责同志列席会议), as offsets into the text. */
  units: Array<{ start: number; end: number }>;
  start: number;
  end: number;
}

/** The entries of a list that name a body (see {@link isBody}). */
function unitsOf(unparsed: readonly Unparsed[]): Array<{ start: number; end: number }> {
  return unparsed.filter((u) => isBody(u.text)).map((u) => ({ start: u.start, end: u.end }));
}

// The verb that says what the people before it did, with what may follow it, or (group 4) that
// says what the people after it do (参加会议的有：, 出席的领导有：, but not 参加会议的有关部门);
// sticky, tried only where it can start ({@link nextVerb}).
const VERB =
  /(应邀|受邀)?(?:(主持召开|主持)|(出席|参加|列席|缺席|请假|与会)了?(?:本次|此次)?(?:会议|会(?!议)|$|(?=[。,，;；]))(?!的))|(列席|出席|参加)(?:会议|本次会议)?的(?:人员|领导|同志)?(?:有(?!关)|是)[:：]?/y;
/** The characters a {@link VERB} match starts with. */
const VERB_FIRST = charSet('应受主出参列缺请与');

/**
 * The first {@link VERB} match at or after `from` (what a global search from there finds). The
 * pattern is only tried where one of its first characters stands: a regex search tried it at every
 * character of the paragraph, and cost more than the rest of the reading.
 */
function nextVerb(text: string, from: number): RegExpExecArray | null {
  for (let i = from; i < text.length; i++) {
    if (!inSet(VERB_FIRST, text.charCodeAt(i))) continue;
    VERB.lastIndex = i;
    const m = VERB.exec(text);
    if (m) return m;
  }
  return null;
}

const ROLE_OF: Record<string, Role> = {
  主持: 'chair',
  主持召开: 'chair',
  出席: 'present',
  参加: 'present',
  与会: 'present',
  列席: 'attending',
  缺席: 'absent',
  请假: 'absent',
};

/** 会议邀请, 特邀请, 会上还邀请了 before the people: they came as guests (sticky, tried at their start). */
const INVITING = /(?:会议|会上)?[还并]?(?:特别邀请|特邀请|特邀|邀请)了?/y;

/** The length of an {@link INVITING} clause at `at` in `text`, or 0 when none stands there. */
function invitingAt(text: string, at: number): number {
  INVITING.lastIndex = at;
  return INVITING.exec(text)?.[0].length ?? 0;
}

/** Strip what stands before the people in a chair clause: `2021年11月9日,` `在415会议室`. */
function chairClause(text: string): [number, number] {
  let start = 0;
  const lastBreak = Math.max(text.lastIndexOf(','), text.lastIndexOf('，'), text.lastIndexOf('。'), text.lastIndexOf(';'), text.lastIndexOf('由'));
  if (lastBreak >= 0) start = lastBreak + 1;
  let end = text.length;
  const at = /在[^,，。]*$/.exec(text.slice(start));
  if (at && at.index > 0) end = start + at.index;
  return [start, end];
}

/**
 * Find prose attendance in one paragraph.
 * @param text Paragraph text (normalised).
 */
export function findProseAttendance(text: string): ProseGroup[] {
  const out: ProseGroup[] = [];
  let sentenceStart = 0;
  let from = 0;
  let next = 0;
  for (let m = nextVerb(text, 0); m; m = nextVerb(text, next)) {
    next = m.index + m[0].length;
    // Sentences end at 。; a list never crosses one.
    const stop = text.lastIndexOf('。', m.index - 1);
    if (stop + 1 > sentenceStart) sentenceStart = stop + 1;
    if (from < sentenceStart) from = sentenceStart;
    if (m[4] !== undefined) {
      // 列席会议的有：A、B、C。 — the people follow.
      const end0 = text.indexOf('。', m.index);
      const end = end0 < 0 ? text.length : end0;
      const start = m.index + m[0].length;
      const { people, unparsed } = parsePeople(text.slice(start, end), start);
      const units = unitsOf(unparsed);
      if (people.length || units.length) out.push({ role: ROLE_OF[m[4]] ?? 'other', label: m[0].replace(/[:：]$/, ''), labelStart: m.index, people, units, start: m.index, end });
      next = end;
      from = end;
      continue;
    }
    const verb = (m[2] ?? m[3]) as string;
    let invited = m[1] !== undefined;
    let a = from;
    let b = m.index;
    if (verb.startsWith('主持')) {
      const [s, e] = chairClause(text.slice(from, m.index));
      a = from + s;
      b = from + e;
    } else if (verb !== '缺席' && verb !== '请假') {
      // 会议邀请县人大常委会副主任刘强列席: invited, and 会议邀请 is no part of a title.
      const n = invitingAt(text, a);
      if (n > 0 && a + n < b) {
        a += n;
        invited = true;
      }
    }
    const { people, unparsed } = parsePeople(text.slice(a, b), a);
    const role: Role = invited ? 'invited' : (ROLE_OF[verb] ?? 'other');
    // Bodies stand in lists of who attended, never for a chair.
    const units = role === 'chair' ? [] : unitsOf(unparsed);
    if ((people.length || units.length) && !(role === 'chair' && people.length > 2)) {
      out.push({ role, label: m[0], labelStart: m.index, people, units, start: Math.min(people[0]?.start ?? b, units[0]?.start ?? b), end: m.index + m[0].length });
    }
    from = m.index + m[0].length;
    // Skip the punctuation after the verb so the next list starts clean.
    while (from < text.length && /[,，;；\s]/.test(text[from] as string)) from++;
  }
  return out;
}

// 听取了全国人大常委会秘书长刘奇作的关于…的汇报 / 听取了徐义东副主任对…的汇报
const HEARD = /听取了?(?<who>[^,，。;；、]{2,40}?)(?:所?作的|关于|对|就)[^。;；]*?汇报/g;
// 会上,黄德宝书记就…进行了详细汇报
const REPORTED = /(?:^|[,，。;；])(?:会上[,，]?)?(?<who>[^,，。;；]{2,20}?)就[^。;；]{2,80}?(?:作了?|进行了?)[^。;；,，]{0,6}汇报/g;

/**
 * People who reported to the meeting, in one paragraph (normalised).
 * @returns each with the entry's offsets.
 */
export function findReporters(text: string): PersonMatch[] {
  const out: PersonMatch[] = [];
  if (!text.includes('汇报')) return out;
  for (const re of [HEARD, REPORTED]) {
    if (re === HEARD ? !text.includes('听取') : !text.includes('就')) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const who = m.groups?.who as string;
      const at = m.index + m[0].indexOf(who);
      const { people } = parsePeople(who, at);
      if (people.length === 1) out.push(people[0] as PersonMatch);
      re.lastIndex = m.index + 1;
    }
  }
  return out.sort((a, b) => a.start - b.start).filter((p, i, all) => i === 0 || p.start !== (all[i - 1] as PersonMatch).start);
}
