/**
 * Plain tanh RNN tests: backward against central differences, and the vanishing product
 * ∂h_t/∂h_{t−1} = diag(1 − h_t²) W_hh that the gated cells are built to avoid.
 */
import { describe, expect, test } from 'vitest';
import { backward } from './bptt';
import { cellGradientErrors, TOLERANCE } from './testing/cellgrad';
import { randomProblem } from './testing/problems';
import { forward } from './unroll';

describe('the rnn has exact gradients (central differences)', () => {
  const cases = [
    { name: 'I=3 H=4 T=5 at moderate weights', I: 3, H: 4, T: 5, scale: 0.8, seed: 1 },
    { name: 'I=3 H=4 T=5 with another seed', I: 3, H: 4, T: 5, scale: 0.8, seed: 2 },
    { name: 'I=2 H=5 T=9 at large, saturating weights', I: 2, H: 5, T: 9, scale: 2, seed: 3 },
    { name: 'I=1 H=1 T=3', I: 1, H: 1, T: 3, scale: 1, seed: 4 },
  ];
  for (const { name, I, H, T, scale, seed } of cases) {
    test(`for every weight, bias, input and h0 with ${name}`, () => {
      const p = randomProblem({ kind: 'rnn', inputSize: I, hiddenSize: H }, { steps: T, seed, scale });
      for (const [buffer, e] of Object.entries(cellGradientErrors(p))) expect(e, buffer).toBeLessThanOrEqual(TOLERANCE);
    });
  }
});

test('a one-unit rnn passes back exactly ∏ (1 − h_t²)·w_hh from h_T to h0', () => {
  const p = randomProblem({ kind: 'rnn', inputSize: 1, hiddenSize: 1 }, { steps: 12, seed: 11 });
  const trace = forward(p.config, p.weights, p.x, { h0: p.h0 });
  const dh = new Float64Array(12);
  dh[11] = 1; // L = h_T
  const grads = backward(trace, p.weights, { dh });
  let product = 1;
  for (let t = 11; t >= 0; t--) product *= (1 - trace.h[t] ** 2) * p.weights.wHh[0];
  expect(grads.h0[0]).toBeCloseTo(product, 15);
  expect(Math.abs(product)).toBeLessThan(1e-3); // it vanishes: the overwrite problem of slide 1
});
