/**
 * Activations that stay finite for any finite input, with the same bits on every JavaScript
 * engine (portableMath.ts says why Math.exp is not used). Imports portableMath.
 * A naive 1 / (1 + exp(−x)) is fine for large positive x but exp overflows to
 * Infinity for x < −709; the branch below only ever exponentiates a non-positive number.
 */

import { exp, tanh as portableTanh } from './portableMath';

/** σ(x) = 1 / (1 + e^−x), computed without overflow. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + exp(-x));
  const e = exp(x);
  return e / (1 + e);
}

/** tanh(x), saturating to exactly ±1 without NaN (portableMath.ts). */
export const tanh: (x: number) => number = portableTanh;
