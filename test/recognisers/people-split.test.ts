/**
 * How parsePeople splits a list into groups and entries (one pass over the list): separators,
 * spaces and empty entries, conjunctions, and the offsets of what is found.
 */
import { describe, expect, it } from 'vitest';
import { isName, parsePeople } from '../../src/recognisers/people.js';

const brief = (text: string, base = 0) => {
  const { people, unparsed } = parsePeople(text, base);
  return { people: people.map((p) => [p.name, p.titles, p.start, p.end]), unparsed: unparsed.map((u) => [u.text, u.start, u.end]) };
};

describe('parsePeople splitting', () => {
  it('drops empty entries and groups, trims spaces and keeps offsets', () => {
    expect(brief(' 局长张三 、、 李四 ，， 副局长 王五和赵六;', 5)).toEqual({
      people: [
        ['张三', ['局长'], 6, 10],
        ['李四', ['局长'], 14, 16],
        ['王五', ['副局长'], 20, 26],
        ['赵六', ['副局长'], 27, 29],
      ],
      unparsed: [],
    });
  });

  it('gives pending titles to the next name, within a group only', () => {
    expect(brief('主任、副主任 张三 ,李四', 5).people).toEqual([
      ['张三', ['主任', '副主任'], 8, 14],
      ['李四', [], 16, 18],
    ]);
  });

  it('reads a list without punctuation as spaced names', () => {
    expect(brief('徐 炎 马锋旺', 5).people).toEqual([
      ['徐炎', [], 5, 8],
      ['马锋旺', [], 9, 12],
    ]);
  });

  it('reports an entry with no name', () => {
    expect(brief('长', 5)).toEqual({ people: [], unparsed: [['长', 5, 6]] });
  });
});

describe('isName', () => {
  it.each([
    ['张三', true],
    ['阿拉腾·乌拉', true],
    ['局长', false],
    ['长', false],
    ['张', false],
    ['各位', false],
    // The shape alone: five characters at most without a dot (six transliterated ones); up to
    // eight before one, sixteen after.
    ['阿拉腾乌拉', true],
    ['阿拉腾乌拉图', true],
    ['阿拉腾乌拉图雅', false],
    ['阿拉•乌拉', true],
    ['㐀乌', true],
    ['·乌拉', false],
    ['阿拉腾·', false],
    ['阿拉腾·a', false],
    ['阿拉腾乌拉图雅乌·拉', true],
    ['阿拉腾乌拉图雅乌拉·图', false],
    [`阿·${'乌拉'.repeat(8)}`, true],
    [`阿·${'乌拉'.repeat(8)}图`, false],
    ['阿拉腾·乌拉·图雅', true],
  ])('%s → %s', (s, expected) => {
    expect(isName(s)).toBe(expected);
  });
});
