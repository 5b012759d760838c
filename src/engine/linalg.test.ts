import { expect, test } from 'vitest';
import { addOuterRows, addTransposedRows, affineRows } from './linalg';
import { expectClose, random } from './testing/close';

// Sizes around the kernels' blocking (8 rows, 8 or 16 columns, tiles of rows), with offsets.
const SHAPES: [number, number][] = [[1, 1], [3, 5], [4, 8], [7, 9], [13, 17], [40, 33], [96, 32], [70, 3], [37, 40]];

for (const [rows, n] of SHAPES) {
  test(`affineRows computes b + W v over a row range of a ${rows}×${n} matrix`, () => {
    const W = random(rows * n, 1), b = random(rows, 2), v = random(n + 3, 3);
    const r0 = rows > 2 ? 1 : 0, r1 = rows;
    const out = random(r1 - r0 + 2, 4), want = out.slice();
    for (let r = r0; r < r1; r++) {
      let s = b[r];
      for (let k = 0; k < n; k++) s += W[r * n + k] * v[3 + k];
      want[2 + r - r0] = s;
    }
    affineRows(W, n, r0, r1, v, 3, b, out, 2);
    expectClose(out, want);
  });

  test(`addTransposedRows and addOuterRows add Wᵀd and d ⊗ v for a ${rows}×${n} matrix`, () => {
    const W = random(rows * n, 5), d = random(rows + 1, 6), v = random(n + 2, 7);
    if (rows >= 4) d.fill(0, 1, 5); // an all-zero group of four rows is skipped
    const acc = random(n + 1, 8), wantAcc = acc.slice();
    const dW = random(rows * n, 9), wantDW = dW.slice();
    for (let r = 0; r < rows; r++) {
      for (let k = 0; k < n; k++) {
        wantAcc[1 + k] += W[r * n + k] * d[1 + r];
        wantDW[r * n + k] += d[1 + r] * v[2 + k];
      }
    }
    addTransposedRows(W, n, 0, rows, d, 1, acc, 1);
    addOuterRows(dW, n, 0, rows, d, 1, v, 2);
    expectClose(acc, wantAcc);
    expectClose(dW, wantDW);
  });
}
