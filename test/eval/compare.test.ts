import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../../src/schema.js';
import type { Item, MinutesDocument, Position, Resolution } from '../../src/schema.js';
import { compareDocument, FIELDS, loadGold, parseGold } from '../../src/eval/index.js';
import type { Counts, DocScore, Field, Gold } from '../../src/eval/index.js';
import { emptyDocument } from '../../src/eval/run.js';

const GOLD_DIR = fileURLToPath(new URL('../../eval/gold', import.meta.url));
const SEED = join(GOLD_DIR, '000_b81a2cdd68e8cb3f.json');

const position: Position = {
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 2, offset: 1 },
};

function item(ordinal: number, heading: string, children = 0): Item {
  return {
    ordinal,
    number: `${ordinal}、`,
    level: 1,
    heading,
    position,
    children: Array.from({ length: children }, (_, i) => ({
      ordinal: i + 1,
      number: `（${i + 1}）`,
      level: 2,
      heading: `sub ${i + 1}`,
      position,
      children: [],
      paragraphs: [],
    })),
    paragraphs: [],
  };
}

function resolution(itemNumber: number | null): Resolution {
  return { item: itemNumber, number: null, text: '会议议定，原则同意。', verb: '原则同意', referral: null, position };
}

function amount(value: string, per: string | null, itemNumber: number | null, text = value) {
  return {
    item: itemNumber,
    text,
    value,
    currency: 'CNY',
    per,
    bound: null,
    approx: false,
    range: null,
    rangeId: null,
    position,
  };
}

function group(role: MinutesDocument['attendance'][number]['role'], topics: number[] | null, names: string[]) {
  return {
    role,
    label: role,
    topics,
    people: names.map((name) => ({ name, titles: [], note: null, topics: null, position })),
    units: [],
    position,
  };
}


/** The output a perfect parser would give for a gold file. */
function documentFromGold(gold: Gold): MinutesDocument {
  const doc = emptyDocument(null);
  const meta = gold.meta;
  doc.meta = {
    ...doc.meta,
    issuer: meta.issuer ?? null,
    docNumber: meta.docNumber ?? null,
    title: meta.title ?? null,
    session:
      meta.session === undefined || meta.session === null
        ? null
        : { number: meta.session, term: null, year: null, text: `第${meta.session}次`, position },
    meetingDate: meta.meetingDate ?? null,
    issueDate: meta.issueDate ?? null,
    printedBy: meta.printedBy ?? null,
    printDate: meta.printDate ?? null,
    chair: meta.chair ?? null,
  };
  doc.items = gold.items.map((entry) => item(entry.n, entry.heading, entry.children));
  doc.resolutions = [
    ...gold.items.flatMap((entry) => Array.from({ length: entry.resolutions }, () => resolution(entry.n))),
    ...Array.from({ length: gold.resolutions_outside_items }, () => resolution(null)),
  ];
  doc.amounts = gold.amounts.map((entry) => amount(entry.yuan, entry.per ?? null, entry.item, entry.text));
  doc.attendance = gold.attendance.map((entry) => group(entry.role, entry.topics, entry.names));
  doc.distribution = { to: [...gold.distribution.to], cc: [...gold.distribution.cc] };
  return DocumentSchema.parse(doc);
}

/** The seed's output, wrong on purpose in the ways the expectations below count. */
function wrongSeedDocument(): MinutesDocument {
  const doc = emptyDocument(null);
  doc.meta = {
    ...doc.meta,
    issuer: '鄂托克前旗人民政府', // TP
    docNumber: '〔2021〕 36号', // TP: whitespace is ignored
    title: '鄂托克前旗人民政府2021年第16次常务会议', // '纪要' missing: strict FN+FP, soft TP (ratio 22/24)
    session: { number: 15, term: null, year: 2021, text: '第15次', position }, // FN+FP
    meetingDate: null, // FN
    issueDate: '2021-11-10', // TP
    printedBy: null, // FN
    printDate: '2021-11-10', // TP
    chair: '杨颖新', // TP
  };
  doc.items = [
    item(1, '传达学习习近平总书记重要讲话 重要指示批示精神和有关文件精神', 4),
    item(2, '关于全旗经济运行情况'),
    item(3, '关于《鄂托克前旗党委和政府及各有关部门生态环境保护责任清单》'), // '事宜' missing: ratio 30/32
    item(5, '关于国有资产处置事宜'), // item 8's heading under number 5
  ];
  doc.resolutions = [resolution(2), resolution(3), resolution(7), resolution(null), resolution(null)];
  doc.amounts = [
    amount('2250000000', null, 5, '22.5亿元'), // TP
    amount('630000000.00', null, 5, '6.3亿元'), // TP: same decimal value
    amount('430', '吨', 6, '430元/吨'), // TP
    amount('430', null, 6, '430元'), // FP: per missing
    amount('11733000', null, 8, '1173.3万元'), // FP: wrong item (gold has item 7)
    amount('1444000', null, 11, '144.4万元'), // TP
  ];
  doc.attendance = [
    group('chair', null, ['杨颖新']), // 1 TP
    group('present', null, ['赵栓', '魏振选', '宋晓磊', '施慧', '杨继强', '杨颖新']), // 5 TP, 1 FP
    group('attending', null, ['孙有君', '齐先庆']), // 2 FP: gold says invited
    group('attending', null, ['柳天才', '陈晓东']), // 2 TP
    group('attending', [12], ['贺希格吉雅', '吴宝泉', '卢 建飞']), // 3 TP
    group('attending', [2, 1], ['奇阿日并']), // 1 TP: topic order does not matter
  ];
  doc.distribution = {
    to: ['上海庙经济开发区管委会', '各镇人民政府'], // 2 TP
    cc: ['旗委', '人大', '旗人民政府各部门'], // 2 TP, 1 FP
  };
  return DocumentSchema.parse(doc);
}

function countsOf(score: DocScore): Record<Field, [number, number, number]> {
  const out = {} as Record<Field, [number, number, number]>;
  for (const field of FIELDS) {
    const counts: Counts = score.fields[field];
    out[field] = [counts.tp, counts.fn, counts.fp];
  }
  return out;
}

describe('compareDocument on the seed gold with a wrong document', () => {
  const gold = loadGold(SEED);
  const doc = wrongSeedDocument();

  it('counts [TP, FN, FP] per field in strict mode', () => {
    const score = compareDocument(doc, gold, { soft: false });
    expect(countsOf(score)).toEqual({
      'meta.issuer': [1, 0, 0],
      'meta.docNumber': [1, 0, 0],
      'meta.title': [0, 1, 1],
      'meta.session': [0, 1, 1],
      'meta.meetingDate': [0, 1, 0],
      'meta.issueDate': [1, 0, 0],
      'meta.printedBy': [0, 1, 0],
      'meta.printDate': [1, 0, 0],
      'meta.chair': [1, 0, 0],
      items: [2, 10, 2],
      'items.children': [4, 8, 0],
      'items.resolutions': [2, 10, 2],
      resolutions_outside_items: [0, 1, 1],
      amounts: [4, 4, 2],
      attendance: [12, 129, 3],
      distribution: [4, 7, 1],
    });
    expect(score.total).toEqual({ tp: 33, fn: 173, fp: 13 });
    expect(score.doc).toBe('000_b81a2cdd68e8cb3f.txt');
    expect(score.soft).toBe(false);
  });

  it('accepts the near-identical title and heading in soft mode only', () => {
    const score = compareDocument(doc, gold, { soft: true });
    const counts = countsOf(score);
    expect(counts['meta.title']).toEqual([1, 0, 0]);
    expect(counts.items).toEqual([3, 9, 1]);
    // Fields without a soft rule score as in strict mode.
    expect(counts['meta.session']).toEqual([0, 1, 1]);
    expect(counts.attendance).toEqual([12, 129, 3]);
    expect(score.total).toEqual({ tp: 35, fn: 171, fp: 11 });
  });

  it('lists every miss and false positive with expected and got', () => {
    const score = compareDocument(doc, gold, { soft: false });
    const misses = score.discrepancies.filter((d) => d.expected !== null).length;
    const falsePositives = score.discrepancies.filter((d) => d.got !== null).length;
    expect(misses).toBe(score.total.fn);
    expect(falsePositives).toBe(score.total.fp);
    expect(score.discrepancies).toContainEqual({
      field: 'meta.session',
      doc: '000_b81a2cdd68e8cb3f.txt',
      expected: '16',
      got: '15',
    });
    expect(score.discrepancies).toContainEqual({
      field: 'meta.meetingDate',
      doc: '000_b81a2cdd68e8cb3f.txt',
      expected: '2021-11-09',
      got: null,
    });
    // A wrong heading is shown next to the output item with the same number.
    expect(score.discrepancies).toContainEqual({
      field: 'items',
      doc: '000_b81a2cdd68e8cb3f.txt',
      expected: '5 关于《鄂托克前旗债务风险降级工作方案》事宜',
      got: '5 关于国有资产处置事宜',
    });
    expect(score.discrepancies).toContainEqual({
      field: 'items.resolutions',
      doc: '000_b81a2cdd68e8cb3f.txt',
      expected: 'item 2: 0',
      got: 'item 2: 1',
    });
    expect(score.discrepancies).toContainEqual({
      field: 'attendance',
      doc: '000_b81a2cdd68e8cb3f.txt',
      expected: null,
      got: 'attending 孙有君',
    });
    expect(score.discrepancies).toContainEqual({
      field: 'amounts',
      doc: '000_b81a2cdd68e8cb3f.txt',
      expected: '11733000 yuan, item 7 (1173.3万元)',
      got: null,
    });
    expect(score.discrepancies).toContainEqual({
      field: 'distribution',
      doc: '000_b81a2cdd68e8cb3f.txt',
      expected: null,
      got: 'cc: 旗人民政府各部门',
    });
  });
});

describe('compareDocument on single values', () => {
  const gold = parseGold(
    {
      doc: 'x.txt',
      meta: { chair: '王维', title: null },
      items: [],
      resolutions_outside_items: 0,
      amounts: [],
      attendance: [],
    },
    'x.json',
  );

  it('scores absent-and-null as nothing, output-without-gold as FP, gold-without-output as FN', () => {
    const doc = emptyDocument(null);
    doc.meta = { ...doc.meta, issuer: '某县人民政府', chair: null, title: null };
    const counts = countsOf(compareDocument(doc, gold, { soft: false }));
    expect(counts['meta.issuer']).toEqual([0, 0, 1]);
    expect(counts['meta.chair']).toEqual([0, 1, 0]);
    expect(counts['meta.title']).toEqual([0, 0, 0]);
    expect(counts['meta.session']).toEqual([0, 0, 0]);
    expect(counts.items).toEqual([0, 0, 0]);
    // Equal counts of resolutions outside items are one true positive, even when both are 0.
    expect(counts.resolutions_outside_items).toEqual([1, 0, 0]);
  });

  it('reads the session from meta.session.number', () => {
    const withSession = parseGold({ ...gold, meta: { session: 48 } }, 'x.json');
    const doc = emptyDocument(null);
    doc.meta = { ...doc.meta, session: { number: 48, term: null, year: null, text: '第四十八次', position } };
    expect(countsOf(compareDocument(doc, withSession, { soft: false }))['meta.session']).toEqual([1, 0, 0]);
    doc.meta = { ...doc.meta, session: { number: null, term: 2, year: null, text: '二届', position } };
    expect(countsOf(compareDocument(doc, withSession, { soft: false }))['meta.session']).toEqual([0, 1, 0]);
  });
});

describe('soft matching threshold', () => {
  const gold = parseGold(
    {
      doc: 'x.txt',
      meta: {},
      items: [{ n: 1, heading: '关于国有资产处置事宜', children: 0, resolutions: 0 }],
      resolutions_outside_items: 0,
      amounts: [],
      attendance: [],
    },
    'x.json',
  );

  it('matches a heading at ratio 0.9 and rejects one below it', () => {
    const doc = emptyDocument(null);
    doc.items = [item(1, '关于国有资产处置事项')]; // 1 of 10 characters differs: ratio 0.9
    expect(countsOf(compareDocument(doc, gold, { soft: true })).items).toEqual([1, 0, 0]);
    expect(countsOf(compareDocument(doc, gold, { soft: false })).items).toEqual([0, 1, 1]);
    doc.items = [item(1, '关于国有资产处理事项')]; // 2 of 10 differ: ratio 0.8
    expect(countsOf(compareDocument(doc, gold, { soft: true })).items).toEqual([0, 1, 1]);
  });

  it('does not relax the item number', () => {
    const doc = emptyDocument(null);
    doc.items = [item(2, '关于国有资产处置事宜')];
    expect(countsOf(compareDocument(doc, gold, { soft: true })).items).toEqual([0, 1, 1]);
  });
});

describe('every gold file against a document built from it', () => {
  const files = readdirSync(GOLD_DIR).filter((name) => name.endsWith('.json'));

  it.each(files)('%s scores no misses and no false positives', (name) => {
    const gold = loadGold(join(GOLD_DIR, name));
    const score = compareDocument(documentFromGold(gold), gold, { soft: false });
    expect(score.discrepancies).toEqual([]);
    const names = gold.attendance.reduce((sum, entry) => sum + entry.names.length, 0);
    const metaValues = Object.values(gold.meta).filter((value) => value !== null && value !== undefined).length;
    const distribution = gold.distribution.to.length + gold.distribution.cc.length;
    expect(score.total).toEqual({
      tp: metaValues + 3 * gold.items.length + 1 + gold.amounts.length + names + distribution,
      fn: 0,
      fp: 0,
    });
  });
});
