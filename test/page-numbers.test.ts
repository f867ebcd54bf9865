/**
 * Page numbers between the two halves of a paragraph broken across pages, in the forms PDF
 * extraction and printed pages give them: the paragraph is joined again and the page line is
 * dropped, so an amount split by the page (服务费共计 11 | 73.3 万元) is read whole.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

const seed = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'standing-meeting-seed.txt'), 'utf8');
// The seed's 服务费共计 1173.3 万元, broken after its 11 by a page whose number line is `page`.
const broken = (page: string) => seed.replace('服务费共计 1173.3 万元', `服务费共计 11\n\n${page}\n\n73.3 万元`);
const amount = (text: string) => parse(text, { path: 'seed.txt' }).amounts.find((a) => a.text.endsWith('73.3 万元'))?.value;

describe('page numbers across a broken paragraph', () => {
  it('reads the amount whole without a break', () => {
    expect(amount(seed)).toBe('11733000');
  });
  it.each(['— 3 —', '第 3 页 共 9 页', '第3页/共9页', '共9页 第3页', 'Page 3 of 9', '- 3 / 9 -', '3'])('%s', (page) => {
    expect(amount(broken(page))).toBe('11733000');
  });
  it('keeps a lone number that is not set apart by blank lines', () => {
    const doc = parse('某县人民政府常务会议纪要\n\n一、关于项目\n会议同意项目数量为\n3\n个。\n', { path: 'x.txt' });
    expect(doc.items[0]?.paragraphs.map((p) => p.text).join('')).toContain('3');
  });
});

// A printed page repeats the issuing body or the title at its top (or foot); extraction puts that
// line between the halves of a broken paragraph.
describe('running headers at a page break', () => {
  const withHeader = (header: string) => seed.replace('服务费共计 1173.3 万元', `服务费共计 11\n\n— 3 —\n${header}\n73.3 万元`);
  it.each(['鄂托克前旗人民政府', '鄂托克前旗人民政府会议纪要'])('drops %s repeated from the top of the document', (header) => {
    const doc = parse(withHeader(header), { path: 'seed.txt' });
    expect(doc.amounts.find((a) => a.text.endsWith('73.3 万元'))?.value).toBe('11733000');
    expect(doc.diagnostics.filter((d) => d.rule === 'running-header').map((d) => d.message)).toEqual([`left out the running header '${header}' at a page break`]);
  });
  it('drops a line that follows two page numbers', () => {
    const text = seed
      .replace('服务费共计 1173.3 万元', '服务费共计 11\n\n— 3 —\n旗政府常务会议纪要\n73.3 万元')
      .replace('位于上海庙镇的 992 间', '位于上海庙镇的\n\n— 4 —\n旗政府常务会议纪要\n992 间');
    const doc = parse(text, { path: 'seed.txt' });
    expect(doc.amounts.find((a) => a.text.endsWith('73.3 万元'))?.value).toBe('11733000');
    expect(doc.items.flatMap((i) => i.paragraphs).some((p) => p.text.includes('位于上海庙镇的992 间储物间'))).toBe(true);
    expect(doc.diagnostics.filter((d) => d.rule === 'running-header')).toHaveLength(2);
  });
  it('keeps a line after a page number that is no running header', () => {
    const doc = parse(seed.replace('服务费共计 1173.3 万元', '服务费共计 11\n\n— 3 —\n73.3 万元'), { path: 'seed.txt' });
    expect(doc.diagnostics.filter((d) => d.rule === 'running-header')).toEqual([]);
  });
});
