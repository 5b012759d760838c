/**
 * What the kernel tests share: seeded random buffers and a closeness check for sums taken in a
 * different order than the plain loops they are compared with. Imports vitest and the PRNG.
 */
import { expect } from 'vitest';
import { createRng } from '../prng';

/** n numbers uniform in [−1, 1) from `seed`. */
export const random = (n: number, seed: number): Float64Array => {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => rng.uniform(-1, 1));
};

/** |a − b| ≤ 1e-13 · (1 + |b|) everywhere: the kernels sum in a different order than the loops in the tests. */
export function expectClose(got: Float64Array, want: Float64Array): void {
  expect(got.length).toBe(want.length);
  let worst = 0;
  got.forEach((g, k) => {
    worst = Math.max(worst, Math.abs(g - want[k]) / (1 + Math.abs(want[k])));
  });
  expect(worst).toBeLessThanOrEqual(1e-13);
}
