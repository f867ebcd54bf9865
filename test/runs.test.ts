/**
 * Every amount, quantity and date is read once, wherever the text that holds it sits: a heading
 * with its paragraph on the same line (一、关于道路项目。会议同意…投资100万元…) is two runs of text,
 * the heading and the paragraph, not the paragraph twice.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

const TEXT =
  '某县人民政府常务会议纪要\n\n2023年5月8日，县长王强主持召开县政府常务会议。现纪要如下：\n\n' +
  '一、关于道路项目。会议同意实施道路项目，投资100万元，于6月30日前开工。\n\n' +
  '二、关于学校项目\n会议同意实施学校项目，投资200万元，于7月30日前开工。\n';

describe('a heading with its paragraph on one line', () => {
  const doc = parse(TEXT, { path: 'x.txt' });
  it('reads each amount once, in its item', () => {
    expect(doc.amounts.map((a) => [a.item, a.text, a.value])).toEqual([
      [1, '100万元', '1000000'],
      [2, '200万元', '2000000'],
    ]);
  });
  it('reads each date once', () => {
    expect(doc.dates.map((d) => [d.item, d.text])).toEqual([
      [null, '2023年5月8日'],
      [1, '6月30日'],
      [2, '7月30日'],
    ]);
  });
  it('still reads a value in the heading itself', () => {
    const one = parse('某县人民政府常务会议纪要\n\n一、关于追加资金300万元的事项。会议同意追加。\n', { path: 'x.txt' });
    expect(one.amounts.map((a) => a.text)).toEqual(['300万元']);
  });
});
