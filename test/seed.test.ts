/**
 * The design document, checked field by field against its hand-checked gold annotation
 * (eval/gold/000_b81a2cdd68e8cb3f.json, from shared/docs/gold-example.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const doc = parse(readFileSync(join(root, 'fixtures', 'standing-meeting-seed.txt')), { path: 'seed.txt' });
const gold = JSON.parse(readFileSync(join(root, 'eval', 'gold', '000_b81a2cdd68e8cb3f.json'), 'utf8'));

describe('seed minutes', () => {
  it('reads the metadata', () => {
    expect(doc.meta).toMatchObject({
      issuer: '鄂托克前旗人民政府',
      title: '鄂托克前旗人民政府2021年第16次常务会议纪要',
      docNumber: '〔2021〕36号',
      meetingDate: '2021-11-09',
      issueDate: '2021-11-10',
      printedBy: '鄂托克前旗人民政府办公室',
      printDate: '2021-11-10',
      chair: '杨颖新',
      kind: '常务会议',
    });
    expect(doc.meta.session).toMatchObject({ number: 16, year: 2021, term: null });
  });

  it('has the 12 items with their exact headings and item 1 has 4 sub-headings', () => {
    expect(doc.items.map((i) => [i.ordinal, i.heading])).toEqual(gold.items.map((i: { n: number; heading: string }) => [i.n, i.heading]));
    expect(doc.items.map((i) => i.children.length)).toEqual(gold.items.map((i: { children: number }) => i.children));
    expect(doc.items[0]?.children.map((c) => c.number)).toEqual(['（一）', '（二）', '（三）', '（四）']);
  });

  it('puts 14 resolutions in the right items, with verbs and referrals', () => {
    expect(doc.resolutions).toHaveLength(14);
    const perItem = doc.items.map((i) => doc.resolutions.filter((r) => r.item === i.ordinal).length);
    expect(perItem).toEqual(gold.items.map((i: { resolutions: number }) => i.resolutions));
    const r3 = doc.resolutions.find((r) => r.item === 3);
    expect(r3?.verb).toBe('原则同意');
    expect(r3?.referral).toBe('旗委常委会会议');
    expect(doc.resolutions.filter((r) => r.item === 10).map((r) => r.number)).toEqual(['（一）', '（二）', '（三）', '（四）']);
    // 第10次常务会议议定的… inside a clause is not a resolution of its own.
    expect(doc.resolutions.filter((r) => r.text.startsWith('议定'))).toHaveLength(0);
  });

  it('reads the 8 amounts exactly', () => {
    expect(doc.amounts.map((a) => [a.text, a.value, a.per, a.item])).toEqual(
      gold.amounts.map((a: { text: string; yuan: string; per?: string; item: number }) => [a.text, a.yuan, a.per ?? null, a.item]),
    );
  });

  it('reads every attendance group with names, titles and topics', () => {
    expect(doc.attendance.map((g) => [g.role, g.topics, g.people.map((p) => p.name)])).toEqual(
      gold.attendance.map((g: { role: string; topics: number[] | null; names: string[] }) => [g.role, g.topics, g.names]),
    );
    const present = doc.attendance.find((g) => g.role === 'present');
    expect(present?.people[1]).toMatchObject({ name: '魏振选', titles: ['旗人民政府副旗长', '公安局局长'] });
    expect(present?.people.slice(2).map((p) => p.titles)).toEqual([['旗人民政府副旗长'], ['旗人民政府副旗长'], ['旗人民政府副旗长']]);
  });

  it('reads the distribution', () => {
    expect(doc.distribution).toEqual(gold.distribution);
  });

  it('reports the page-break joins and the repeated character', () => {
    const joins = doc.diagnostics.filter((d) => d.rule === 'page-break-join');
    expect(joins.length).toBeGreaterThanOrEqual(10);
    const repeat = doc.diagnostics.find((d) => d.rule === 'page-break-repeat');
    expect(repeat?.position?.start.line).toBe(115);
    expect(doc.diagnostics.find((d) => d.rule === 'heading-lead-split')?.position?.start.line).toBe(119);
  });
});
