import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from '../../src/input/markdown.js';
import { expectFaithfulMap } from './map-check.js';

const seed = readFileSync('/work/shared/seed/000_b81a2cdd68e8cb3f.txt', 'utf8');

describe('fromMarkdown', () => {
  it('keeps the text of headings and paragraphs, one blank line between blocks', () => {
    const source = '# 旗人民政府常务会议纪要\n\n## 一、总体要求\n会议指出，要**扎实推进**各项工作。\n';
    const r = fromMarkdown(source);
    expect(r.text).toBe('旗人民政府常务会议纪要\n\n一、总体要求\n\n会议指出，要扎实推进各项工作。');
    expectFaithfulMap(source, r);
    expect(r.toSource(r.text.indexOf('一、'))).toBe(source.indexOf('一、'));
    expect(r.toSource(r.text.indexOf('扎实'))).toBe(source.indexOf('扎实'));
  });

  it('keeps soft line breaks and CRLF inside a paragraph', () => {
    const source = '出席：张三，李四\r\n列席：王五\r\n';
    const r = fromMarkdown(source);
    expect(r.text).toBe('出席：张三，李四\r\n列席：王五');
    expect(r.toSource(r.text.indexOf('列席'))).toBe(source.indexOf('列席'));
  });

  it('keeps ordered list markers, drops bullets, drops continuation indentation', () => {
    const source = '1. 会议同意《方案》。\n   由旗财政局负责。\n2. 会议原则通过。\n\n- 分送：各镇\n';
    const r = fromMarkdown(source);
    expect(r.text).toBe('1. 会议同意《方案》。\n由旗财政局负责。\n\n2. 会议原则通过。\n\n分送：各镇');
    expectFaithfulMap(source, r);
    expect(r.toSource(r.text.indexOf('由旗'))).toBe(source.indexOf('由旗'));
    expect(r.toSource(r.text.indexOf('2.'))).toBe(source.indexOf('2.'));
  });

  it('joins table cells with a tab, one row per line', () => {
    const source = '| 项目 | 金额 |\n|---|---|\n| 道路改造 | 1.2亿元 |\n';
    const r = fromMarkdown(source);
    expect(r.text).toBe('项目\t金额\n道路改造\t1.2亿元');
    expectFaithfulMap(source, r);
    expect(r.toSource(r.text.indexOf('1.2'))).toBe(source.indexOf('1.2'));
  });

  it('maps escapes and character references to their start', () => {
    const source = '会议\\*同意 &amp; 通过 &#x4F1A;议\n';
    const r = fromMarkdown(source);
    expect(r.text).toBe('会议*同意 & 通过 会议');
    expect(r.toSource(2)).toBe(source.indexOf('\\*'));
    expect(r.toSource(r.text.indexOf('&'))).toBe(source.indexOf('&amp;'));
    expect(r.toSource(r.text.lastIndexOf('会'))).toBe(source.indexOf('&#x4F1A;'));
    expect(r.toSource(r.text.lastIndexOf('议'))).toBe(source.lastIndexOf('议'));
  });

  it('reads block quotes, code spans, links, hard breaks and HTML blocks; drops images, tags and rules', () => {
    const source = '> 会议要求\n> 抓好落实\n\n见[附件](a.pdf)与`代码`![图](x.png)<span>x</span>  \n下一行\n\n---\n\n<div align="center">会议&amp;纪要<br>第二行</div>\n\n<!-- 注释 -->\n';
    const r = fromMarkdown(source);
    expect(r.text).toBe('会议要求\n抓好落实\n\n见附件与代码x\n下一行\n\n会议&纪要\n第二行');
    expect(r.toSource(r.text.indexOf('&'))).toBe(source.indexOf('&amp;'));
    expect(r.toSource(r.text.indexOf('第二行'))).toBe(source.indexOf('第二行'));
    expectFaithfulMap(source, r);
    expect(r.toSource(r.text.indexOf('抓好'))).toBe(source.indexOf('抓好'));
  });

  it('maps a whole real document faithfully', () => {
    const r = fromMarkdown(seed);
    expectFaithfulMap(seed, r);
    expect(r.text.replace(/\s+/g, '')).toBe(seed.replace(/\s+/g, ''));
  });

  it('is deterministic and never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('#', '*', '_', '`', '|', '-', '\\', '&', ';', '>', '1', '.', ' ', '\n', '\r', '\t', '会', '议', 'a', '<', '[', ']', '(', ')', '!', '\u3000', '𠀀') }), (source) => {
        const a = fromMarkdown(source);
        const b = fromMarkdown(source);
        expect(a.text).toBe(b.text);
        expectFaithfulMap(source, a, { strict: false });
      }),
      { numRuns: 500 },
    );
  });
});
