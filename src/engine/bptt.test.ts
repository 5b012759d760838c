import { expect, test } from 'vitest';
import { backward, backwardInto, createGrads, createWorkspace } from './bptt';
import { initWeights } from './init';
import { createRng } from './prng';
import type { CellConfig } from './types';
import { forward } from './unroll';

test('backwardInto without input gradients leaves grads.x alone and gives the same weight gradients', () => {
  const config: CellConfig = { kind: 'gru', inputSize: 3, hiddenSize: 9 };
  const rng = createRng(4);
  const T = 6;
  const x = Float64Array.from({ length: T * 3 }, () => rng.uniform(-1, 1));
  const dh = Float64Array.from({ length: T * 9 }, () => rng.uniform(-1, 1));
  const weights = initWeights(config, 2);
  const trace = forward(config, weights, x);
  const full = backward(trace, weights, { dh });
  const grads = createGrads(config, T);
  grads.x.fill(7);
  backwardInto(trace, weights, { dh }, grads, createWorkspace(config, T), { inputGrads: false });
  expect(grads.x.every((v) => v === 7)).toBe(true);
  for (const k of ['wIh', 'wHh', 'bIh', 'bHh', 'h0'] as const) expect(Array.from(grads[k]), k).toEqual(Array.from(full[k]));
});

test('one workspace serves traces of different weights in turn, as a fresh one would', () => {
  const config: CellConfig = { kind: 'lstm', inputSize: 2, hiddenSize: 5 };
  const rng = createRng(9);
  const T = 4;
  const x = Float64Array.from({ length: T * 2 }, () => rng.uniform(-1, 1));
  const dh = Float64Array.from({ length: T * 5 }, () => rng.uniform(-1, 1));
  const work = createWorkspace(config, T);
  for (const seed of [1, 2, 3]) {
    const weights = initWeights(config, seed);
    const trace = forward(config, weights, x);
    const grads = backwardInto(trace, weights, { dh }, createGrads(config, T), work);
    const fresh = backward(trace, weights, { dh });
    for (const k of ['wIh', 'wHh', 'bIh', 'bHh', 'x', 'h0', 'c0'] as const) {
      expect(Array.from(grads[k]), `${k}, seed ${seed}`).toEqual(Array.from(fresh[k]));
    }
  }
});
