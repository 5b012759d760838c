/**
 * σ and tanh: finite for any finite input, the same bits on every JavaScript engine, and fast,
 * since a forward step at hidden 32 spent about a third of its time here. Imports portableMath
 * (the rare far tail) and the 2^(j/64) table.
 *
 * Why not portableMath.exp (fdlibm)? It is within an ulp over the whole range but costs about
 * 20 ns a call here (range checks, a division, a scale built in two steps), and the activations
 * only need e^x for x ≤ 0, where a table does it in under half that (Tang's method): with
 * k = round(64x / ln 2),
 *
 *   e^x = 2^(k/64) · e^r,   r = x − k·ln2/64,   |r| ≤ ln2/128 ≈ 0.0054
 *   2^(k/64) = 2^(k >> 6) · (EXP2_HI[k & 63] + EXP2_LO[k & 63])
 *   e^r − 1 ≈ r + r²/2 + r³/6 + r⁴/24 + r⁵/120 (+ r⁶/720 for tanh, which needs e^r − 1 to full
 *   relative precision: the r⁶ term is 3.5e-17 absolute, but up to 4e-15 relative to r)
 *
 * Only + − × ÷, comparisons and integer bit operations, so IEEE 754 fixes every bit. Errors,
 * measured against 120-bit arithmetic on 100,000 inputs and bounded in activations.test.ts: e^x
 * within 0.71 ulp, σ within 1.85 ulps, tanh within 2.4 ulps (relative, also near 0; the former
 * 1 − 2 / (e^2|x| + 1) was within 2.3e-16 absolute but lost relative digits there).
 *
 * The cells call sigmoid and tanh once per unit from their own fused loops, where V8 inlines
 * them while the step stays within its inlining budget (all of the GRU's three call sites; some of
 * the LSTM's five, the rest are plain calls).
 */
import { EXP2_HI, EXP2_LO } from './exp2Table';
import { exp as portableExp } from './portableMath';

/** Local bindings: used directly, not through a module object (vitest and tsx may add getters). */
const HI = EXP2_HI, LO = EXP2_LO;
const expFull = portableExp;

/** 1.5 · 2^52: (y + SHIFT) − SHIFT rounds y to a whole number (ties to even) for |y| < 2^51. */
const SHIFT = 6755399441055744;
const N_OVER_LN2 = 92.33248261689366; // 64 / ln 2
// ln2/64 in two parts: the high part has 32 significant bits, so k · LN2_64_HI is exact for |k| < 2^21.
const LN2_64_HI = 0.01083042469326756;
const LN2_64_LO = 2.9815858269852933e-12;
const C2 = 1 / 2, C3 = 1 / 6, C4 = 1 / 24, C5 = 1 / 120, C6 = 1 / 720;

/** Below this the scale 2^(k >> 6) would leave the normal range: portableMath.exp takes over. */
const TAIL = -708;
/** POW2[m + 1022] = 2^m for m = −1022 … 0 (exact: built from powers of two by halving). */
const POW2 = new Float64Array(1023);
POW2[1022] = 1;
for (let m = 1021; m >= 0; m--) POW2[m] = POW2[m + 1] / 2;

/** e^x for x ≤ 0 (NaN gives NaN). */
export function expNonPositive(x: number): number {
  if (x < TAIL) return expFull(x); // e^−708 ≈ 3e-308: subnormal results and 0 below −745
  const kf = (x * N_OVER_LN2 + SHIFT) - SHIFT;
  const r = (x - kf * LN2_64_HI) - kf * LN2_64_LO;
  const k = kf | 0;
  const j = k & 63, scale = POW2[(k >> 6) + 1022]; // 2^(k/64) = (HI[j] + LO[j]) · scale, exactly
  const s = HI[j] * scale; // a normal number: the products are exact
  return s + (LO[j] * scale + s * (r + r * r * (C2 + r * (C3 + r * (C4 + r * C5)))));
}

/** Past this |x|, tanh(x) rounds to ±1 (e^−2|x| < 2^−56), so |x| is clamped here. */
const TANH_SATURATES = 20;

/**
 * The constants and POW2, for wasm/activationInstructions.ts, which emits the same operations as
 * WebAssembly. One exported object: exported module bindings are slower to read in the functions
 * below (GRU forward at hidden 32 about 1.4× slower in `npm run bench` when they were exported).
 */
export const EXP_CONSTANTS = {
  SHIFT, N_OVER_LN2, LN2_64_HI, LN2_64_LO, C2, C3, C4, C5, C6, TAIL, TANH_SATURATES, POW2,
} as const;

/**
 * tanh(x) = (1 − e) / (1 + e) with e = e^(−2|x|) = s + q (s = 2^(k/64), q the rest), and the sign
 * of x. 1 − e is formed as (1 − s) − q: 1 − s is exact for s ≥ 1/2 and 0 for k = 0, so
 * the numerator keeps its relative precision near 0, where 1 − e would cancel.
 */
export function tanh(x: number): number {
  const a = Math.abs(x);
  const y = -2 * (a > TANH_SATURATES ? TANH_SATURATES : a);
  const kf = (y * N_OVER_LN2 + SHIFT) - SHIFT;
  const r = (y - kf * LN2_64_HI) - kf * LN2_64_LO;
  const k = kf | 0;
  const j = k & 63, scale = POW2[(k >> 6) + 1022];
  const s = HI[j] * scale;
  const q = LO[j] * scale + s * (r + r * r * (C2 + r * (C3 + r * (C4 + r * (C5 + r * C6)))));
  const t = ((1 - s) - q) / ((1 + s) + q);
  return x < 0 ? -t : t;
}

/**
 * σ(x) = 1 / (1 + e^−x) for x ≥ 0 and e^x / (1 + e^x) below, computed without overflow:
 * e = e^−|x| ≤ 1, and one division with the numerator picked by the sign.
 */
export function sigmoid(x: number): number {
  const e = expNonPositive(-Math.abs(x));
  return (x >= 0 ? 1 : e) / (1 + e);
}
