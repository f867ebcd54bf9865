import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { type Item, type MinutesDocument, parse } from '../src/index.js';
import { toMarkdown } from '../src/write/markdown.js';
import { toMdast } from '../src/write/to-mdast.js';

const SEED = '/work/shared/seed/000_b81a2cdd68e8cb3f.txt';
const CORPUS = '/work/shared/corpus';
const corpusFiles = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => join(CORPUS, name));

/** Parse a file the way the CLI does: bytes in, path recorded. */
function parseFile(path: string): MinutesDocument {
  return parse(readFileSync(path), { path });
}

/** Read Markdown back into mdast, tables included. */
function readBack(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

/** Every node of a tree, depth first. */
function walk(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap((child) => walk(child)) : [])];
}

/** The plain text of a node (text and inline code values joined). */
function plain(node: Nodes): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return 'children' in node ? node.children.map((child) => plain(child)).join('') : '';
}

/** Every item and sub-item in document order. */
function flatten(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [item, ...flatten(item.children)]);
}

const seedDoc = parseFile(SEED);
const seedMd = toMarkdown(seedDoc);
const seedLines = seedMd.split('\n');

describe('toMarkdown on the seed minutes', () => {
  it('starts with the title as the H1 and a metadata table with the known fields', () => {
    expect(seedLines[0]).toBe('# 鄂托克前旗人民政府2021年第16次常务会议纪要');
    expect(seedMd).toMatch(/^\| 发文机关 +\| 鄂托克前旗人民政府 +\|$/m);
    expect(seedMd).toMatch(/^\| 文号 +\| 〔2021〕36号 +\|$/m);
    expect(seedMd).toMatch(/^\| 会议 +\| 2021年第16次常务会议 +\|$/m);
    expect(seedMd).toMatch(/^\| 会议日期 +\| 2021-11-09 +\|$/m);
    expect(seedMd).toMatch(/^\| 成文日期 +\| 2021-11-10 +\|$/m);
    expect(seedMd).toMatch(/^\| 主持 +\| 杨颖新 +\|$/m);
    expect(seedMd).toMatch(/^\| 印发 +\| 鄂托克前旗人民政府办公室（2021-11-10） +\|$/m);
  });

  it('writes the opening as a plain paragraph', () => {
    expect(seedLines).toContain(seedDoc.opening?.text);
  });

  it('writes one heading per item with its number as written: H2 top level, H3 children', () => {
    expect(seedLines).toContain('## 十、关于变更上海庙学校业务范围及部分幼儿园名称事宜');
    expect(seedLines).toContain('## 一、传达学习习近平总书记重要讲话重要指示批示精神和有关文件精神');
    expect(seedLines).toContain('### （四）传达学习习近平总书记关于禁毒工作的指示批示精神及相关内容');
  });

  it('shows the lead words in bold with the punctuation outside', () => {
    expect(seedMd).toContain('\n**会议指出**，鄂托克前旗全境都处于黄河流域');
    expect(seedMd).toContain('\n**会议议定**：\n');
    expect(seedMd).toContain('\n（一）**原则同意**将鄂托克前旗青少年活动中心附属幼儿园名称变更为鄂托克前旗第五幼儿园；\n');
  });

  it('lists every resolution under 议定事项 with its item, text, verb and referral', () => {
    const section = seedMd.slice(seedMd.indexOf('\n## 议定事项\n'), seedMd.indexOf('\n## 金额\n'));
    const entries = section.split('\n').filter((line) => /^\d+\. /.test(line));
    expect(entries).toHaveLength(seedDoc.resolutions.length);
    expect(entries[0]).toBe(
      '1. **议题三**：会议议定，原则同意《鄂托克前旗党委和政府及各有关部门生态环境保护责任清单》。' +
        '该事宜提交旗委常委会会议研究。（原则同意；提交：旗委常委会会议）',
    );
    expect(entries[3]).toBe('4. **议题五**：（二）同意成立鄂托克前旗债务风险降级工作领导小组，负责推进全旗债务风险降级工作。（同意）');
  });

  it('puts amounts in a table with exact decimal values', () => {
    expect(seedMd).toMatch(/^\| 项 +\| 原文 +\| 金额（元） +\| 单位 +\|$/m);
    expect(seedMd).toMatch(/^\| 议题七 +\| 1173\.3 万元 +\| 11733000 +\| +\|$/m);
    expect(seedMd).toMatch(/^\| 议题五 +\| 22\.5亿元 +\| 2250000000 +\| +\|$/m);
    expect(seedMd).toMatch(/^\| 议题六 +\| 430 元\/吨 +\| 430 +\| 吨 +\|$/m);
  });

  it('writes attendance as one table per group under the group label', () => {
    expect(seedMd).toMatch(/^\| 魏振选 +\| 旗人民政府副旗长、公安局局长 +\| +\|$/m);
    expect(seedLines).toContain('### 议题一、二列席');
    expect(seedLines).toContain('### 主持');
    const groups = seedDoc.attendance.filter((g) => g.people.length > 0).length;
    const headers = seedLines.filter((line) => /^\| 姓名 +\| 职务 +\| 备注 +\|$/.test(line));
    expect(headers).toHaveLength(groups);
  });

  it('writes the distribution lines', () => {
    expect(seedLines).toContain('分送：上海庙经济开发区管委会，各镇人民政府，旗人民政府各部门。');
    expect(seedLines).toContain('抄送：旗委，人大，政协，纪委，人武部，旗委各部门，法院，检察院。');
  });

  it('ends with warnings and errors (not info) placed by line:column', () => {
    const section = seedMd.slice(seedMd.indexOf('\n## 诊断\n'));
    expect(section).toContain('- `115:1` warning `page-break-repeat` ');
    expect(section).not.toContain('page-break-join');
    expect(seedMd.endsWith('\n')).toBe(true);
  });

  it('uses no character references and is the same on every run', () => {
    expect(seedMd).not.toContain('&#x');
    expect(toMarkdown(parseFile(SEED))).toBe(seedMd);
    expect(toMarkdown(seedDoc)).toBe(seedMd);
  });

  it('reads back with the same headings, paragraph text and attendance', () => {
    const tree = readBack(seedMd);
    const nodes = walk(tree);
    const headings = new Set(nodes.filter((n) => n.type === 'heading').map(plain));
    const items = flatten(seedDoc.items);
    expect(items.map((i) => `${i.number}${i.heading}`).filter((h) => !headings.has(h))).toEqual([]);
    const paragraphs = new Set(nodes.filter((n) => n.type === 'paragraph').map(plain));
    const texts = items.flatMap((i) => i.paragraphs.map((p) => p.text));
    expect(texts.filter((t) => !paragraphs.has(t))).toEqual([]);
    const rows = new Set(
      nodes.flatMap((n) => (n.type === 'tableRow' ? [n.children.map(plain).join('|')] : [])),
    );
    const people = seedDoc.attendance.flatMap((g) => g.people);
    const missing = people.filter((p) => !rows.has([p.name, p.titles.join('、'), p.note ?? ''].join('|')));
    expect(missing).toEqual([]);
    expect(nodes.some((n) => n.type === 'table')).toBe(true);
  });
});

describe('toMarkdown on the corpus', () => {
  it.each(corpusFiles.map((path) => [basename(path), path]))('%s: no escapes, stable, parses back', (_, path) => {
    const doc = parseFile(path);
    const markdown = toMarkdown(doc);
    expect(markdown).not.toContain('&#x');
    expect(toMarkdown(parseFile(path))).toBe(markdown);
    const nodes = walk(readBack(markdown));
    const hasPeople = doc.attendance.some((g) => g.people.length > 0);
    expect(nodes.some((n) => n.type === 'table')).toBe(hasPeople || doc.amounts.length > 0 || hasMeta(doc));
    const depth = nodes.filter((n) => n.type === 'heading').map((n) => (n.type === 'heading' ? n.depth : 0));
    expect(depth.filter((d) => d === 1)).toHaveLength(1);
    for (const item of flatten(doc.items)) {
      expect(markdown.split('\n')).toContain(`${'#'.repeat(Math.min(6, item.level + 1))} ${item.number}${item.heading}`.trim());
    }
  });

  it('writes the metadata rows that have values only', () => {
    const doc = parseFile(join(CORPUS, '058.txt'));
    const markdown = toMarkdown(doc);
    if (doc.meta.docNumber === null) expect(markdown).not.toMatch(/^\| 文号 /m);
    if (doc.meta.title === null) expect(markdown.split('\n')[0]).toBe(`# ${join(CORPUS, '058.txt')}`);
  });
});

/** True when the document has at least one metadata field the table shows. */
function hasMeta(doc: MinutesDocument): boolean {
  const m = doc.meta;
  return [m.issuer, m.docNumber, m.session?.text ?? null, m.kind, m.meetingDate, m.issueDate, m.chair, m.printedBy, m.printDate].some(
    (v) => v !== null && v.trim() !== '',
  );
}

describe('handlers on small inputs', () => {
  it('titles a document with neither title nor path 会议纪要', () => {
    const doc = parse('会议指出，要扎实推进各项工作。');
    expect(toMarkdown(doc).split('\n')[0]).toBe('# 会议纪要');
  });

  it('keeps full-width punctuation outside the bold so a following digit needs no escape', () => {
    const doc = parse('一、关于资金事宜\n\n会议同意：2022年安排资金100万元。\n');
    const markdown = toMarkdown(doc);
    expect(markdown).not.toContain('&#x');
    expect(markdown).toContain('**会议同意**：2022年安排资金100万元。');
  });

  it('builds generated nodes without positions', () => {
    const nodes = walk(toMdast(seedDoc));
    expect(nodes.every((n) => n.position === undefined)).toBe(true);
  });
});
