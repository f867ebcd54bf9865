/**
 * Killing `minutes parse DIR --out OUT` midway, then running it again, gives the same output tree
 * as one uninterrupted run. Runs the built CLI (`bin/minutes.js` → `dist/`), which `npm test`
 * compiles first.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpus, SEED, snapshot } from './archive.js';

const CLI = path.resolve('bin/minutes.js');
const built = existsSync(path.resolve('dist/cli.js')) && existsSync(path.resolve('dist/batch/index.js'));

let root: string;
let input: string;
let reference: Map<string, { sha256: string; mtimeMs: number }>;
let total = 0;

function start(out: string): ChildProcess {
  return spawn(process.execPath, [CLI, 'parse', input, '--out', out, '--jobs', '2', '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] });
}

function finished(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

function countOutputs(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.json') && !path.basename(String(f)).startsWith('.')).length;
}

/** Wait until `n` outputs exist (or the run ended). */
async function waitForOutputs(dir: string, n: number, child: ChildProcess): Promise<void> {
  while (countOutputs(dir) < n && child.exitCode === null && child.signalCode === null) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The tree without mtimes: names and contents. */
function contents(dir: string): Map<string, string> {
  return new Map([...snapshot(dir)].map(([file, { sha256 }]) => [file, sha256]));
}

beforeAll(async () => {
  if (!built) return;
  root = mkdtempSync(path.join(os.tmpdir(), 'minutes-interrupt-'));
  input = path.join(root, 'in');
  // 80 copies of the long seed document (tens of ms each to parse) and the corpus, nested.
  for (let d = 1; d <= 8; d++) {
    mkdirSync(path.join(input, `d${d}`, 'sub'), { recursive: true });
    for (let f = 1; f <= 10; f++) writeFileSync(path.join(input, `d${d}`, `seed-${f}.txt`), SEED.replace('会议', `会议${d}-${f}`));
    for (const name of ['005', '007', '008']) writeFileSync(path.join(input, `d${d}`, 'sub', `${name}.txt`), corpus(name));
  }
  total = 8 * 13;
  const ref = path.join(root, 'ref');
  const result = await finished(start(ref));
  expect(result).toEqual({ code: 0, signal: null });
  reference = snapshot(ref);
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.skipIf(!built)('an interrupted batch', () => {
  it('is complete after a re-run when killed with SIGKILL', async () => {
    expect(countOutputs(path.join(root, 'ref'))).toBe(total);
    const out = path.join(root, 'killed');
    const child = start(out);
    await waitForOutputs(out, 3, child);
    const wasRunning = child.exitCode === null;
    child.kill('SIGKILL');
    await finished(child);
    expect(wasRunning).toBe(true);
    expect(countOutputs(out)).toBeLessThan(total);
    // Whatever is there is whole: every output written so far parses.
    for (const [file] of snapshot(out)) {
      if (file.endsWith('.json') && !file.includes('minutes-tmp')) expect(() => JSON.parse(readFileSync(path.join(out, file), 'utf8')), file).not.toThrow();
    }

    const rerun = await finished(start(out));
    expect(rerun).toEqual({ code: 0, signal: null });
    expect(contents(out)).toEqual(contents(path.join(root, 'ref')));
    expect(reference.size).toBe(total + 1); // outputs and the manifest
  }, 180_000);

  it('stops between files on SIGTERM (exit 143), leaving no temporary files and a manifest that matches the outputs', async () => {
    const out = path.join(root, 'terminated');
    const child = start(out);
    await waitForOutputs(out, 3, child);
    child.kill('SIGTERM');
    const result = await finished(child);
    expect(result).toEqual({ code: 143, signal: null });
    const files = [...snapshot(out).keys()];
    expect(files.filter((f) => f.includes('minutes-tmp'))).toEqual([]);
    // Files finished before the signal are in the manifest (each with its output); the rest are redone.
    const manifestFile = path.join(out, '.minutes-manifest.json');
    const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as { entries: Record<string, { output: string }> }) : { entries: {} };
    for (const { output } of Object.values(manifest.entries)) expect(files).toContain(output);
    expect(countOutputs(out)).toBeLessThan(total);

    const rerun = await finished(start(out));
    expect(rerun).toEqual({ code: 0, signal: null });
    expect(contents(out)).toEqual(contents(path.join(root, 'ref')));
  }, 180_000);
});
