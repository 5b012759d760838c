/**
 * The 2^(j/64) tables, checked exactly in BigInt arithmetic.
 * hi: d = M / 2^52 (M a 53-bit integer, 1 ≤ d < 2) is the float64 nearest 2^(j/64) exactly when
 * (M − ½)/2^52 < 2^(j/64) < (M + ½)/2^52, i.e. (2M − 1)^64 < 2^(j + 53·64) < (2M + 1)^64.
 * lo: hi + lo must be within 2^−106 of 2^(j/64), compared with the integer part of 2^(j/64 + 120).
 */
import { expect, test } from 'vitest';
import { EXP2_HI, EXP2_LO, EXP2_TABLE_BITS } from './exp2Table';

const N = 1 << EXP2_TABLE_BITS;

/** ⌊A^(1/n)⌋ for a BigInt A ≥ 1, by Newton's method from above. */
function integerRoot(A: bigint, n: bigint): bigint {
  let x = 1n << (BigInt(A.toString(2).length) / n + 1n); // above the root
  for (;;) {
    const next = ((n - 1n) * x + A / x ** (n - 1n)) / n;
    if (next >= x) return x;
    x = next;
  }
}

test('every hi entry is the float64 nearest 2^(j/64)', () => {
  expect(EXP2_HI.length).toBe(N);
  for (let j = 0; j < N; j++) {
    const d = EXP2_HI[j];
    expect(d >= 1 && d < 2, `entry ${j}`).toBe(true);
    const M = BigInt(d * 2 ** 52); // exact: d has at most 53 significant bits and lies in [1, 2)
    const power = 1n << BigInt(j + 53 * N);
    expect((2n * M - 1n) ** BigInt(N) < power, `entry ${j} too large`).toBe(true);
    expect(power < (2n * M + 1n) ** BigInt(N), `entry ${j} too small`).toBe(true);
  }
});

test('hi + lo is 2^(j/64) to within 2^−106', () => {
  expect(EXP2_LO.length).toBe(N);
  for (let j = 0; j < N; j++) {
    const root = integerRoot(1n << BigInt(j + 120 * N), BigInt(N)); // ⌊2^(j/64 + 120)⌋
    // hi · 2^120 and lo · 2^120 are whole numbers (lo ≥ 2^−60 has no bits below 2^−112), so exact.
    const sum = BigInt(EXP2_HI[j] * 2 ** 120) + BigInt(EXP2_LO[j] * 2 ** 120);
    const miss = sum - root;
    expect(miss >= -(1n << 14n) && miss <= 1n << 14n, `entry ${j} misses by ${miss} · 2^−120`).toBe(true);
  }
});
