/**
 * Decision lists: a decision lead that ends with a colon (会议决定：, 会议研究决定如下：) makes the
 * numbered lines after it the clauses of one decision, each a resolution, whether the lead stands
 * alone or ends a paragraph.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

const TEXT =
  '某区人民政府第8次常务会议纪要\n\n2022年5月6日，区长周明主持召开区政府第8次常务会议。现纪要如下：\n\n' +
  '一、关于城区供热价格调整的事项\n会议听取了区发改局关于城区供热价格调整方案的汇报。会议认为，调整供热价格有利于行业持续健康发展。会议决定：\n' +
  '1.居民供热价格由每平方米22元调整为24元；\n2.非居民供热价格调整为每平方米30元，自2022年采暖期起执行；\n' +
  '3.由区发改局会同区住建局做好政策解读工作。该事项提交区委常委会会议审定。\n' +
  '二、关于2022年区级财政预算调整的事项\n会议议定：原则同意区财政局提出的预算调整方案，调增支出2,350.6万元。\n';

describe('a decision lead at the end of a paragraph', () => {
  const doc = parse(TEXT, { path: 'x.txt' });
  it('makes the numbered lines after it resolutions of the item, not sub-items', () => {
    expect(doc.items.map((i) => [i.number, i.children.length])).toEqual([
      ['一、', 0],
      ['二、', 0],
    ]);
    expect(doc.resolutions.map((r) => [r.item, r.number, r.text, r.referral])).toEqual([
      [1, '1.', '居民供热价格由每平方米22元调整为24元；', null],
      [1, '2.', '非居民供热价格调整为每平方米30元，自2022年采暖期起执行；', null],
      [1, '3.', '由区发改局会同区住建局做好政策解读工作。该事项提交区委常委会会议审定。', '区委常委会会议'],
      [2, null, '会议议定：原则同意区财政局提出的预算调整方案，调增支出2,350.6万元。', null],
    ]);
  });
  it('keeps the paragraph before the list', () => {
    expect(doc.items[0]?.paragraphs[0]?.lead).toBe('听取');
    expect(doc.items[0]?.paragraphs[0]?.text.endsWith('会议决定：')).toBe(true);
  });
});
