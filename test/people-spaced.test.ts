/**
 * Attendance lists whose entries are separated by spaces: a name and its post (or the post and
 * its name) a pair at a time, a reason for absence after the name, an office before its person.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { parsePeople } from '../src/recognisers/people.js';

/** The people of a list as [name, titles, note], and the entries that named nobody. */
const read = (text: string) => {
  const { people, unparsed } = parsePeople(text);
  return { people: people.map((p) => [p.name, p.titles, p.note]), unparsed: unparsed.map((u) => u.text) };
};

/** The attendance of a document with `line` after its first topic, as role, people and units. */
const attendance = (line: string) =>
  parse(`某县人民政府常务会议纪要\n\n一、关于某事项\n\n会议原则同意。\n\n${line}\n`, { path: 'x.txt' }).attendance.map((g) => ({
    role: g.role,
    people: g.people.map((p) => [p.name, p.titles, p.note]),
    units: g.units,
  }));

describe('names and posts separated by spaces', () => {
  it('pairs each name with the post after it', () => {
    expect(attendance('出席：王海燕 副县长  李　明 副县长  陈志强 县政府办主任')).toEqual([
      {
        role: 'present',
        people: [
          ['王海燕', ['副县长'], null],
          ['李明', ['副县长'], null],
          ['陈志强', ['县政府办主任'], null],
        ],
        units: [],
      },
    ]);
  });

  it('pairs each post with the name after it', () => {
    expect(attendance('出席：副县长 王海燕  副县长 李明')).toEqual([
      {
        role: 'present',
        people: [
          ['王海燕', ['副县长'], null],
          ['李明', ['副县长'], null],
        ],
        units: [],
      },
    ]);
  });

  it('gives a post after a name to that name only', () => {
    expect(read('王海燕 副县长 李明')).toEqual({
      people: [
        ['王海燕', ['副县长'], null],
        ['李明', [], null],
      ],
      unparsed: [],
    });
  });

  it('keeps a list of names alone, with a two-character name written with a space', () => {
    expect(read('马锋旺 黄德宝 徐 炎')).toEqual({
      people: [
        ['马锋旺', [], null],
        ['黄德宝', [], null],
        ['徐炎', [], null],
      ],
      unparsed: [],
    });
  });

  it('keeps a list of bodies alone', () => {
    expect(read('县发改局 县财政局 县住建局')).toEqual({ people: [], unparsed: ['县发改局', '县财政局', '县住建局'] });
  });
});

describe('a reason for absence after a space', () => {
  it('is the note of the name before it, not a person', () => {
    expect(attendance('请假：副县长李四 因公出差')).toEqual([
      { role: 'absent', people: [['李四', ['副县长'], '因公出差']], units: [] },
    ]);
  });

  it('is the note of the last pair only', () => {
    expect(read('王海燕 副县长  李明 副县长 因公外出')).toEqual({
      people: [
        ['王海燕', ['副县长'], null],
        ['李明', ['副县长'], '因公外出'],
      ],
      unparsed: [],
    });
  });

  it('in brackets after a space, is the note of the name before it', () => {
    expect(read('副县长李四 （出差）')).toEqual({ people: [['李四', ['副县长'], '出差']], unparsed: [] });
  });

  it('goes with its name in a list of names and posts', () => {
    expect(read('王海燕 副县长 因公外出  李明 副县长')).toEqual({
      people: [
        ['王海燕', ['副县长'], '因公外出'],
        ['李明', ['副县长'], null],
      ],
      unparsed: [],
    });
  });
});

describe('an office and its person separated by a space', () => {
  it('gives the office as the title of the name after it', () => {
    expect(attendance('记录：区政府办 王　强')).toEqual([{ role: 'other', people: [['王强', ['区政府办'], null]], units: [] }]);
  });
});
