/**
 * Activations that stay finite for any finite input, with the same bits on every JavaScript
 * engine (portableMath.ts says why Math.exp and Math.tanh are not used). Imports portableMath.
 * A naive 1 / (1 + exp(−x)) is fine for large positive x but exp overflows to
 * Infinity for x < −709; sigmoid only ever exponentiates a non-positive number.
 *
 * The cells apply them a whole gate block at a time (sigmoidRange, tanhRange): one call per
 * block and step instead of one per unit. That matters in Node, where tsx and vitest turn each
 * imported name into a getter on a module object, so a per-unit call to an imported function
 * costs a getter call and is never inlined; inside this file the calls are direct.
 */
import { exp as portableExp, tanh as portableTanh } from './portableMath';

/** Local bindings: called directly, not through a module getter (see above). */
const exp = portableExp;

/**
 * σ(x) = 1 / (1 + e^−x) for x ≥ 0 and e^x / (1 + e^x) below, computed without overflow:
 * e = e^−|x| ≤ 1, and one division with the numerator picked by the sign.
 */
export function sigmoid(x: number): number {
  const e = exp(-Math.abs(x));
  return (x >= 0 ? 1 : e) / (1 + e);
}

/** tanh(x), saturating to exactly ±1 without NaN (portableMath.ts). */
export const tanh: (x: number) => number = portableTanh;

/** act[o + j] = σ(pre[o + j]) for 0 ≤ j < n. */
export function sigmoidRange(pre: Float64Array, act: Float64Array, o: number, n: number): void {
  for (let u = o; u < o + n; u++) act[u] = sigmoid(pre[u]);
}

/** act[o + j] = tanh(pre[o + j]) for 0 ≤ j < n. */
export function tanhRange(pre: Float64Array, act: Float64Array, o: number, n: number): void {
  for (let u = o; u < o + n; u++) act[u] = tanh(pre[u]);
}
