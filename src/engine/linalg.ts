/**
 * The few dense kernels the cells, the time loops and the readout need, over row-major
 * Float64Array. Imports nothing.
 *
 * Why they look the way they do: the forward and backward passes spend nearly all their time
 * here, and V8 compiles each typed-array access to an index computation, a bounds check and a
 * load, so what counts is how many multiply-adds one pass of an inner loop does per load and
 * per store. Each kernel therefore works on a block of rows or columns at once (8 or 16): one
 * load of v[k] serves eight rows, one update of acc[k] adds eight products, and the products
 * are independent, so they overlap. No closures or calls in the inner loops. Measured by
 * `npm run bench`; the blocking changes only the order of the sums (results agree to ~1e-16).
 */

/** Rows per tile in affineRows: a tile's cache lines for one block of columns stay cached. */
const TILE_ROWS = 32;

/**
 * out[o + r − r0] = b[r] + Σ_k W[r, k] · v[vo + k] for rows r0 ≤ r < r1.
 * W is (rows, n) row-major; v holds n numbers from offset vo. out must not overlap v or b.
 *
 * Walked by blocks of 16 columns (then 8, then 1): v[k..k+16) sits in registers while the loop
 * runs down a tile of rows, adding 16 products into each out[q]. There is no loop-carried sum
 * in a register, so the multiply-adds of successive rows overlap; tiles of 32 rows keep large
 * matrices (hidden 512) from thrashing the cache.
 */
export function affineRows(
  W: Float64Array, n: number, r0: number, r1: number,
  v: Float64Array, vo: number, b: Float64Array,
  out: Float64Array, o: number,
): void {
  for (let r = r0; r < r1; r++) out[o + r - r0] = b[r];
  for (let tileStart = r0; tileStart < r1; tileStart += TILE_ROWS) {
    const tileEnd = Math.min(r1, tileStart + TILE_ROWS);
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

/**
 * C[r, k] += Σ_t A[t, r] · B[t, k] for 0 ≤ t < T: C (R, n) plus Aᵀ B, with A (T, R) and
 * B (T, n) row-major from offsets aOff and bOff (A's rows aStride apart, R unless given). This is a sum of T outer products
 * (dW = Σ_t d_t ⊗ v_t) computed as one matrix product: each block of 4 × 2 entries of C is
 * summed in registers over all t and written once, instead of being read and written T times.
 */
export function addProductTN(
  C: Float64Array, R: number, n: number, T: number,
  A: Float64Array, aOff: number, B: Float64Array, bOff: number, aStride: number = R,
): void {
  let r = 0;
  for (; r + 4 <= R; r += 4) {
    let k = 0;
    for (; k + 2 <= n; k += 2) {
      let c00 = 0, c01 = 0, c10 = 0, c11 = 0, c20 = 0, c21 = 0, c30 = 0, c31 = 0;
      for (let t = 0, a = aOff + r, b = bOff + k; t < T; t++, a += aStride, b += n) {
        const b0 = B[b], b1 = B[b + 1];
        const a0 = A[a], a1 = A[a + 1], a2 = A[a + 2], a3 = A[a + 3];
        c00 += a0 * b0; c01 += a0 * b1;
        c10 += a1 * b0; c11 += a1 * b1;
        c20 += a2 * b0; c21 += a2 * b1;
        c30 += a3 * b0; c31 += a3 * b1;
      }
      const c = r * n + k;
      C[c] += c00; C[c + 1] += c01;
      C[c + n] += c10; C[c + n + 1] += c11;
      C[c + 2 * n] += c20; C[c + 2 * n + 1] += c21;
      C[c + 3 * n] += c30; C[c + 3 * n + 1] += c31;
    }
    for (; k < n; k++) {
      let c0 = 0, c1 = 0, c2 = 0, c3 = 0;
      for (let t = 0, a = aOff + r, b = bOff + k; t < T; t++, a += aStride, b += n) {
        const bk = B[b];
        c0 += A[a] * bk; c1 += A[a + 1] * bk; c2 += A[a + 2] * bk; c3 += A[a + 3] * bk;
      }
      const c = r * n + k;
      C[c] += c0; C[c + n] += c1; C[c + 2 * n] += c2; C[c + 3 * n] += c3;
    }
  }
  for (; r < R; r++) {
    for (let k = 0; k < n; k++) {
      let s = 0;
      for (let t = 0, a = aOff + r, b = bOff + k; t < T; t++, a += aStride, b += n) s += A[a] * B[b];
      C[r * n + k] += s;
    }
  }
}

/** acc[k] += Σ_t A[t, k] for 0 ≤ t < T: the column sums of A (T, n), e.g. a bias gradient. */
export function addColumnSums(acc: Float64Array, n: number, T: number, A: Float64Array, aOff: number): void {
  for (let t = 0; t < T; t++) {
    const a = aOff + t * n;
    for (let k = 0; k < n; k++) acc[k] += A[a + k];
  }
}
