/**
 * Markdown written by `minutes parse --format markdown` parses back (as .md input) to the same
 * items, resolutions, amounts and attendance, for every fixture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Item, type MinutesDocument, parse, toMarkdown } from '../src/index.js';

const dir = join(import.meta.dirname, '..', 'fixtures');
const squash = (s: string) => s.replace(/\s+/g, '');
const stems = readdirSync(dir)
  .filter((f) => f.endsWith('.txt') && !f.endsWith('.messages.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

function summary(doc: MinutesDocument) {
  const items = (xs: Item[]): unknown[] => xs.map((i) => [squash(i.number), squash(i.heading), items(i.children)]);
  return {
    items: items(doc.items),
    resolutions: doc.resolutions.map((r) => [r.item, r.verb, r.referral, squash(r.text)]),
    amounts: doc.amounts.map((a) => [a.item, a.text.replace(/\s+/g, ''), a.value, a.per, a.bound, a.approx]),
    attendance: doc.attendance.map((g) => [g.role, g.topics, g.people.map((p) => [p.name, p.titles, p.note])]),
  };
}

describe('Markdown round trip', () => {
  it.each(stems)('%s', (stem) => {
    const doc = parse(readFileSync(join(dir, `${stem}.txt`)), { path: `${stem}.txt` });
    const md = toMarkdown(doc);
    const back = parse(md, { path: `${stem}.md` });
    expect(back.source.format).toBe('markdown');
    expect(summary(back)).toEqual(summary(doc));
    // Positions of the read-back document point into the Markdown.
    for (const g of back.attendance) {
      for (const p of g.people) expect(md.slice(p.position.start.offset, p.position.end.offset).replace(/\s+/g, '')).toContain(p.name);
    }
  });
});
