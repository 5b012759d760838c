/**
 * The few dense kernels the cells need, over row-major Float64Array. Imports nothing.
 * Inner loops are unrolled by four with separate accumulators: it is what lets V8 keep
 * several multiply-adds in flight, and it is where the forward pass spends its time.
 */

/**
 * out[o + r − r0] = b[r] + Σ_k W[r, k] · v[vo + k] for rows r0 ≤ r < r1.
 * W is (rows, n) row-major; v holds n numbers from offset vo.
 */
export function affineRows(
  W: Float64Array, n: number, r0: number, r1: number,
  v: Float64Array, vo: number, b: Float64Array,
  out: Float64Array, o: number,
): void {
  const n4 = n - (n % 4);
  for (let r = r0; r < r1; r++) {
    const w = r * n;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    let k = 0;
    for (; k < n4; k += 4) {
      s0 += W[w + k] * v[vo + k];
      s1 += W[w + k + 1] * v[vo + k + 1];
      s2 += W[w + k + 2] * v[vo + k + 2];
      s3 += W[w + k + 3] * v[vo + k + 3];
    }
    for (; k < n; k++) s0 += W[w + k] * v[vo + k];
    out[o + r - r0] = b[r] + (s0 + s1) + (s2 + s3);
  }
}

/**
 * acc[ao + k] += Σ_r W[r, k] · d[do + r − r0] for rows r0 ≤ r < r1: the transposed product
 * Wᵀd, walked row by row so memory is read in order.
 */
export function addTransposedRows(
  W: Float64Array, n: number, r0: number, r1: number,
  d: Float64Array, dOff: number,
  acc: Float64Array, ao: number,
): void {
  for (let r = r0; r < r1; r++) {
    const s = d[dOff + r - r0];
    if (s === 0) continue;
    const w = r * n;
    for (let k = 0; k < n; k++) acc[ao + k] += W[w + k] * s;
  }
}

/**
 * dW[r, k] += d[do + r − r0] · v[vo + k] for rows r0 ≤ r < r1: an outer-product update.
 */
export function addOuterRows(
  dW: Float64Array, n: number, r0: number, r1: number,
  d: Float64Array, dOff: number,
  v: Float64Array, vo: number,
): void {
  for (let r = r0; r < r1; r++) {
    const s = d[dOff + r - r0];
    if (s === 0) continue;
    const w = r * n;
    for (let k = 0; k < n; k++) dW[w + k] += s * v[vo + k];
  }
}
