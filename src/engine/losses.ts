/**
 * Losses over the readout's outputs: mean squared error and softmax cross-entropy. Each
 * returns the loss of one sequence and writes its gradient with respect to the outputs.
 * Imports portableMath (the same bits in Node and the browser).
 *
 * y is (S, O): S output steps (T or 1, see readout.ts), O outputs per step. An optional
 * mask (S) marks steps without a target with 0; they add nothing to the loss or gradient,
 * and the mean is over the N steps that have one.
 */

import { exp, log } from './portableMath';

export type LossKind = 'mse' | 'cross-entropy';

/**
 * L for one sequence; writes dy (S, O) = ∂L/∂y. `target` is (S, O) numbers for mse and
 * (S) class indices 0..O−1 for cross-entropy.
 */
export type LossFunction = (
  y: Float64Array, target: Float64Array, outputSize: number, steps: number,
  dy: Float64Array, mask?: Float64Array,
) => number;

function countTargets(steps: number, mask: Float64Array | undefined): number {
  if (mask === undefined) return steps;
  let n = 0;
  for (let t = 0; t < steps; t++) if (mask[t] !== 0) n++;
  return n;
}

/**
 *   L = 1/(N·O) Σ_t Σ_o (y_to − τ_to)²        ∂L/∂y_to = 2 (y_to − τ_to) / (N·O)
 * PyTorch's MSELoss with reduction 'mean' over the steps that have a target.
 */
export const mse: LossFunction = (y, target, O, steps, dy, mask) => {
  const N = countTargets(steps, mask);
  const scale = N > 0 ? 1 / (N * O) : 0;
  let sum = 0;
  for (let t = 0; t < steps; t++) {
    const row = t * O;
    const has = mask === undefined || mask[t] !== 0;
    for (let o = 0; o < O; o++) {
      const e = has ? y[row + o] - target[row + o] : 0;
      sum += e * e;
      dy[row + o] = 2 * e * scale;
    }
  }
  return sum * scale;
};

/**
 *   p_t = softmax(y_t),  L = −1/N Σ_t log p_t[k_t]        ∂L/∂y_t = (p_t − onehot(k_t)) / N
 * log p is y − logsumexp(y) with the max subtracted first, so no exp overflows.
 */
export const crossEntropy: LossFunction = (y, target, O, steps, dy, mask) => {
  const N = countTargets(steps, mask);
  const scale = N > 0 ? 1 / N : 0;
  let sum = 0;
  for (let t = 0; t < steps; t++) {
    const row = t * O;
    if (mask !== undefined && mask[t] === 0) {
      dy.fill(0, row, row + O);
      continue;
    }
    const k = target[t];
    if (!(Number.isInteger(k) && k >= 0 && k < O)) {
      throw new RangeError(`cross-entropy: target at step ${t} is ${k}, not a class 0..${O - 1}`);
    }
    let max = -Infinity;
    for (let o = 0; o < O; o++) if (y[row + o] > max) max = y[row + o];
    let z = 0;
    for (let o = 0; o < O; o++) z += exp(y[row + o] - max);
    const logZ = max + log(z);
    sum += logZ - y[row + k];
    for (let o = 0; o < O; o++) dy[row + o] = exp(y[row + o] - logZ) * scale;
    dy[row + k] -= scale;
  }
  return sum * scale;
};

/** The losses by name. */
export const LOSSES = { mse, 'cross-entropy': crossEntropy } as const satisfies Record<LossKind, LossFunction>;
