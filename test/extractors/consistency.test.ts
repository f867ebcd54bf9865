import { describe, expect, it } from 'vitest';
import { extractAmounts } from '../../src/extractors/amount.js';
import { checkAmounts, checkDateOrder } from '../../src/extractors/consistency.js';

const check = (text: string) => checkAmounts(text, extractAmounts(text));

describe('checkAmounts: 大写 against 小写', () => {
  it.each([
    ['合同价款为人民币壹佰贰拾万元整（¥1,200,000.00）。'],
    ['中标价为人民币捌拾陆万伍仟元整（小写：865000元）。'],
    ['中标价120万元（大写：壹佰贰拾万元整）'],
    ['成交金额：壹佰零捌万陆仟元整（¥1,086,000.00）'],
  ])('accepts %s', (text) => {
    expect(check(text)).toEqual([]);
  });

  it('flags a 大写 amount that disagrees with the 小写 beside it, spanning both', () => {
    const text = '合同价款为人民币壹佰贰拾万元整（¥1,300,000.00）。';
    const findings = check(text);
    expect(findings.map((f) => [f.rule, f.start, f.end])).toEqual([['amount-capital-mismatch', 5, 29]]);
    expect(text.slice(5, 29)).toBe('人民币壹佰贰拾万元整（¥1,300,000.00');
  });

  it('flags the 小写-first order too', () => {
    const findings = check('中标价120万元（大写：壹佰壹拾万元整）');
    expect(findings.map((f) => f.rule)).toEqual(['amount-capital-mismatch']);
    expect(findings[0]?.message).toContain('1100000');
  });

  it('does not pair amounts that are far apart', () => {
    expect(check('一期投资壹佰万元，二期投资200万元。')).toEqual([]);
  });
});

describe('checkAmounts: parts against the total', () => {
  it('accepts parts that add up to the total or less', () => {
    expect(check('项目总投资共计500万元，其中中央资金300万元、地方配套200万元。')).toEqual([]);
    expect(check('合计0.3万元，其中0.1万元、0.2万元。')).toEqual([]);
  });

  it('flags parts that add up to more than the total, once per total', () => {
    const text = '项目总投资共计500万元，其中中央资金300万元、地方配套250万元。';
    const findings = check(text);
    expect(findings.map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([
      ['amount-parts-exceed-total', '500万元，其中中央资金300万元、地方配套250万元'],
    ]);
    expect(findings[0]?.message).toContain('5500000');
  });

  it('compares exactly, never in floating point', () => {
    // 0.1 + 0.2 in binary floating point is 0.30000000000000004 > 0.3.
    expect(check('合计0.3元，其中0.1元、0.2元。')).toEqual([]);
    expect(check('合计0.3元，其中0.1元、0.21元。').map((f) => f.rule)).toEqual(['amount-parts-exceed-total']);
  });

  it('ignores parts in another currency', () => {
    expect(check('合计100万元，其中外资20万美元、内资90万元。')).toEqual([]);
  });
});

describe('checkDateOrder', () => {
  it.each([
    ['2021-11-09', '2021-11-10', null],
    ['2021-11-10', '2021-11-10', null],
    ['2021-11', '2021-11-10', null],
    [null, '2021-11-10', null],
    ['2021-11-09', null, null],
    ['not a date', '2021-11-10', null],
  ])('%s before %s → null', (meeting, issue, expected) => {
    expect(checkDateOrder(meeting, issue)).toBe(expected);
  });

  it('reports a meeting dated after the issue', () => {
    expect(checkDateOrder('2021-11-12', '2021-11-10')).toMatch(/2021-11-12.*2021-11-10/);
    expect(checkDateOrder('2022-01', '2021-12-31')).not.toBeNull();
  });
});
