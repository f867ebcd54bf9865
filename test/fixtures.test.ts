/**
 * Golden fixtures by stem: fixtures/<stem>.txt is parsed and compared with <stem>.json (the
 * document), <stem>.md (the Markdown) and <stem>.messages.txt (warnings and errors, one
 * formatted line each). A missing expectation is written; UPDATE=1 rewrites all of them, and
 * the diff is reviewed like code.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, parse, toJson, toMarkdown } from '../src/index.js';

const dir = join(import.meta.dirname, '..', 'fixtures');
const update = process.env.UPDATE === '1';
const stems = readdirSync(dir)
  .filter((f) => f.endsWith('.txt') && !f.endsWith('.messages.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

function check(file: string, actual: string) {
  if (update || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('fixtures', () => {
  it('has the fixtures the suite is built on', () => {
    expect(stems.length).toBeGreaterThanOrEqual(12);
  });
  for (const stem of stems) {
    it(stem, () => {
      const path = `fixtures/${stem}.txt`;
      const doc = parse(readFileSync(join(dir, `${stem}.txt`)), { path });
      check(join(dir, `${stem}.json`), toJson(doc));
      check(join(dir, `${stem}.md`), toMarkdown(doc));
      const messages = doc.diagnostics
        .filter((d) => d.severity !== 'info')
        .map((d) => `${formatDiagnostic(path, d)}\n`)
        .join('');
      const mfile = join(dir, `${stem}.messages.txt`);
      if (messages || existsSync(mfile)) check(mfile, messages);
    });
  }
});
