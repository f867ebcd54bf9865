/**
 * Recognisers rewritten for speed, checked against the versions they replaced (kept here as
 * oracles) on generated strings, and on the cases each rewrite could have got wrong.
 */
import { describe, expect, it } from 'vitest';
import { matchAttendanceLabel } from '../../src/recognisers/labels.js';
import { DECISION_VERBS, matchLead } from '../../src/recognisers/lead.js';
import { readClauseResolution } from '../../src/recognisers/resolution.js';
import { seededRandom } from '../helpers/random.js';

/** The verb choice of readClauseResolution before it searched each verb once. */
function oracleVerb(text: string): string | null {
  const GENERAL = new Set<string>(['议定', '决定', '研究决定']);
  let verb: string | null = null;
  let at = Number.POSITIVE_INFINITY;
  const specific = DECISION_VERBS.filter((v) => !GENERAL.has(v) && text.includes(v));
  for (const v of specific.length ? specific : DECISION_VERBS) {
    const i = text.indexOf(v);
    if (i >= 0 && (i < at || (i === at && v.length > (verb?.length ?? 0)))) {
      at = i;
      verb = v;
    }
  }
  return verb;
}

const PIECES = [...DECISION_VERBS, '会议', '原则', '同', '意', '通', '过', '研究', '不', '，', '。', '该事宜', '提交', '常委会', '的', '方案'];

/** Strings of up to `length` pieces, the same ones every run. */
function* generated(count: number, length: number): Generator<string> {
  const random = seededRandom(2021);
  for (let i = 0; i < count; i++) {
    let s = '';
    for (let k = 1 + random(length); k > 0; k--) s += PIECES[random(PIECES.length)];
    yield s;
  }
}

describe('readClauseResolution verb', () => {
  it('agrees with the per-verb filter it replaced', () => {
    for (const s of generated(5000, 8)) expect([s, readClauseResolution(s).verb]).toEqual([s, oracleVerb(s)]);
  });

  it.each([
    ['会议议定，原则同意该方案', '原则同意'],
    ['会议议定，该方案暂缓', '暂缓'],
    ['会议研究决定，由旗财政局负责', '研究决定'],
    ['会议议定，由旗财政局负责', '议定'],
    ['不同意调整', '不同意'],
    ['无', null],
  ])('%s → %s', (text, verb) => {
    expect(readClauseResolution(text).verb).toBe(verb);
  });
});

describe('matchAttendanceLabel colon', () => {
  it.each([
    ['出席：张三', 3, 2],
    ['出席 ：　张三', 5, 2],
    ['出席\t:\t张三', 5, 2],
    ['列席会议人员:张三', 7, 6],
  ])('%s → length %i, label %i', (text, length, labelLength) => {
    expect(matchAttendanceLabel(text)).toMatchObject({ length, labelLength });
  });

  it('needs a colon after the label', () => {
    expect(matchAttendanceLabel('出席会议的有张三')).toBeNull();
    expect(matchAttendanceLabel('主持 张三')).toBeNull();
  });
});

describe('matchLead following decision', () => {
  it.each([
    ['会议研究并原则同意该方案', '同意', 9],
    ['会议审议了，并通过该方案', '通过', 9],
    ['会议听取并审议了汇报', '审议', 7],
    ['会议研究了该方案', '研究', 4],
  ])('%s → %s, length %i', (text, lead, length) => {
    expect(matchLead(text)).toMatchObject({ lead, length });
  });
});
