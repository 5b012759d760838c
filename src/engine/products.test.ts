import { expect, test } from 'vitest';
import { expectClose, random } from './testing/close';
import { addColumnSums, addProductNN, addProductTN, affineProductNT } from './products';

// (T, R, n) around the kernels' blocking (2 steps, 4 rows or columns), with offsets.
const SHAPES: [number, number, number][] = [[1, 1, 1], [1, 4, 8], [2, 3, 5], [5, 8, 4], [6, 13, 17], [7, 96, 8], [3, 10, 33]];

for (const [T, R, n] of SHAPES) {
  test(`affineProductNT computes b + W x_t for ${T} steps of a ${R}×${n} matrix`, () => {
    const W = random(R * n, 1), b = random(R, 2), A = random(T * n + 3, 3);
    const C = random(T * R + 2, 4), want = C.slice();
    for (let t = 0; t < T; t++) {
      for (let r = 0; r < R; r++) {
        let s = b[r];
        for (let k = 0; k < n; k++) s += W[r * n + k] * A[3 + t * n + k];
        want[2 + t * R + r] = s;
      }
    }
    affineProductNT(C, 2, T, R, n, A, 3, W, b);
    expectClose(C, want);
  });

  test(`addProductNN adds Wᵀ d_t for ${T} steps of a ${R}×${n} matrix`, () => {
    const B = random(R * n, 5), A = random(T * R + 1, 6);
    const C = random(T * n + 2, 7), want = C.slice();
    for (let t = 0; t < T; t++) {
      for (let k = 0; k < n; k++) {
        for (let r = 0; r < R; r++) want[2 + t * n + k] += A[1 + t * R + r] * B[r * n + k];
      }
    }
    addProductNN(C, 2, T, n, R, A, 1, B);
    expectClose(C, want);
  });

  test(`addProductTN adds Aᵀ B (a sum of outer products over steps) into a ${R}×${n} matrix`, () => {
    const A = random(T * R + 2, 10), B = random(T * n + 1, 11);
    const C = random(R * n, 12), want = C.slice();
    for (let t = 0; t < T; t++) {
      for (let r = 0; r < R; r++) {
        for (let k = 0; k < n; k++) want[r * n + k] += A[2 + t * R + r] * B[1 + t * n + k];
      }
    }
    addProductTN(C, R, n, T, A, 2, B, 1);
    expectClose(C, want);
  });
}

test('addProductTN reads rows of A aStride apart when given', () => {
  const T = 5, R = 6, n = 3, stride = 9;
  const A = random(T * stride, 13), B = random(T * n, 14);
  const C = new Float64Array(R * n), want = new Float64Array(R * n);
  for (let t = 0; t < T; t++) {
    for (let r = 0; r < R; r++) for (let k = 0; k < n; k++) want[r * n + k] += A[t * stride + r] * B[t * n + k];
  }
  addProductTN(C, R, n, T, A, 0, B, 0, stride);
  expectClose(C, want);
});

test('a step of affineProductNT gives the same bits alone as among other steps', () => {
  // gradflow.ts re-runs single steps and relies on matching the full pass exactly.
  const T = 7, R = 10, n = 9;
  const W = random(R * n, 15), b = random(R, 16), A = random(T * n, 17);
  const all = new Float64Array(T * R), one = new Float64Array(R);
  affineProductNT(all, 0, T, R, n, A, 0, W, b);
  for (let t = 0; t < T; t++) {
    affineProductNT(one, 0, 1, R, n, A, t * n, W, b);
    expect(Array.from(one)).toEqual(Array.from(all.subarray(t * R, (t + 1) * R)));
  }
});

test('addColumnSums adds the column sums of a (T, n) block', () => {
  const acc = Float64Array.of(1, 1, 1);
  addColumnSums(acc, 3, 2, Float64Array.of(9, 1, 2, 3, 4, 5, 6), 1);
  expect(Array.from(acc)).toEqual([1 + 1 + 4, 1 + 2 + 5, 1 + 3 + 6]);
});
