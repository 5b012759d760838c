/**
 * Activations that stay finite for any finite input. Imports nothing.
 * A naive 1 / (1 + exp(−x)) is fine for large positive x but exp overflows to
 * Infinity for x < −709; the branch below only ever exponentiates a non-positive number.
 */

/** σ(x) = 1 / (1 + e^−x), computed without overflow. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** tanh(x); Math.tanh already saturates to ±1 without NaN. */
export const tanh: (x: number) => number = Math.tanh;
