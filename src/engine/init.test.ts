/**
 * Tests of the seeded initialisation: PyTorch's U(−1/√H, 1/√H) bounds, the fixed draw order,
 * and the forget-bias offset landing on the LSTM forget rows of bias_ih only.
 */
import { describe, expect, test } from 'vitest';
import { sigmoid } from './activations';
import { initWeights } from './init';
import { createRng } from './prng';
import { sameBits } from './testing/bits';
import type { CellConfig, Weights } from './types';
import { forward } from './unroll';

const BUFFERS = ['wIh', 'wHh', 'bIh', 'bHh'] as const;
const all = (w: Weights) => BUFFERS.flatMap((k) => Array.from(w[k]));

describe('initWeights draws from U(−1/√H, 1/√H) like PyTorch', () => {
  const configs: CellConfig[] = [
    { kind: 'rnn', inputSize: 5, hiddenSize: 64 }, { kind: 'gru', inputSize: 3, hiddenSize: 16 },
    { kind: 'lstm', inputSize: 7, hiddenSize: 25 }, { kind: 'lstm', inputSize: 1, hiddenSize: 1 },
  ];
  for (const config of configs) {
    test(`every ${config.kind} weight and bias lies in [−1/√H, 1/√H) at H = ${config.hiddenSize} and fills it`, () => {
      const k = 1 / Math.sqrt(config.hiddenSize);
      const values = all(initWeights(config, 99));
      expect(values.every((v) => v >= -k && v < k)).toBe(true);
      if (values.length > 500) {
        expect(Math.min(...values)).toBeLessThan(-0.98 * k);
        expect(Math.max(...values)).toBeGreaterThan(0.98 * k);
      }
    });
  }

  test('the draws go in a fixed order: wIh, wHh, bIh, bHh, each row-major, one uniform each', () => {
    const config: CellConfig = { kind: 'gru', inputSize: 2, hiddenSize: 4 };
    const rng = createRng(17);
    const want = Array.from({ length: 3 * 4 * (2 + 4 + 2) }, () => rng.uniform(-0.5, 0.5));
    expect(all(initWeights(config, 17))).toEqual(want);
  });

  test('the same seed gives the same bytes and another seed other numbers', () => {
    const config: CellConfig = { kind: 'lstm', inputSize: 3, hiddenSize: 8 };
    const [a, b, c] = [5, 5, 6].map((seed) => initWeights(config, seed));
    for (const k of BUFFERS) expect(sameBits(a[k], b[k]), k).toBe(true);
    for (const k of BUFFERS) expect(sameBits(a[k], c[k]), k).toBe(false);
  });
});

describe('the forget-bias offset (Keras, Jozefowicz et al. 2015)', () => {
  const H = 6;
  const lstm: CellConfig = { kind: 'lstm', inputSize: 3, hiddenSize: H };

  test('lands on rows H..2H of bias_ih of the lstm and nowhere else', () => {
    const plain = initWeights(lstm, 8);
    const keras = initWeights(lstm, 8, { forgetBias: 1 });
    keras.bIh.forEach((v, j) => expect(v, `bIh[${j}]`).toBe(j >= H && j < 2 * H ? plain.bIh[j] + 1 : plain.bIh[j]));
    for (const k of ['wIh', 'wHh', 'bHh'] as const) expect(sameBits(keras[k], plain[k]), k).toBe(true);
  });

  test('is 0 by default (PyTorch) and changes nothing for the gru and the rnn', () => {
    expect(sameBits(initWeights(lstm, 8, { forgetBias: 0 }).bIh, initWeights(lstm, 8).bIh)).toBe(true);
    for (const kind of ['gru', 'rnn'] as const) {
      const config: CellConfig = { kind, inputSize: 3, hiddenSize: H };
      const [a, b] = [initWeights(config, 8), initWeights(config, 8, { forgetBias: 2 })];
      for (const k of BUFFERS) expect(sameBits(a[k], b[k]), `${kind} ${k}`).toBe(true);
    }
  });

  test('with forget bias 1 the forget gate starts near σ(1) ≈ 0.73 on a silent input (LESSON.md claim 5)', () => {
    const config: CellConfig = { kind: 'lstm', inputSize: 4, hiddenSize: 64 };
    const k = 1 / 8;
    for (const [bias, centre] of [[0, 0.5], [1, sigmoid(1)]] as const) {
      const trace = forward(config, initWeights(config, 3, { forgetBias: bias }), new Float64Array(4));
      const f = Array.from(trace.act.f!);
      const mean = f.reduce((s, v) => s + v, 0) / f.length;
      expect(Math.abs(mean - centre), `forget bias ${bias}`).toBeLessThan(0.01);
      // pre_f = bias + b_ih + b_hh with both biases in [−k, k)
      expect(f.every((v) => v >= sigmoid(bias - 2 * k) && v <= sigmoid(bias + 2 * k))).toBe(true);
    }
    expect(sigmoid(1)).toBeCloseTo(0.731, 3);
  });
});
