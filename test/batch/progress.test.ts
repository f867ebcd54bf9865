import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { createProgress } from '../../src/batch/progress.js';
import { buildArchive, fakeIo, options, Sink } from './archive.js';

/** A stderr that says it is a terminal. */
function terminal(): Sink & { columns: number } {
  const sink = new Sink() as Sink & { columns: number };
  sink.isTTY = true;
  sink.columns = 100;
  return sink;
}

describe('progress', () => {
  it('draws a bar with count, rate and ETA on a terminal, with notes above it', async () => {
    const stderr = terminal();
    const progress = createProgress(stderr, 3, true);
    progress.increment();
    progress.log('a.txt: failed: empty-input');
    progress.increment();
    progress.increment();
    await new Promise((resolve) => setTimeout(resolve, 150));
    progress.stop();
    expect(stderr.text).toMatch(/\d\/3 files \| [\d.]+ files\/s \| ETA \S+/);
    expect(stderr.text).toContain('a.txt: failed: empty-input\n');
  });

  it('writes only the notes when there is no bar', () => {
    const stderr = new Sink();
    const progress = createProgress(stderr, null, false);
    progress.increment();
    progress.log('note');
    progress.stop();
    expect(stderr.text).toBe('note\n');
  });

  it('runBatch draws the bar only when stderr is a TTY and not quiet', async () => {
    const root = buildArchive();
    try {
      const input = path.join(root, 'in');
      const tty = { stdout: new Sink(), stderr: terminal() };
      await runBatch(options({ inputs: [input], out: path.join(root, 'a') }), tty);
      expect(tty.stderr.text).toMatch(/files\/s \| ETA/);
      expect(tty.stdout.text).toBe('');

      const quiet = { stdout: new Sink(), stderr: terminal() };
      await runBatch(options({ inputs: [input], out: path.join(root, 'b'), quiet: true }), quiet);
      expect(quiet.stderr.text).not.toMatch(/ETA|minutes: \d+ files/);

      const piped = fakeIo();
      await runBatch(options({ inputs: [input], out: path.join(root, 'c') }), piped);
      expect(piped.stderr.text).not.toMatch(/ETA|\x1b\[/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
