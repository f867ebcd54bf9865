import { describe, expect, it } from 'vitest';
import { addDecimal, compareDecimal, mulDecimal, normaliseDecimal, shiftDecimal, sumDecimals } from '../../src/extractors/decimal.js';
import { parseNumeral } from '../../src/extractors/numeral.js';

describe('parseNumeral', () => {
  it.each([
    ['一百四十四', '144'],
    ['两千', '2000'],
    ['兩千', '2000'],
    ['十一', '11'],
    ['十', '10'],
    ['二十', '20'],
    ['一千零五', '1005'],
    ['一千零十', '1010'],
    ['三点五', '3.5'],
    ['一点零五', '1.05'],
    ['二〇二一', '2021'],
    ['二○二一', '2021'],
    ['零', '0'],
    ['1,234.56', '1234.56'],
    ['1,200,000.00', '1200000'],
    ['1173.3 万', '11733000'],
    ['１２３', '123'],
    ['１２．５', '12.5'],
    ['壹佰贰拾万', '1200000'],
    ['贰拾', '20'],
    ['捌拾陆万伍仟', '865000'],
    ['壹仟零伍拾', '1050'],
    ['叁拾伍万陆仟柒佰捌拾玖', '356789'],
    ['3.5万亿', '3500000000000'],
    ['2亿3千万', '230000000'],
    ['五万三千亿', '5300000000000'],
    ['1亿零5', '100000005'],
    ['一万二', '12000'],
    ['二百五', '250'],
    ['22.5亿', '2250000000'],
    ['三百萬', '3000000'],
    ['1.5億', '150000000'],
    ['三点五万', '35000'],
    ['2,345.6万', '23456000'],
  ])('%s → %s', (text, expected) => {
    expect(parseNumeral(text)).toBe(expected);
  });

  it.each([[''], ['千'], ['万'], ['1,23'], ['12,3456'], ['元'], ['一百元'], ['abc'], ['2亿3亿'], ['百十']])(
    'rejects %j',
    (text) => {
      expect(parseNumeral(text)).toBeNull();
    },
  );
});

describe('decimal strings', () => {
  it('adds without binary rounding', () => {
    expect(addDecimal('0.1', '0.2')).toBe('0.3');
    expect(sumDecimals(['0.1', '0.2', '0.3'])).toBe('0.6');
    expect(sumDecimals([])).toBe('0');
    expect(addDecimal('-1.5', '1.5')).toBe('0');
  });

  it('multiplies and shifts exactly', () => {
    expect(mulDecimal('1173.3', '10000')).toBe('11733000');
    expect(mulDecimal('0.1', '0.1')).toBe('0.01');
    expect(shiftDecimal('3', -1)).toBe('0.3');
    expect(shiftDecimal('22.5', 8)).toBe('2250000000');
    expect(shiftDecimal('9007199254740993', 4)).toBe('90071992547409930000');
  });

  it('normalises and compares', () => {
    expect(normaliseDecimal('1200000.00')).toBe('1200000');
    expect(normaliseDecimal('007.50')).toBe('7.5');
    expect(normaliseDecimal('-0.0')).toBe('0');
    expect(compareDecimal('5.5', '5.50')).toBe(0);
    expect(compareDecimal('10', '9.99')).toBe(1);
    expect(compareDecimal('0.3', '0.30001')).toBe(-1);
  });

  it('rejects anything that is not a decimal string', () => {
    expect(() => normaliseDecimal('1e3')).toThrow();
    expect(() => addDecimal('NaN', '1')).toThrow();
  });
});
