import { describe, expect, test } from 'vitest';
import { evaluate } from './evaluate';
import { createModel, modelParams, type Model } from './model';
import { createRng } from './prng';
import type { ReadoutAt } from './readout';
import { worstGradientError } from './testing/gradcheck';
import { accumulateGradients, createTrainer, trainStep, type Sample, type TrainerOptions } from './train';
import type { CellConfig, CellKind } from './types';

/** Sequences of T numbers in [−0.5, 0.5]; the target is their sum, at the last step. */
function sumSet(n: number, T: number, seed: number): Sample[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => {
    const x = Float64Array.from({ length: T }, () => rng.uniform(-0.5, 0.5));
    return { x, target: Float64Array.of(x.reduce((a, v) => a + v, 0)) };
  });
}

/** Two input channels; at every step the target class is which channel was larger two steps earlier (0 before that). */
function delaySet(n: number, T: number, seed: number): Sample[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => {
    const x = Float64Array.from({ length: 2 * T }, () => rng.next());
    const target = Float64Array.from({ length: T }, (_, t) => (t < 2 ? 0 : x[2 * (t - 2)] > x[2 * (t - 2) + 1] ? 0 : 1));
    return { x, target, mask: Float64Array.from({ length: T }, (_, t) => (t < 2 ? 0 : 1)) };
  });
}

const adam = (lr: number): TrainerOptions['optimizer'] => ({ kind: 'adam', lr });

describe('accumulateGradients gives the gradient of the mean batch loss', () => {
  const cases: [string, CellConfig, ReadoutAt, TrainerOptions['loss']][] = [
    ['rnn, readout at the last step, mse', { kind: 'rnn', inputSize: 2, hiddenSize: 3 }, 'last', 'mse'],
    ['gru, readout at every step, cross-entropy with a mask', { kind: 'gru', inputSize: 2, hiddenSize: 3 }, 'every', 'cross-entropy'],
    ['gru with reset before, readout at the last step, mse', { kind: 'gru', inputSize: 2, hiddenSize: 3, reset: 'before' }, 'last', 'mse'],
    ['lstm, readout at every step, cross-entropy with a mask', { kind: 'lstm', inputSize: 2, hiddenSize: 3 }, 'every', 'cross-entropy'],
  ];
  for (const [name, config, at, loss] of cases) {
    test(`${name}: every parameter matches central differences`, () => {
      const T = 4;
      const model = createModel(config, { outputSize: 2, readoutAt: at, seed: 3, forgetBias: 1 });
      const trainer = createTrainer(model, { loss, optimizer: adam(0.01) });
      const batch = loss === 'mse'
        ? sumSet(3, T * 2, 9).map((s) => ({ x: s.x, target: Float64Array.of(s.target[0], -s.target[0]) }))
        : delaySet(3, T, 9);
      accumulateGradients(trainer, batch);
      const meanLoss = () => evaluate(trainer, batch).loss;
      modelParams(model).forEach((param, k) => {
        const analytic = Float64Array.from(trainer.grads.list[k]);
        expect(worstGradientError(meanLoss, param, analytic), `parameter ${k}`).toBeLessThanOrEqual(1e-6);
      });
    });
  }
});

describe('a short training run lowers the loss', () => {
  for (const kind of ['rnn', 'gru', 'lstm'] as CellKind[]) {
    test(`${kind} learns to output the sum of six inputs`, () => {
      const model = createModel({ kind, inputSize: 1, hiddenSize: 8 }, { outputSize: 1, readoutAt: 'last', seed: 1, forgetBias: 1 });
      const trainer = createTrainer(model, { loss: 'mse', optimizer: adam(0.02), clipNorm: 1 });
      const train = sumSet(256, 6, 2), test = sumSet(64, 6, 3);
      const before = evaluate(trainer, test).loss;
      for (let epoch = 0; epoch < 4; epoch++) {
        for (let k = 0; k < train.length; k += 8) trainStep(trainer, train.slice(k, k + 8));
      }
      const after = evaluate(trainer, test).loss;
      expect(after).toBeLessThan(0.1 * before);
    });
  }

  test('a gru learns a two-step delayed comparison with cross-entropy at every step', () => {
    const model = createModel({ kind: 'gru', inputSize: 2, hiddenSize: 8 }, { outputSize: 2, readoutAt: 'every', seed: 4 });
    const trainer = createTrainer(model, { loss: 'cross-entropy', optimizer: adam(0.03), clipNorm: 1 });
    const train = delaySet(128, 8, 5), test = delaySet(64, 8, 6);
    expect(evaluate(trainer, test).accuracy).toBeLessThan(0.7);
    for (let epoch = 0; epoch < 12; epoch++) {
      for (let k = 0; k < train.length; k += 8) trainStep(trainer, train.slice(k, k + 8));
    }
    expect(evaluate(trainer, test).accuracy).toBeGreaterThan(0.9);
  });
});

describe('the trainer', () => {
  const run = (): { model: Model; losses: number[] } => {
    const model = createModel({ kind: 'lstm', inputSize: 1, hiddenSize: 4 }, { outputSize: 1, readoutAt: 'last', seed: 7 });
    const trainer = createTrainer(model, { loss: 'mse', optimizer: { kind: 'sgd', lr: 0.1, momentum: 0.9 }, clipNorm: 1 });
    const data = sumSet(32, 5, 8);
    const losses = [0, 8, 16, 24].map((k) => trainStep(trainer, data.slice(k, k + 8)));
    return { model, losses };
  };

  test('is deterministic: the same seed and data give bit-identical weights', () => {
    const a = run(), b = run();
    expect(a.losses).toEqual(b.losses);
    modelParams(a.model).forEach((p, k) => expect(Array.from(p)).toEqual(Array.from(modelParams(b.model)[k])));
  });

  test('reuses one set of buffers per sequence length', () => {
    const model = createModel({ kind: 'gru', inputSize: 1, hiddenSize: 4 }, { outputSize: 1, readoutAt: 'last', seed: 1 });
    const trainer = createTrainer(model, { loss: 'mse', optimizer: adam(0.01) });
    trainStep(trainer, sumSet(4, 5, 1));
    const first = trainer.buffers.get(5)!;
    trainStep(trainer, sumSet(4, 5, 2));
    trainStep(trainer, sumSet(4, 9, 3));
    expect(trainer.buffers.size).toBe(2);
    expect(trainer.buffers.get(5)).toBe(first);
    expect(first.cellGrads.wHh).toBe(trainer.grads.cell.wHh);
  });

  test('clips the batch gradient and remembers its norm before clipping', () => {
    const model = createModel({ kind: 'rnn', inputSize: 1, hiddenSize: 4 }, { outputSize: 1, readoutAt: 'last', seed: 1 });
    const trainer = createTrainer(model, { loss: 'mse', optimizer: { kind: 'sgd', lr: 0 }, clipNorm: 1e-3 });
    const batch = sumSet(4, 5, 1).map((s) => ({ ...s, target: Float64Array.of(100) }));
    trainStep(trainer, batch);
    expect(trainer.lastGradNorm).toBeGreaterThan(1);
    const norm = Math.hypot(...trainer.grads.list.flatMap((g) => Array.from(g)));
    expect(norm).toBeCloseTo(1e-3, 12);
  });

  test('refuses samples whose shapes do not fit the model', () => {
    const model = createModel({ kind: 'gru', inputSize: 2, hiddenSize: 4 }, { outputSize: 3, readoutAt: 'last', seed: 1 });
    const trainer = createTrainer(model, { loss: 'cross-entropy', optimizer: adam(0.01) });
    expect(() => trainStep(trainer, [{ x: new Float64Array(5), target: Float64Array.of(0) }])).toThrow(/whole number of steps/);
    expect(() => trainStep(trainer, [{ x: new Float64Array(6), target: Float64Array.of(0, 1) }])).toThrow(/expected 1/);
    expect(() => trainStep(trainer, [])).toThrow(/empty batch/);
  });
});
