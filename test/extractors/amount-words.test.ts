/** Amounts written with a currency named apart from 元, and amounts of a scale alone (近千万元). */
import { describe, expect, it } from 'vitest';
import { extractAmounts } from '../../src/extractors/amount.js';

const read = (text: string) => extractAmounts(text).map((a) => [a.text, a.value, a.currency, a.bound, a.approx]);

describe('a foreign currency named before the number or after 元', () => {
  it.each([
    ['协议投资港币2亿元。', [['2亿元', '200000000', 'HKD', null, false]]],
    ['首期到位美元500万元。', [['500万元', '5000000', 'USD', null, false]]],
    ['注册资本1000万元港币。', [['1000万元', '10000000', 'HKD', null, false]]],
    ['投资500万元（美元）。', [['500万元', '5000000', 'USD', null, false]]],
    ['投资人民币500万元，美元另计。', [['人民币500万元', '5000000', 'CNY', null, false]]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a scale alone before 元', () => {
  it.each([
    ['项目总投资近千万元。', [['千万元', '10000000', 'CNY', null, true]]],
    ['累计投入逾亿元。', [['亿元', '100000000', 'CNY', 'min', false]]],
    ['年产值超过百亿元。', [['百亿元', '10000000000', 'CNY', 'min', false]]],
    ['数千万元的资金缺口', []],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('the unit an amount is given per', () => {
  const pers = (text: string) => extractAmounts(text).map((a) => [a.text, a.per]);
  it.each([
    ['补助标准由每生每年15000元提高至18000元。', [['15000元', '生·年'], ['18000元', '生·年']]],
    ['由每人每年2400元提高到2640元。', [['2400元', '人·年'], ['2640元', '人·年']]],
    ['每班80元。', [['80元', '班']]],
    ['每村每年不低于10万元。', [['10万元', '村·年']]],
    ['每个单位奖励5万元。', [['5万元', '单位']]],
    ['每个500元。', [['500元', '个']]],
  ])('%s', (text, expected) => {
    expect(pers(text)).toEqual(expected);
  });
});
