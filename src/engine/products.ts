/**
 * The dense kernels that work on all time steps at once, over row-major Float64Array: the input
 * path of a forward pass, the readout, and the weight and input gradients that bptt.ts and
 * the readout form after their loops. Imports nothing.
 *
 * Each is a matrix product blocked in registers: a block of 4 × 2 results is summed over the
 * shared dimension with every loaded number used two or four times, which the one-vector
 * kernels of linalg.ts cannot do (there each weight is used once per step). That makes these
 * about half again as fast per multiply-add (measured with `npm run bench`).
 */

/**
 * C[cOff + t·R + r] = b[r] + Σ_k A[aOff + t·n + k] · W[r, k]: C (T, R) = A (T, n) Wᵀ + b, with
 * W (R, n) and b (R). For the input path A is x (T, I) and W is W_ih; for the readout, h and W.
 * Every entry is b[r] plus its products in order k = 0, 1, …, however the loops are blocked,
 * so a step's result does not depend on how many steps are computed together.
 */
export function affineProductNT(
  C: Float64Array, cOff: number, T: number, R: number, n: number,
  A: Float64Array, aOff: number, W: Float64Array, b: Float64Array,
): void {
  let r = 0;
  for (; r + 4 <= R; r += 4) {
    const b0 = b[r], b1 = b[r + 1], b2 = b[r + 2], b3 = b[r + 3];
    const w0 = r * n, w1 = w0 + n, w2 = w1 + n, w3 = w2 + n;
    let t = 0;
    for (; t + 2 <= T; t += 2) {
      let p0 = b0, p1 = b1, p2 = b2, p3 = b3; // step t
      let q0 = b0, q1 = b1, q2 = b2, q3 = b3; // step t + 1
      for (let k = 0, a = aOff + t * n; k < n; k++, a++) {
        const x = A[a], y = A[a + n];
        const v0 = W[w0 + k], v1 = W[w1 + k], v2 = W[w2 + k], v3 = W[w3 + k];
        p0 += v0 * x; p1 += v1 * x; p2 += v2 * x; p3 += v3 * x;
        q0 += v0 * y; q1 += v1 * y; q2 += v2 * y; q3 += v3 * y;
      }
      const c = cOff + t * R + r, d = c + R;
      C[c] = p0; C[c + 1] = p1; C[c + 2] = p2; C[c + 3] = p3;
      C[d] = q0; C[d + 1] = q1; C[d + 2] = q2; C[d + 3] = q3;
    }
    if (t < T) {
      let p0 = b0, p1 = b1, p2 = b2, p3 = b3;
      for (let k = 0, a = aOff + t * n; k < n; k++, a++) {
        const x = A[a];
        p0 += W[w0 + k] * x; p1 += W[w1 + k] * x; p2 += W[w2 + k] * x; p3 += W[w3 + k] * x;
      }
      const c = cOff + t * R + r;
      C[c] = p0; C[c + 1] = p1; C[c + 2] = p2; C[c + 3] = p3;
    }
  }
  for (; r < R; r++) {
    for (let t = 0; t < T; t++) {
      let p = b[r];
      for (let k = 0, a = aOff + t * n; k < n; k++, a++) p += W[r * n + k] * A[a];
      C[cOff + t * R + r] = p;
    }
  }
}

/**
 * C[cOff + t·n + k] += Σ_r A[aOff + t·R + r] · B[r, k]: C (T, n) plus A (T, R) B, with B (R, n).
 * Each row of C is Bᵀ times a row of A: the input gradients dx_t = W_ihᵀ daIh_t, and the readout's
 * ∂L/∂h_t = Wᵀ dy_t. Blocks of 2 steps × 4 columns are summed in registers.
 */
export function addProductNN(
  C: Float64Array, cOff: number, T: number, n: number, R: number,
  A: Float64Array, aOff: number, B: Float64Array,
): void {
  let t = 0;
  for (; t + 2 <= T; t += 2) {
    const a0 = aOff + t * R, a1 = a0 + R;
    let k = 0;
    for (; k + 4 <= n; k += 4) {
      let p0 = 0, p1 = 0, p2 = 0, p3 = 0, q0 = 0, q1 = 0, q2 = 0, q3 = 0;
      for (let r = 0, w = k; r < R; r++, w += n) {
        const x = A[a0 + r], y = A[a1 + r];
        const v0 = B[w], v1 = B[w + 1], v2 = B[w + 2], v3 = B[w + 3];
        p0 += x * v0; p1 += x * v1; p2 += x * v2; p3 += x * v3;
        q0 += y * v0; q1 += y * v1; q2 += y * v2; q3 += y * v3;
      }
      const c = cOff + t * n + k, d = c + n;
      C[c] += p0; C[c + 1] += p1; C[c + 2] += p2; C[c + 3] += p3;
      C[d] += q0; C[d + 1] += q1; C[d + 2] += q2; C[d + 3] += q3;
    }
    for (; k < n; k++) {
      let p = 0, q = 0;
      for (let r = 0, w = k; r < R; r++, w += n) {
        p += A[a0 + r] * B[w];
        q += A[a1 + r] * B[w];
      }
      C[cOff + t * n + k] += p;
      C[cOff + (t + 1) * n + k] += q;
    }
  }
  for (; t < T; t++) {
    for (let k = 0; k < n; k++) {
      let p = 0;
      for (let r = 0, w = k; r < R; r++, w += n) p += A[aOff + t * R + r] * B[w];
      C[cOff + t * n + k] += p;
    }
  }
}

/**
 * C[r, k] += Σ_t A[t, r] · B[t, k] for 0 ≤ t < T: C (R, n) plus Aᵀ B, with A (T, R) and
 * B (T, n) row-major from offsets aOff and bOff (A's rows aStride apart, R unless given).
 * This is a sum of T outer products (dW = Σ_t d_t ⊗ v_t) computed as one matrix product: each
 * block of 4 × 2 entries of C is summed in registers over all t and written once, instead of
 * being read and written T times.
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
