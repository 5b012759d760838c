/**
 * The dense kernels of a single time step, over row-major Float64Array: the hidden path
 * W_hh h_{t−1} + b_hh forward and its transpose backward, where each weight is used once per
 * step. The products over all steps at once are in products.ts. Imports nothing.
 *
 * Why they look the way they do: the forward and backward passes spend nearly all their time
 * here, and V8 compiles each typed-array access to an index computation, a bounds check and a
 * load, so what counts is how many multiply-adds one pass of an inner loop does per load and
 * per store. Each kernel therefore works on a block of rows or columns at once (8 or 16): one
 * load of v[k] serves eight rows, one update of acc[k] adds eight products, and the products
 * are independent, so they overlap. No closures or calls in the inner loops. Measured by
 * `npm run bench`; the blocking changes only the order of the sums (results agree to ~1e-16).
 * The forward step reaches affineRows through hiddenPath.ts, which computes the same bits on
 * WebAssembly SIMD where it may; the order of affineRows' sums is what that kernel reproduces.
 */

/**
 * Rows per tile in affineRows: 32, fewer for long rows. Rows n·8 bytes apart fall into L1 sets
 * n·8 bytes apart, so at n = 512 (4 KB) every row of a tile competes for the same 8-way set and
 * the lines being prefetched evict each other; 8 rows per tile there ran 25–40 % faster
 * (hidden 512), while short rows gain from tall tiles.
 */
function tileRows(n: number): number {
  return Math.max(8, Math.min(32, Math.floor(4096 / n)));
}

/**
 * out[o + r − r0] = b[r] + Σ_k W[r, k] · v[vo + k] for rows r0 ≤ r < r1.
 * W is (rows, n) row-major; v holds n numbers from offset vo. out must not overlap v or b.
 *
 * Walked by blocks of 16 columns (then 8, then 1): v[k..k+16) sits in registers while the loop
 * runs down a tile of rows, adding 16 products into each out[q]. There is no loop-carried sum
 * in a register, so the multiply-adds of successive rows overlap; tiles of rows (tileRows) keep
 * large matrices (hidden 512) from thrashing the cache.
 */
export function affineRows(
  W: Float64Array, n: number, r0: number, r1: number,
  v: Float64Array, vo: number, b: Float64Array,
  out: Float64Array, o: number,
): void {
  for (let r = r0; r < r1; r++) out[o + r - r0] = b[r];
  const tile = tileRows(n);
  for (let tileStart = r0; tileStart < r1; tileStart += tile) {
    const tileEnd = Math.min(r1, tileStart + tile);
    const q0 = o + tileStart - r0;
    let k = 0;
    for (; k + 16 <= n; k += 16) {
      const x0 = v[vo + k], x1 = v[vo + k + 1], x2 = v[vo + k + 2], x3 = v[vo + k + 3];
      const x4 = v[vo + k + 4], x5 = v[vo + k + 5], x6 = v[vo + k + 6], x7 = v[vo + k + 7];
      const y0 = v[vo + k + 8], y1 = v[vo + k + 9], y2 = v[vo + k + 10], y3 = v[vo + k + 11];
      const y4 = v[vo + k + 12], y5 = v[vo + k + 13], y6 = v[vo + k + 14], y7 = v[vo + k + 15];
      for (let r = tileStart, w = tileStart * n + k, q = q0; r < tileEnd; r++, w += n, q++) {
        out[q] += (((W[w] * x0 + W[w + 1] * x1) + (W[w + 2] * x2 + W[w + 3] * x3))
          + ((W[w + 4] * x4 + W[w + 5] * x5) + (W[w + 6] * x6 + W[w + 7] * x7)))
          + (((W[w + 8] * y0 + W[w + 9] * y1) + (W[w + 10] * y2 + W[w + 11] * y3))
          + ((W[w + 12] * y4 + W[w + 13] * y5) + (W[w + 14] * y6 + W[w + 15] * y7)));
      }
    }
    for (; k + 8 <= n; k += 8) {
      const x0 = v[vo + k], x1 = v[vo + k + 1], x2 = v[vo + k + 2], x3 = v[vo + k + 3];
      const x4 = v[vo + k + 4], x5 = v[vo + k + 5], x6 = v[vo + k + 6], x7 = v[vo + k + 7];
      for (let r = tileStart, w = tileStart * n + k, q = q0; r < tileEnd; r++, w += n, q++) {
        out[q] += ((W[w] * x0 + W[w + 1] * x1) + (W[w + 2] * x2 + W[w + 3] * x3))
          + ((W[w + 4] * x4 + W[w + 5] * x5) + (W[w + 6] * x6 + W[w + 7] * x7));
      }
    }
    for (; k < n; k++) {
      const x = v[vo + k];
      for (let r = tileStart, w = tileStart * n + k, q = q0; r < tileEnd; r++, w += n, q++) out[q] += W[w] * x;
    }
  }
}

/**
 * acc[ao + k] += Σ_r W[r, k] · d[dOff + r − r0] for rows r0 ≤ r < r1: the transposed product
 * Wᵀd, walked eight rows at a time so memory is read in order and each acc[k] is read and
 * written once per eight rows. A group of rows whose d values are all zero (a forced gate, a
 * step without a target) is skipped.
 */
export function addTransposedRows(
  W: Float64Array, n: number, r0: number, r1: number,
  d: Float64Array, dOff: number,
  acc: Float64Array, ao: number,
): void {
  let r = r0;
  for (; r + 8 <= r1; r += 8) {
    const q = dOff + r - r0;
    const d0 = d[q], d1 = d[q + 1], d2 = d[q + 2], d3 = d[q + 3];
    const d4 = d[q + 4], d5 = d[q + 5], d6 = d[q + 6], d7 = d[q + 7];
    if (d0 === 0 && d1 === 0 && d2 === 0 && d3 === 0 && d4 === 0 && d5 === 0 && d6 === 0 && d7 === 0) continue;
    for (let k = 0, w = r * n; k < n; k++, w++) {
      acc[ao + k] += ((W[w] * d0 + W[w + n] * d1) + (W[w + 2 * n] * d2 + W[w + 3 * n] * d3))
        + ((W[w + 4 * n] * d4 + W[w + 5 * n] * d5) + (W[w + 6 * n] * d6 + W[w + 7 * n] * d7));
    }
  }
  for (; r < r1; r++) {
    const s = d[dOff + r - r0];
    if (s === 0) continue;
    const w = r * n;
    for (let k = 0; k < n; k++) acc[ao + k] += W[w + k] * s;
  }
}

/**
 * dW[r, k] += d[dOff + r − r0] · v[vo + k] for rows r0 ≤ r < r1: an outer-product update,
 * eight rows per pass over v. A group of rows whose d values are all zero is skipped.
 */
export function addOuterRows(
  dW: Float64Array, n: number, r0: number, r1: number,
  d: Float64Array, dOff: number,
  v: Float64Array, vo: number,
): void {
  let r = r0;
  for (; r + 8 <= r1; r += 8) {
    const q = dOff + r - r0;
    const d0 = d[q], d1 = d[q + 1], d2 = d[q + 2], d3 = d[q + 3];
    const d4 = d[q + 4], d5 = d[q + 5], d6 = d[q + 6], d7 = d[q + 7];
    if (d0 === 0 && d1 === 0 && d2 === 0 && d3 === 0 && d4 === 0 && d5 === 0 && d6 === 0 && d7 === 0) continue;
    for (let k = 0, w = r * n; k < n; k++, w++) {
      const x = v[vo + k];
      dW[w] += d0 * x;
      dW[w + n] += d1 * x;
      dW[w + 2 * n] += d2 * x;
      dW[w + 3 * n] += d3 * x;
      dW[w + 4 * n] += d4 * x;
      dW[w + 5 * n] += d5 * x;
      dW[w + 6 * n] += d6 * x;
      dW[w + 7 * n] += d7 * x;
    }
  }
  for (; r < r1; r++) {
    const s = d[dOff + r - r0];
    if (s === 0) continue;
    const w = r * n;
    for (let k = 0; k < n; k++) dW[w + k] += s * v[vo + k];
  }
}
