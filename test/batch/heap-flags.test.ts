// In a file of its own: a pool sets V8 flags for the whole process.
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { resolveWorkerScript, WorkerPool } from '../../src/batch/pool.js';
import { SEED } from './archive.js';

/** Size of the young generation (both semi-spaces), in bytes. */
function youngGeneration(): number {
  return v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}

/** Allocate objects that survive a few scavenges each, as a batch's main thread does. */
function churn(objects: number): number {
  const kept: { n: number; s: string }[] = [];
  let total = 0;
  for (let i = 0; i < objects; i++) {
    kept.push({ n: i, s: `file-${i}` });
    if (kept.length > 100_000) total += kept.splice(0, 50_000).length;
  }
  return total + kept.length;
}

describe.skipIf(resolveWorkerScript() === null)('a pool and the heap', () => {
  it('holds the main thread’s young generation at its size once a worker has answered', async () => {
    const script = resolveWorkerScript() ?? '';
    const pool = new WorkerPool(1, script, { format: 'json', encoding: null });
    try {
      const result = await pool.submit({ bytes: new TextEncoder().encode(SEED), relPath: 'seed.txt' });
      expect(result.status).not.toBe('failed');
      const before = youngGeneration();
      // Room to grow (V8's limit is 32 MB), so a held size is the pool's doing.
      expect(before).toBeLessThan(32 * 1024 * 1024);
      expect(churn(3_000_000)).toBe(3_000_000);
      expect(youngGeneration()).toBe(before);
    } finally {
      await pool.close();
    }
  });
});
