import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { fromHtml } from '../../src/input/html.js';
import { expectFaithfulMap } from './map-check.js';

const corpus = readFileSync('/work/shared/corpus/005.txt', 'utf8');

/** A government page the way sites publish minutes: chrome around an article. */
function page(body: string): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>第十六届人民政府第32次常务会议召开_政务公开</title>
<style>p { text-indent: 2em }</style><script>var x = "<p>不是正文</p>";</script></head>
<body>
<header><div class="logo">句容市人民政府</div></header>
<nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></nav>
<div role="navigation">当前位置：首页 &gt; 政务公开</div>
<article>
<header><h1>第十六届人民政府第32次常务会议召开</h1></header>
${body}
</article>
<noscript>请启用JavaScript</noscript>
<footer>版权所有：句容市人民政府办公室&nbsp;&nbsp;苏ICP备05000000号</footer>
</body></html>`;
}

const paragraphs = corpus
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '');

describe('fromHtml', () => {
  it('keeps the article and drops head, script, style, nav, chrome header/footer, noscript', () => {
    const source = page(paragraphs.map((p) => `<p>&nbsp;&nbsp;${p}</p>`).join('\n'));
    const r = fromHtml(source);
    expect(r.text).toBe(['第十六届人民政府第32次常务会议召开', ...paragraphs.map((p) => `\u00a0\u00a0${p.replace(/\s+/g, ' ')}`)].join('\n\n'));
    expectFaithfulMap(source, r);
    for (const p of paragraphs) expect(r.toSource(r.text.indexOf(p.slice(0, 3), r.text.indexOf('\u00a0')))).toBe(source.indexOf(p.slice(0, 3), source.indexOf('<p>&nbsp;')));
  });

  it('maps character references to their start', () => {
    const source = '<p>会议&amp;纪要&nbsp;&#x4F1A;&#20250;议 &lt;通过&gt;</p>';
    const r = fromHtml(source);
    expect(r.text).toBe('会议&纪要\u00a0会会议 <通过>');
    expect(r.toSource(2)).toBe(source.indexOf('&amp;'));
    expect(r.toSource(5)).toBe(source.indexOf('&nbsp;'));
    expect(r.toSource(6)).toBe(source.indexOf('&#x4F1A;'));
    expect(r.toSource(7)).toBe(source.indexOf('&#20250;'));
    expect(r.toSource(8)).toBe(source.lastIndexOf('议'));
    expect(r.toSource(r.text.indexOf('<'))).toBe(source.indexOf('&lt;'));
    expectFaithfulMap(source, r);
  });

  it('collapses white space, keeps U+3000, breaks lines at blocks and <br>', () => {
    const source = '<div>\r\n  出席：  张三，\n  李四\r\n</div><div>列席：<span>王五</span><br>请假：赵六</div><p>\u3000\u3000会议指出</p>';
    const r = fromHtml(source);
    expect(r.text).toBe('出席： 张三， 李四\n列席：王五\n请假：赵六\n\n\u3000\u3000会议指出');
    expectFaithfulMap(source, r);
    expect(r.toSource(r.text.indexOf('李四'))).toBe(source.indexOf('李四'));
  });

  it('keeps white space in <pre>', () => {
    const source = '<pre>一、总体要求\n  （一）抓好落实</pre>';
    const r = fromHtml(source);
    expect(r.text).toBe('一、总体要求\n  （一）抓好落实');
    expectFaithfulMap(source, r);
  });

  it('joins table cells with a tab, one row per line', () => {
    const source = '<table><tr><th>项目</th><th>金额</th></tr><tr><td>道路改造</td><td> 1.2亿元 </td></tr></table>';
    const r = fromHtml(source);
    expect(r.text).toBe('项目\t金额\n道路改造\t1.2亿元');
    expectFaithfulMap(source, r);
  });

  it('drops chrome named by class or id on pages without semantic elements, unless that leaves nothing', () => {
    const source = readFileSync(new URL('./gov-page.html', import.meta.url), 'utf8');
    const r = fromHtml(source);
    expect(r.text).not.toMatch(/首页|当前位置|版权所有/);
    expect(r.text).toMatch(/^××市人民政府第16次常务会议纪要\n\n发布时间/);
    expect(r.text).toContain('会议原则同意该方案，由市发改委负责落实，所需资金1.2亿元由市财政统筹。\n会议要求，各部门要密切配合。');
    expectFaithfulMap(source, r);
    expect(fromHtml('<div class="footer">会议纪要</div>').text).toBe('会议纪要');
    expect(fromHtml('<article><div class="share">分享</div><p>正文</p></article><div id="nav_bar">导航</div>').text).toBe('分享\n\n正文');
    expect(fromHtml('<div class="content-footer-x">正文</div>').text).toBe('正文');
  });

  it('drops hidden elements', () => {
    expect(fromHtml('<p>正文</p><p hidden>隐藏</p><div aria-hidden="true">隐藏</div>').text).toBe('正文');
  });

  it('gives the same text as hast-util-to-text on content without chrome (line breaks aside)', () => {
    const source = `<body><h2>一、总体要求</h2>${paragraphs.map((p) => `<p>${p}</p>`).join('')}<ul><li>分送：各镇</li><li>抄送：旗委</li></ul><table><tr><td>甲</td><td>乙</td></tr></table></body>`;
    const expected = toText(unified().use(rehypeParse).parse(source));
    const squeeze = (s: string): string => s.replace(/\n+/g, '\n').trim();
    expect(squeeze(fromHtml(source).text)).toBe(squeeze(expected));
  });

  it('is deterministic and never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '/', 'p', 'br', 'div', 'td', 'script', 'pre', '&', 'amp;', '#x4F1A;', '&nbsp', '"', '=', ' ', '\n', '\r', '会', '议', '\u3000', '𠀀', '<!--', '-->') }), (source) => {
        const a = fromHtml(source);
        expect(fromHtml(source).text).toBe(a.text);
        expectFaithfulMap(source, a, { strict: false });
      }),
      { numRuns: 500 },
    );
  });
});
