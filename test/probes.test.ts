/**
 * Lines of minutes in common layouts that were misread, each with what a reader takes from it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { parsePeople } from '../src/recognisers/people.js';
import { normalise } from '../src/stages/normalise.js';

const seed = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'standing-meeting-seed.txt'), 'utf8');

describe('the printing line', () => {
  it('reads a date with spaces around 年 月 日', () => {
    const doc = parse(seed.replace('2021年11月10日印发', '2021 年 11 月 10 日印发'), { path: 'seed.txt' });
    expect([doc.meta.printedBy, doc.meta.printDate]).toEqual(['鄂托克前旗人民政府办公室', '2021-11-10']);
  });
});

describe('attendance in the opening beside label lines of another role', () => {
  const doc = parse(
    '某市人大常委会主任会议纪要\n\n2023年11月2日，主任张三主持召开主任会议。副主任刘建平、那顺乌日图、王丽华，秘书长张海出席会议。会议纪要如下：\n\n' +
      '一、会议决定召开常委会会议。\n\n列席会议的有：办公室副主任乌云其木格、赵磊。\n',
    { path: 'x.txt' },
  );
  it('keeps who the opening says was present', () => {
    expect(doc.attendance.map((g) => [g.role, g.people.map((p) => p.name)])).toEqual([
      ['chair', ['张三']],
      ['attending', ['乌云其木格', '赵磊']],
      ['present', ['刘建平', '那顺乌日图', '王丽华', '张海']],
    ]);
  });
  it('takes no group from the opening of a role a label line gives', () => {
    const both = parse(
      '某市人大常委会主任会议纪要\n\n2023年11月2日，主任张三主持召开主任会议。副主任刘建平出席会议。\n\n一、会议决定召开常委会会议。\n\n出席：副主任刘建平、王丽华\n',
      { path: 'x.txt' },
    );
    expect(both.attendance.filter((g) => g.role === 'present').map((g) => g.people.map((p) => p.name))).toEqual([['刘建平', '王丽华']]);
  });
});

describe('names', () => {
  const names = (text: string) => parsePeople(normalise(text)).people.map((p) => [p.name, p.note]);
  it('reads names with 和 (孟和, 王和平)', () => {
    expect(names('何志远　张　伟　孟　和　李秀英　其其格')).toEqual([
      ['何志远', null],
      ['张伟', null],
      ['孟和', null],
      ['李秀英', null],
      ['其其格', null],
    ]);
    expect(names('副县长王和平、孟和')).toEqual([
      ['王和平', null],
      ['孟和', null],
    ]);
  });
  it('still splits two people joined by 和', () => {
    expect(names('纪洪山和各委员').map((n) => n[0])).toEqual(['纪洪山']);
  });
  it('joins a padded two-character name before a bracketed reason', () => {
    expect(names('赵　刚（出差）')).toEqual([['赵刚', '出差']]);
  });
});

describe('resolutions', () => {
  it('takes the lead-in 会议议定事项如下 for no resolution', () => {
    const doc = parse('某县人民政府常务会议纪要\n\n2023年5月8日，县长王强主持召开县政府常务会议。会议议定事项如下：\n\n一、原则同意实施道路项目。\n', { path: 'x.txt' });
    expect(doc.resolutions.map((r) => [r.item, r.verb])).toEqual([[1, '原则同意']]);
  });
});

describe('the title', () => {
  it.each(['\n', '\n\n'])('takes a session line under the title for no title', (gap) => {
    const doc = parse(`呼和浩特市人大常委会主任会议纪要${gap}第二十三次\n\n2023年11月2日，主任张三主持召开主任会议。\n\n一、会议决定召开常委会会议。\n`, { path: 'x.txt' });
    expect(doc.meta.title).toBe('呼和浩特市人大常委会主任会议纪要');
    expect(doc.meta.session?.number).toBe(23);
  });
});
