/** The manifest file: its bytes do not depend on how it is written. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os'; import path from 'node:path';
import { expect, it } from 'vitest';
import { Manifest } from '../../src/batch/store.js';
it('writes the manifest as JSON.stringify(…, null, 2) of the sorted entries, in pieces', async () => {
  for (const n of [0, 1, 3, 5000]) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mc-'));
    const m = await Manifest.load(dir);
    const entries: Record<string, unknown> = {};
    const keys = Array.from({ length: n }, (_, i) => `d${i % 7}/第${i}次 "q".txt`);
    for (const k of keys) m.set(k, { sha256: 'ab'.repeat(32), tool: '0.1.0', format: 'json', output: k.replace('.txt', '.json') });
    for (const k of [...keys].sort()) entries[k] = { sha256: 'ab'.repeat(32), tool: '0.1.0', format: 'json', output: k.replace('.txt', '.json') };
    m.saveSync();
    expect(readFileSync(path.join(dir, '.minutes-manifest.json'), 'utf8')).toBe(`${JSON.stringify({ manifestVersion: 1, entries }, null, 2)}\n`);
  }
});
it('keeps fields it does not know, and their order, in an entry read from an older manifest', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mc-'));
  const entries = {
    'a.txt': { tool: '0.0.9', sha256: 'cd'.repeat(32), format: 'json', output: 'a.json' },
    'b.txt': { sha256: 'ef'.repeat(32), tool: '0.0.9', format: 'json', output: 'b.json', note: { by: 'hand' } },
  };
  writeFileSync(path.join(dir, '.minutes-manifest.json'), JSON.stringify({ manifestVersion: 1, entries }));
  const m = await Manifest.load(dir);
  m.saveSync();
  expect(readFileSync(path.join(dir, '.minutes-manifest.json'), 'utf8')).toBe(`${JSON.stringify({ manifestVersion: 1, entries }, null, 2)}\n`);
});
it('writes the current entries on every save: changed and removed entries are printed anew', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mc-'));
  const file = path.join(dir, '.minutes-manifest.json');
  const m = await Manifest.load(dir);
  const entry = (sha: string, output: string) => ({ sha256: sha.repeat(32), tool: '0.1.0', format: 'json' as const, output });
  m.set('b/第2次.txt', entry('ab', 'b/第2次.json'));
  m.set('a.txt', entry('cd', 'a.json'));
  m.saveSync();
  m.set('a.txt', entry('ef', 'a.json'));
  m.delete('b/第2次.txt');
  m.set('c.txt', entry('01', 'c.json'));
  await m.save();
  const expected = { manifestVersion: 1, entries: { 'a.txt': entry('ef', 'a.json'), 'c.txt': entry('01', 'c.json') } };
  expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  // Read back, then saved without changes: the same bytes.
  const again = await Manifest.load(dir);
  again.saveSync();
  expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(expected, null, 2)}\n`);
});
