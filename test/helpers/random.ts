/**
 * A seeded pseudo-random source for tests that generate inputs: the same numbers on every run
 * and machine (a linear congruential generator, as in C's classic `rand`).
 *
 * @param seed the starting state
 * @returns a function giving an integer in [0, n)
 */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
}
