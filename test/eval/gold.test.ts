import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GoldError, formatFieldPath, loadGold, parseGold } from '../../src/eval/index.js';
import type { Gold } from '../../src/eval/index.js';

const GOLD_DIR = fileURLToPath(new URL('../../eval/gold', import.meta.url));
const INPUTS_DIR = fileURLToPath(new URL('../../eval/inputs', import.meta.url));

const valid = {
  doc: '005.txt',
  meta: { title: '第十六届人民政府第32次常务会议召开', session: 32, chair: '周必松' },
  items: [{ n: 1, heading: '关于全旗经济运行情况', children: 0, resolutions: 1 }],
  resolutions_outside_items: 0,
  amounts: [{ text: '144.4 万元', yuan: '1444000', per: null, item: 1 }],
  attendance: [
    { role: 'chair', topics: null, names: ['周必松'] },
    { role: 'present', topics: null, names: ['宋飞雄', '贾云亮'] },
  ],
  distribution: { to: [], cc: [] },
  notes: 'example',
};

/** The GoldError thrown by `run`, or a failure when nothing is thrown. */
function goldError(run: () => unknown): GoldError {
  try {
    run();
  } catch (error) {
    if (error instanceof GoldError) return error;
    throw error;
  }
  throw new Error('expected a GoldError');
}

describe('parseGold', () => {
  it('accepts a valid gold file and defaults a missing distribution', () => {
    const { distribution: _, ...withoutDistribution } = valid;
    const gold = parseGold(withoutDistribution, 'g/005.json');
    expect(gold.distribution).toEqual({ to: [], cc: [] });
    expect(gold.meta.session).toBe(32);
  });

  it.each([
    ['a name that is not a string', { attendance: [valid.attendance[0], { role: 'present', topics: null, names: ['宋飞雄', 7] }] }, 'attendance[1].names[1]'],
    ['an unknown role', { attendance: [{ role: 'host', topics: null, names: ['周必松'] }] }, 'attendance[0].role'],
    ['a group without names', { attendance: [{ role: 'present', topics: null, names: [] }] }, 'attendance[0].names'],
    ['a misspelt meta key', { meta: { meetingdate: '2019-12-25' } }, 'meta.meetingdate'],
    ['a day that does not exist', { meta: { meetingDate: '2021-02-30' } }, 'meta.meetingDate'],
    ['a session written as text', { meta: { session: '第32次' } }, 'meta.session'],
    ['a yuan value with a unit', { amounts: [{ text: '144.4 万元', yuan: '144.4万', per: null, item: 1 }] }, 'amounts[0].yuan'],
    ['an amount in an item that does not exist', { amounts: [{ text: '144.4 万元', yuan: '1444000', per: null, item: 2 }] }, 'amounts[0].item'],
    ['items out of order', { items: [valid.items[0], { n: 3, heading: '关于国有资产处置事宜', children: 0, resolutions: 1 }] }, 'items[1].n'],
    ['a missing count', { items: [{ n: 1, heading: '关于全旗经济运行情况', children: 0 }] }, 'items[0].resolutions'],
    ['a missing resolutions_outside_items', { resolutions_outside_items: undefined }, 'resolutions_outside_items'],
    ['an empty heading', { items: [{ n: 1, heading: '  ', children: 0, resolutions: 0 }] }, 'items[0].heading'],
  ])('names the field for %s', (_label, patch, path) => {
    const error = goldError(() => parseGold({ ...valid, ...patch }, 'eval/gold/005.json'));
    expect(error.file).toBe('eval/gold/005.json');
    expect(error.path).toBe(path);
    expect(error.message).toContain(`eval/gold/005.json: ${path}: `);
  });

  it('reports every issue, one line each', () => {
    const error = goldError(() =>
      parseGold({ ...valid, meta: { session: 'x', chair: 3 }, resolutions_outside_items: -1 }, 'g.json'),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['meta.session', 'meta.chair', 'resolutions_outside_items']);
    expect(error.message.split('\n')).toHaveLength(3);
  });
});

describe('formatFieldPath', () => {
  it.each([
    [['attendance', 1, 'names', 0], 'attendance[1].names[0]'],
    [['meta', 'title'], 'meta.title'],
    [[], '(root)'],
  ] as const)('%j → %s', (path, expected) => {
    expect(formatFieldPath(path)).toBe(expected);
  });
});

describe('loadGold', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-gold-'));

  it('reads a file whose doc matches its name', () => {
    const file = join(dir, '005.json');
    writeFileSync(file, JSON.stringify(valid));
    expect(loadGold(file).doc).toBe('005.txt');
  });

  it('rejects a doc that does not match the file name', () => {
    const file = join(dir, '007.json');
    writeFileSync(file, JSON.stringify(valid));
    const error = goldError(() => loadGold(file));
    expect(error.file).toBe(file);
    expect(error.path).toBe('doc');
  });

  it('rejects a file that is not JSON, naming the file', () => {
    const file = join(dir, '008.json');
    writeFileSync(file, '{"doc": "008.txt",');
    const error = goldError(() => loadGold(file));
    expect(error.path).toBe('(file)');
    expect(error.message).toContain(`${file}: (file): not valid JSON`);
  });

  it('rejects a missing file, naming the file', () => {
    const file = join(dir, 'absent.json');
    const error = goldError(() => loadGold(file));
    expect(error.message).toContain(`${file}: (file): cannot read`);
  });
});

/** Input text with whitespace and the pinyin glosses of the mirrored pages, e.g. 會(huì), removed. */
function searchableText(doc: string): string {
  return readFileSync(join(INPUTS_DIR, doc), 'utf8')
    .replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/gu, '')
    .replace(/\s+/gu, '');
}

/** Every string a gold file quotes from its document. */
function quotedStrings(gold: Gold): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const key of ['issuer', 'docNumber', 'title', 'printedBy', 'chair'] as const) {
    const value = gold.meta[key];
    if (typeof value === 'string') out.push([`meta.${key}`, value]);
  }
  gold.items.forEach((item, i) => out.push([`items[${i}].heading`, item.heading]));
  gold.amounts.forEach((amount, i) => out.push([`amounts[${i}].text`, amount.text]));
  gold.attendance.forEach((group, i) =>
    group.names.forEach((name, j) => out.push([`attendance[${i}].names[${j}]`, name])),
  );
  gold.distribution.to.forEach((entry, i) => out.push([`distribution.to[${i}]`, entry]));
  gold.distribution.cc.forEach((entry, i) => out.push([`distribution.cc[${i}]`, entry]));
  return out;
}

describe('the gold files in eval/gold', () => {
  const files = readdirSync(GOLD_DIR).filter((name) => name.endsWith('.json')).sort();
  const inputs = readdirSync(INPUTS_DIR).filter((name) => name.endsWith('.txt')).sort();

  it('cover every input document, one gold file each', () => {
    expect(files.map((name) => basename(name, '.json'))).toEqual(inputs.map((name) => basename(name, extname(name))));
    expect(files.length).toBe(23);
  });

  it.each(files)('%s validates, names an existing input and quotes only text from it', (name) => {
    const gold = loadGold(join(GOLD_DIR, name));
    expect(existsSync(join(INPUTS_DIR, gold.doc))).toBe(true);
    expect(gold.notes?.trim()).toBeTruthy();
    const text = searchableText(gold.doc);
    const absent = quotedStrings(gold).filter(([, value]) => !text.includes(value.replace(/\s+/gu, '')));
    expect(absent).toEqual([]);
  });

  it('lists every input in SOURCES.tsv', () => {
    const rows = readFileSync(join(INPUTS_DIR, 'SOURCES.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .filter((line) => line.trim() !== '')
      .map((line) => line.split('\t')[0]);
    expect([...rows].sort()).toEqual(inputs);
  });
});
