/** Ranges of counts and measures: 20-30人, 3—5个, 85%—90%. */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extractors/quantity.js';
import { parse } from '../../src/index.js';

const read = (text: string) => extractQuantities(text).map((q) => [q.text, q.value, q.unit, q.range, q.rangeId]);

describe('a range of a count', () => {
  it.each([
    ['每期培训20-30人。', [['20', '20', '人', 'low', 1], ['30人', '30', '人', 'high', 1]]],
    ['设置3—5个培训点。', [['3', '3', '个', 'low', 1], ['5个', '5', '个', 'high', 1]]],
    ['覆盖率达到85%—90%。', [['85%', '85', '%', 'low', 1], ['90%', '90', '%', 'high', 1]]],
    ['安排10至15名干部。', [['10', '10', '名', 'low', 1], ['15名', '15', '名', 'high', 1]]],
    ['培训30人，其中女性20人。', [['30人', '30', '人', null, null], ['20人', '20', '人', null, null]]],
    ['第3-5次会议', []],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('numbers the ranges of a document in turn', () => {
    const doc = parse('某县会议纪要\n\n一、关于培训\n\n会议同意每期培训20-30人，设置3—5个培训点。\n', { path: 'x.txt' });
    expect(doc.quantities.map((q) => [q.text, q.range, q.rangeId])).toEqual([
      ['20', 'low', 1],
      ['30人', 'high', 1],
      ['3', 'low', 2],
      ['5个', 'high', 2],
    ]);
  });
});
