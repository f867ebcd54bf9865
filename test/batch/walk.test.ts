/** The batch's walk: paths made by string joining agree with node:path, and `isInside` with path.relative. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, resolveInputs, walkInputs } from '../../src/batch/walk.js';

/** The reference, by path.relative: a first segment of '..' (not '..b') leaves the folder. */
function insideByRelative(child: string, dir: string): boolean {
  const rel = path.relative(dir, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

describe('isInside', () => {
  const cases: [string, string, boolean][] = [
    ['/a/b', '/a/b', true],
    ['/a/b/c.txt', '/a/b', true],
    ['/a/bc/c.txt', '/a/b', false],
    ['/a/b', '/a/b/c', false],
    ['/a', '/', true],
    ['/', '/', true],
    ['/x/第16次/纪要.txt', '/x/第16次', true],
    ['/x/第16次纪要.txt', '/x/第16次', false],
    // A folder whose name starts with two dots is still inside.
    ['/a/..b/c', '/a', true],
    ['/', '/a', false],
  ];
  it.each(cases)('%s inside %s: %s', (child, dir, expected) => {
    expect(isInside(child, dir)).toBe(expected);
    expect(insideByRelative(child, dir)).toBe(expected);
  });
});

describe('walkInputs', () => {
  it('gives each file its absolute path and its path relative to the common base, as node:path would', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'walk-'));
    const files = ['2021/第16次.txt', '2021/一月/第1次.txt', '2022/a b.txt', '2022/.hidden.txt', '2022/.git/x.txt', 'top.txt'];
    for (const rel of files) {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), '会议纪要\n');
    }
    const walk = async (args: string[]) => {
      const { roots, base } = await resolveInputs(args, root);
      const found = [];
      for await (const file of walkInputs(roots, base, [])) found.push(file);
      return { base, found };
    };

    const whole = await walk(['.']);
    expect(whole.found.map((f) => f.rel)).toEqual(['2021/一月/第1次.txt', '2021/第16次.txt', '2022/a b.txt', 'top.txt']);
    for (const f of whole.found) {
      expect(f.abs).toBe(path.resolve(root, f.rel));
      expect(f.rel).toBe(path.relative(whole.base, f.abs).split(path.sep).join('/'));
      expect(f.problem).toBeNull();
    }

    // Two folders: relative to their common parent, so the tree is mirrored from there.
    const two = await walk(['2021/一月', '2022']);
    expect(two.base).toBe(root);
    expect(two.found.map((f) => f.rel)).toEqual(['2021/一月/第1次.txt', '2022/a b.txt']);
    expect(two.found.map((f) => f.abs)).toEqual([path.join(root, '2021/一月/第1次.txt'), path.join(root, '2022/a b.txt')]);

    // One folder: its files are relative to itself.
    const one = await walk(['2021/']);
    expect(one.found.map((f) => f.rel)).toEqual(['一月/第1次.txt', '第16次.txt']);
  });

  it('leaves out a skipped folder inside an input', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'walk-'));
    for (const rel of ['in/a.txt', 'in/out/a.json', 'in/outside.txt']) {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), 'x');
    }
    const { roots, base } = await resolveInputs(['in'], root);
    const found = [];
    for await (const file of walkInputs(roots, base, [path.join(root, 'in/out')])) found.push(file.rel);
    expect(found).toEqual(['a.txt', 'outside.txt']);
  });
});
