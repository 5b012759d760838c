import { describe, expect, it } from 'vitest';
import { learningRateAt } from './schedule';
import { LabSpecError, presetHiddenSize, resolveLabSpec, type LabSpec } from './spec';

const BASE: LabSpec = { task: 'adding', length: 50, cell: 'lstm', seed: 1, preset: '1.2k' };

describe('lab specs', () => {
  it('fill in the tuned defaults: Adam, forget bias 1, a batch and a step count', () => {
    const s = resolveLabSpec(BASE);
    expect(s).toMatchObject({ forgetBias: 1, ablation: 'none' });
    expect(s.steps).toBeGreaterThan(0);
    expect(s.batchSize).toBeGreaterThan(0);
    expect(s.learningRate).toBeGreaterThan(0);
  });

  it('keep what the caller set', () => {
    expect(resolveLabSpec({ ...BASE, steps: 7, forgetBias: 2, batchSize: 3 })).toMatchObject({ steps: 7, forgetBias: 2, batchSize: 3 });
  });

  const refusals: [string, Partial<LabSpec> | Record<string, unknown>, string][] = [
    ['an unknown task', { task: 'parity' }, 'task'],
    ['a length below the task’s minimum', { task: 'order', length: 9 }, 'length'],
    ['a fractional length', { length: 50.5 }, 'length'],
    ['an unknown cell', { cell: 'transformer' }, 'cell'],
    ['a preset not in the list', { preset: '2k' }, 'preset'],
    ['zero steps', { steps: 0 }, 'steps'],
    ['a non-finite forget bias', { forgetBias: Number.NaN }, 'forgetBias'],
    ['a negative learning rate', { learningRate: -0.1 }, 'learningRate'],
    ['an ablation on a gru', { cell: 'gru', ablation: 'coupled' }, 'ablation'],
  ];
  for (const [what, patch, field] of refusals) {
    it(`refuse ${what}, naming the field`, () => {
      const spec = { ...BASE, ...patch } as LabSpec;
      expect(() => resolveLabSpec(spec)).toThrow(LabSpecError);
      try {
        resolveLabSpec(spec);
      } catch (e) {
        expect((e as LabSpecError).field).toBe(field);
        expect((e as Error).message.startsWith(`${field}: `)).toBe(true);
      }
    });
  }

  it('match preset sizes at each task’s input size', () => {
    expect(['lstm', 'gru', 'rnn'].map((c) => presetHiddenSize('1.2k', 'adding', c as 'lstm'))).toEqual([16, 19, 33]);
    expect(presetHiddenSize('350', 'adding', 'rnn')).toBe(17);
    expect(presetHiddenSize('4.4k', 'order', 'lstm')).toBe(32);
  });
});

describe('the learning-rate schedule', () => {
  it('holds the rate for three quarters of the run, then decays linearly towards a tenth', () => {
    const spec = { learningRate: 0.02, steps: 100 };
    expect(learningRateAt(spec, 0)).toBe(0.02);
    expect(learningRateAt(spec, 74)).toBe(0.02);
    expect(learningRateAt(spec, 75)).toBeCloseTo(0.02, 15);
    expect(learningRateAt(spec, 99)).toBeCloseTo(0.02 * (1 - 0.9 * 24 / 25), 15);
    for (let t = 1; t < 100; t++) expect(learningRateAt(spec, t)).toBeLessThanOrEqual(learningRateAt(spec, t - 1));
  });
});
