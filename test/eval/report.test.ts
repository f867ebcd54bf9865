import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MinutesDocument } from '../../src/schema.js';
import {
  aggregate,
  compareDocument,
  emptyDocument,
  formatReport,
  parseGold,
  runEval,
  toScores,
} from '../../src/eval/index.js';
import type { EvalJson, EvalOptions } from '../../src/eval/index.js';

const goldA = parseGold(
  {
    doc: 'a.txt',
    meta: { chair: '王维', session: 9 },
    items: [],
    resolutions_outside_items: 2,
    amounts: [],
    attendance: [{ role: 'present', topics: null, names: ['杨敬涛', '王顺波'] }],
    notes: 'a',
  },
  'a.json',
);

const goldB = parseGold(
  {
    doc: 'b.txt',
    meta: { title: '裕安區人民政府第21次常務會議召開' },
    items: [],
    resolutions_outside_items: 0,
    amounts: [],
    attendance: [],
    notes: 'b',
  },
  'b.json',
);

/** Output for a.txt: chair right, session missing, one of two names, wrong resolution count. */
function outputA(): MinutesDocument {
  const doc = emptyDocument('a.txt');
  doc.meta.chair = '王维';
  doc.attendance = [
    {
      role: 'present',
      label: '参加会议',
      topics: null,
      people: [{ name: '杨敬涛', titles: [], note: null, topics: null, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 4, offset: 3 } } }],
      units: [],
      position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 9, offset: 8 } },
    },
  ];
  return doc;
}

/** Output for b.txt: title exactly right. */
function outputB(): MinutesDocument {
  const doc = emptyDocument('b.txt');
  doc.meta.title = '裕安區人民政府 第21次常務會議召開';
  return doc;
}

describe('toScores', () => {
  it.each([
    [{ tp: 0, fn: 0, fp: 0 }, 1, 1, 1],
    [{ tp: 0, fn: 3, fp: 0 }, 1, 0, 0],
    [{ tp: 0, fn: 0, fp: 2 }, 0, 1, 0],
    [{ tp: 3, fn: 1, fp: 1 }, 0.75, 0.75, 0.75],
    [{ tp: 1, fn: 3, fp: 0 }, 1, 0.25, 0.4],
  ])('%j → P %d, R %d, F1 %d', (counts, precision, recall, f1) => {
    const scores = toScores(counts);
    expect(scores.precision).toBeCloseTo(precision, 10);
    expect(scores.recall).toBeCloseTo(recall, 10);
    expect(scores.f1).toBeCloseTo(f1, 10);
  });
});

describe('aggregate', () => {
  const report = aggregate([
    compareDocument(outputA(), goldA, { soft: false }),
    compareDocument(outputB(), goldB, { soft: false }),
  ]);

  it('sums counts per field and micro-averages the total', () => {
    expect(report.documents).toBe(2);
    expect(report.soft).toBe(false);
    expect(report.fields['meta.chair']).toMatchObject({ tp: 1, fn: 0, fp: 0 });
    expect(report.fields['meta.session']).toMatchObject({ tp: 0, fn: 1, fp: 0 });
    expect(report.fields['meta.title']).toMatchObject({ tp: 1, fn: 0, fp: 0 });
    expect(report.fields.attendance).toMatchObject({ tp: 1, fn: 1, fp: 0, recall: 0.5 });
    // a.txt: 2 expected, 0 found (miss + false positive); b.txt: 0 and 0 (true positive).
    expect(report.fields.resolutions_outside_items).toMatchObject({ tp: 1, fn: 1, fp: 1 });
    expect(report.total).toMatchObject({ tp: 4, fn: 3, fp: 1 });
    expect(report.total.precision).toBeCloseTo(4 / 5, 10);
    expect(report.total.recall).toBeCloseTo(4 / 7, 10);
    expect(report.docs.map((doc) => [doc.doc, doc.tp, doc.fn, doc.fp])).toEqual([
      ['a.txt', 2, 3, 1],
      ['b.txt', 2, 0, 0],
    ]);
    expect(report.discrepancies).toHaveLength(3);
  });

  it('formats a table with every field, the total and the worst documents first', () => {
    const text = formatReport(report, { verbose: false, worst: 1 });
    expect(text).toContain('Strict matching, 2 documents');
    expect(text).toMatch(/^meta\.chair\s+1\s+0\s+0\s+100\.00%\s+100\.00%\s+100\.00%$/mu);
    expect(text).toMatch(/^attendance\s+1\s+1\s+0\s+100\.00%\s+50\.00%\s+66\.67%$/mu);
    expect(text).toMatch(/^total \(micro\)\s+4\s+3\s+1\s+80\.00%\s+57\.14%\s+66\.67%$/mu);
    // A field with nothing expected and nothing found shows no ratios.
    expect(text).toMatch(/^distribution\s+0\s+0\s+0\s+-\s+-\s+-$/mu);
    expect(text).toContain('Worst 1 document by F1 (strict)');
    expect(text).toMatch(/^ {2}a\.txt\s+F1 50\.00%/mu);
    expect(text).not.toMatch(/^ {2}b\.txt/mu);
    expect(text).not.toContain('Misses and false positives');
  });

  it('lists each miss and false positive when verbose', () => {
    const text = formatReport(report, { verbose: true, worst: 0 });
    expect(text).not.toContain('Worst');
    expect(text).toContain('Misses and false positives (strict): 3');
    expect(text).toContain('  a.txt  meta.session  miss: expected "9", got (none)');
    expect(text).toContain('  a.txt  attendance  miss: expected "present 王顺波", got (none)');
    expect(text).toContain('  a.txt  resolutions_outside_items  mismatch: expected "2", got "0"');
  });
});

describe('runEval', () => {
  function setup(golds: Record<string, unknown>, inputs: string[]): EvalOptions {
    const root = mkdtempSync(join(tmpdir(), 'minutes-eval-'));
    const goldDir = join(root, 'gold');
    const inputsDir = join(root, 'inputs');
    mkdirSync(goldDir);
    mkdirSync(inputsDir);
    for (const [name, gold] of Object.entries(golds)) writeFileSync(join(goldDir, name), JSON.stringify(gold));
    for (const name of inputs) writeFileSync(join(inputsDir, name), '会议纪要\n');
    return { goldDir, inputsDir, soft: false, json: false, verbose: false };
  }

  function capture(): { write(s: string): void; text(): string } {
    let buffer = '';
    return {
      write(s: string) {
        buffer += s;
      },
      text: () => buffer,
    };
  }

  const parse = (path: string): MinutesDocument => (path.endsWith('a.txt') ? outputA() : outputB());

  it('scores every gold file and exits 0 even with low scores', async () => {
    const opts = setup({ 'a.json': goldA, 'b.json': goldB }, ['a.txt', 'b.txt']);
    const seen: string[] = [];
    const out = capture();
    const code = await runEval(opts, (path) => {
      seen.push(path);
      return parse(path);
    }, out);
    expect(code).toBe(0);
    expect(seen).toEqual([join(opts.inputsDir, 'a.txt'), join(opts.inputsDir, 'b.txt')]);
    expect(out.text()).toContain('Strict matching, 2 documents');
    expect(out.text()).not.toContain('Soft matching');
  });

  it('prints strict and soft reports as JSON', async () => {
    const opts = setup({ 'a.json': goldA, 'b.json': goldB }, ['a.txt', 'b.txt']);
    const out = capture();
    const code = await runEval({ ...opts, soft: true, json: true }, async (path) => parse(path), out);
    expect(code).toBe(0);
    const json = JSON.parse(out.text()) as EvalJson;
    expect(json.strict.soft).toBe(false);
    expect(json.soft?.soft).toBe(true);
    expect(json.strict.total).toMatchObject({ tp: 4, fn: 3, fp: 1 });
    expect(json.soft?.total).toMatchObject({ tp: 4, fn: 3, fp: 1 });
  });

  it('scores a document the parser throws on as empty and names the error', async () => {
    const opts = setup({ 'a.json': goldA }, ['a.txt']);
    const out = capture();
    const code = await runEval(opts, () => {
      throw new Error('boom at 3:1');
    }, out);
    expect(code).toBe(0);
    expect(out.text()).toMatch(/a\.txt\s+F1 0\.00%\s+TP 0\s+FN 5\s+FP 1\s+parse failed: boom at 3:1/u);
  });

  it('exits 2 naming the file and the field when a gold file is malformed', async () => {
    const broken = { ...goldB, attendance: [{ role: 'present', topics: null, names: [] }] };
    const opts = setup({ 'a.json': goldA, 'b.json': broken }, ['a.txt', 'b.txt']);
    const out = capture();
    let calls = 0;
    const code = await runEval(opts, (path) => {
      calls += 1;
      return parse(path);
    }, out);
    expect(code).toBe(2);
    expect(calls).toBe(0);
    expect(out.text()).toContain(`${join(opts.goldDir, 'b.json')}: attendance[0].names: `);
  });

  it('exits 2 when a gold file names an input that does not exist', async () => {
    const opts = setup({ 'a.json': goldA }, []);
    const out = capture();
    expect(await runEval(opts, parse, out)).toBe(2);
    expect(out.text()).toContain(`${join(opts.goldDir, 'a.json')}: doc: input not found`);
  });

  it('exits 2 when there are no gold files', async () => {
    const opts = setup({}, ['a.txt']);
    const out = capture();
    expect(await runEval(opts, parse, out)).toBe(2);
    expect(out.text()).toContain('no gold files');
  });
});
