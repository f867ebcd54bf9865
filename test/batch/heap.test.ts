import { describe, expect, it } from 'vitest';
import { HeapKeeper } from '../../src/batch/heap.js';

describe('HeapKeeper', () => {
  it('collects once the old generation has grown by a step, not before', () => {
    const keeper = new HeapKeeper(1024 * 1024);
    expect(keeper.check()).toBe(false);
    // Objects kept long enough to be promoted, then dropped: old-generation garbage.
    let kept: unknown[] = [];
    let collected = false;
    for (let round = 0; round < 200 && !collected; round++) {
      kept = Array.from({ length: 20_000 }, (_, i) => ({ i, text: `row ${i} of ${round}` }));
      collected = keeper.check();
    }
    expect(kept.length).toBe(20_000);
    expect(collected).toBe(true);
    expect(keeper.check()).toBe(false);
  });
});
