import fc from 'fast-check';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../src/write/markdown.js';
import { cellWidth } from '../src/write/width.js';

const { handlers: _ours, ...plain } = SETTINGS;
const withFastText = unified().use(remarkGfm, { stringLength: cellWidth }).use(remarkStringify, SETTINGS).freeze();
const asRemarkDoes = unified().use(remarkGfm, { stringLength: cellWidth }).use(remarkStringify, plain).freeze();

/** Text pieces as minutes have them, and every ASCII character Markdown may need escaped. */
const PIECES = ['会议议定', '（一）', '22.5亿元', '〔2021〕36号', '1.', '2)', '# ', '- ', '+ ', '* ', '> ', '|', '_', '__', '**', '~', '`', '[', ']', '(', ')', '<', '>', '&amp;', '&', '\\', '!', ':', 'http://a.cn', 'www.gov.cn', 'a@b.cn', ' ', '\n', '\t', '1)', '10.', '==', '---', '***'];
const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme-ascii', maxLength: 3 }), fc.constantFrom('副旗长', '同意', '、', '。', '：', '元/吨'));
const textValue = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));

const phrasing = (values: string[]): PhrasingContent[] =>
  values.map((value, i): PhrasingContent => (i % 3 === 1 ? { type: 'strong', children: [{ type: 'text', value }] } : { type: 'text', value }));

const tree = (values: string[]): Root => {
  const children: RootContent[] = [
    { type: 'heading', depth: 2, children: phrasing(values.slice(0, 2)) },
    { type: 'paragraph', children: phrasing(values) },
    { type: 'list', ordered: false, children: [{ type: 'listItem', children: [{ type: 'paragraph', children: phrasing(values.slice(1)) }] }] },
    {
      type: 'table',
      children: [
        { type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: '姓名' }] }, { type: 'tableCell', children: [{ type: 'text', value: '职务' }] }] },
        { type: 'tableRow', children: values.slice(0, 2).map((value) => ({ type: 'tableCell' as const, children: [{ type: 'text' as const, value }] })) },
      ],
    },
  ];
  return { type: 'root', children };
};

describe('Markdown text handler', () => {
  it('writes text exactly as mdast-util-to-markdown does, escapes included', () => {
    fc.assert(
      fc.property(fc.array(textValue, { minLength: 2, maxLength: 6 }), (values) => {
        expect(withFastText.stringify(tree(values))).toBe(asRemarkDoes.stringify(tree(values)));
      }),
      { numRuns: 1500 },
    );
  });

  it('still escapes what would change the meaning', () => {
    const out = withFastText.stringify(tree(['1. 会议*同意*', '甲|乙']));
    expect(out).toContain('\n1\\. 会议\\*同意\\*');
    expect(out).toContain('| 甲\\|乙 |');
  });
});
