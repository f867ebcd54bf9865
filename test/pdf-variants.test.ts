/**
 * Minutes printed to PDF in the official layout and extracted with pdftotext (default and
 * -layout) must give the same items, resolutions, amounts and attendance as the clean text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Item, type MinutesDocument, parse } from '../src/index.js';

const shared = join(import.meta.dirname, '..', '..', 'shared');
const pdfDir = join(shared, 'corpus-pdf');
const squash = (s: string) => s.replace(/\s+/g, '');

function summary(doc: MinutesDocument) {
  const items = (xs: Item[]): unknown[] => xs.map((i) => [squash(i.number), squash(i.heading), items(i.children)]);
  return {
    items: items(doc.items),
    resolutions: doc.resolutions.map((r) => [r.item, r.verb, squash(r.text)]),
    amounts: doc.amounts.map((a) => [a.item, a.value, a.per]),
    attendance: doc.attendance.map((g) => [g.role, g.topics, g.people.map((p) => p.name)]),
  };
}

const variants = readdirSync(pdfDir)
  .filter((f) => /^\d+\.(pdftotext|layout)\.txt$/.test(f))
  .sort();

describe('PDF-extracted variants', () => {
  it('are all here', () => {
    expect(variants.length).toBe(12);
  });
  for (const f of variants) {
    it(`${f} reads as its clean original`, () => {
      const n = f.split('.')[0] as string;
      const clean = parse(readFileSync(join(shared, 'corpus', `${n}.txt`)), { path: `${n}.txt` });
      const pdf = parse(readFileSync(join(pdfDir, f)), { path: f });
      expect(summary(pdf)).toEqual(summary(clean));
      // The page numbers are gone and the hard wrap was seen.
      expect(JSON.stringify(pdf.items)).not.toMatch(/— \d+ —/);
      expect(pdf.diagnostics.some((d) => d.rule === 'hard-wrap-joined')).toBe(true);
    });
  }
});
