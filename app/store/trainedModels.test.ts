import { describe, expect, test } from 'vitest';
import { trainedPatch, type TrainedModels } from './trainedModels';
import { importedFor } from './weights.testing';

const T = 5, I = 2;
const good = (): TrainedModels => ({
  label: 'Adding problem, length 50, seed 1: trained 2000 steps',
  inputSize: I,
  steps: T,
  inputs: Array.from({ length: T * I }, (_, k) => (k % 2 === 0 ? k / 10 : k === 3 ? 1 : 0)),
  models: [importedFor('lstm', 16, I), importedFor('rnn', 33, I), importedFor('gru', 19, I)],
});

const refusal = (change: (t: TrainedModels) => void) => {
  const t = good();
  change(t);
  const fit = trainedPatch(t);
  return fit.ok ? 'accepted' : fit.error;
};

describe("the lab's trained models", () => {
  test('become the cells rnn, gru, lstm on the test sequence, each with its weights, forced gates cleared', () => {
    const t = good();
    const fit = trainedPatch(t);
    if (!fit.ok) throw new Error(fit.error);
    expect(fit.cells).toEqual(['rnn', 'gru', 'lstm']);
    expect(fit.patch).toMatchObject({
      cells: ['rnn', 'gru', 'lstm'], inputSize: I, steps: T, reset: 'after', unit: 0,
      input: { kind: 'custom', values: t.inputs }, trainedLabel: t.label,
      overrides: { rnn: [], gru: [], lstm: [] },
    });
    expect(fit.patch.imported!.gru!.weights.wHh).toEqual(t.models[2].weights.wHh);
    t.models[2].weights.wHh[0] = 99; // the lab trains on: what is shown stays
    expect(fit.patch.imported!.gru!.weights.wHh[0]).not.toBe(99);
    expect(Object.keys(fit.patch.imported!).sort()).toEqual(['gru', 'lstm', 'rnn']);
  });

  test('two models are fine too, still in rnn, gru, lstm order', () => {
    const fit = trainedPatch({ ...good(), models: [importedFor('lstm', 3, I), importedFor('gru', 4, I)] });
    expect(fit.ok && fit.cells).toEqual(['gru', 'lstm']);
  });

  test.each<[string, (t: TrainedModels) => void, RegExp]>([
    ['an empty label', (t) => { t.label = '  '; }, /^label: empty/],
    ['input size 11', (t) => { t.inputSize = 11; }, /^inputSize: 11 is more than the visualizer shows \(at most 10\)/],
    ['a sequence of 201 steps', (t) => { t.steps = 201; }, /^steps \(test sequence length\): 201 is more than the visualizer shows \(at most 200\)/],
    ['too few inputs', (t) => { t.inputs = t.inputs.slice(1); }, /^inputs: expected 10 numbers \(steps 5 × input size 2\), got 9/],
    ['a NaN input', (t) => { t.inputs[7] = Number.NaN; }, /^inputs\[3\]\[1\]: NaN is not a finite number/],
    ['no models', (t) => { t.models = []; }, /^models: expected one to three/],
    ['a model that is not one', (t) => { (t.models as unknown[])[1] = null; }, /^models\[1\]: expected \{ cell, weights, h0, c0 \}/],
    ['two GRUs', (t) => { t.models.push(importedFor('gru', 2, I)); }, /^models\[3\]: a second gru/],
    ['a hidden size past 64', (t) => { t.models[0] = importedFor('lstm', 65, I); }, /^models\[0\]: lstm hidden size: 65 is more than the visualizer shows \(at most 64\)/],
    ['weights for another input size', (t) => { t.models[1] = importedFor('rnn', 33, 3); }, /^models\[1\]: rnn weight_ih: expected 66 numbers \(1·33 × input size 2\), got 99/],
    ['an infinite weight', (t) => { t.models[2].weights.bHh[4] = Infinity; }, /^models\[2\]: gru bias_hh\[4\]: Infinity is not a finite number/],
    ['an h0 of the wrong size', (t) => { t.models[2].h0 = new Float64Array(3); }, /^models\[2\]: gru h0: expected 19 numbers, got 3/],
    ['a bias that is not G × H long', (t) => { t.models[2].weights.bIh = new Float64Array(20); }, /^models\[2\]: gru bias_ih: 20 numbers is not 3 × a hidden size/],
  ])('are refused for %s, naming the field', (_name, change, message) => {
    expect(refusal(change)).toMatch(message);
  });
});
