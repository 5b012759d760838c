import { expect, test } from 'vitest';
import { evaluate } from './evaluate';
import { createModel } from './model';
import { createTrainer } from './train';

test('evaluate returns each sample\'s outputs and loss, and the accuracy of a classifier', () => {
  const model = createModel({ kind: 'gru', inputSize: 1, hiddenSize: 2 }, { outputSize: 2, readoutAt: 'every', seed: 1 });
  // A readout that ignores h: class 1 always wins by ln 3, so p = (1/4, 3/4) at every step.
  model.readout.W.fill(0);
  model.readout.b.set([0, Math.log(3)]);
  const trainer = createTrainer(model, { loss: 'cross-entropy', optimizer: { kind: 'adam' } });
  const set = [
    { x: new Float64Array(3), target: Float64Array.of(1, 1, 0) },
    { x: new Float64Array(2), target: Float64Array.of(0, 1), mask: Float64Array.of(0, 1) },
  ];
  const result = evaluate(trainer, set);
  expect(result.outputs.map((o) => o.length)).toEqual([6, 4]);
  expect(Array.from(result.outputs[1])).toEqual([0, Math.log(3), 0, Math.log(3)]);
  expect(result.losses[0]).toBeCloseTo((2 * -Math.log(0.75) - Math.log(0.25)) / 3, 14);
  expect(result.losses[1]).toBeCloseTo(-Math.log(0.75), 14);
  expect(result.loss).toBeCloseTo((result.losses[0] + result.losses[1]) / 2, 15);
  expect(result.accuracy).toBe(3 / 4); // 2 of 3 in the first sample, 1 of 1 unmasked in the second
});

test('evaluate leaves the model unchanged and reports no accuracy for mse', () => {
  const model = createModel({ kind: 'lstm', inputSize: 1, hiddenSize: 2 }, { outputSize: 1, readoutAt: 'last', seed: 2 });
  const before = Array.from(model.weights.wHh);
  const trainer = createTrainer(model, { loss: 'mse', optimizer: { kind: 'adam' } });
  const result = evaluate(trainer, [{ x: Float64Array.of(1, 2), target: Float64Array.of(0) }]);
  expect(result.accuracy).toBeUndefined();
  expect(result.loss).toBeCloseTo(result.outputs[0][0] ** 2, 15);
  expect(Array.from(model.weights.wHh)).toEqual(before);
});
