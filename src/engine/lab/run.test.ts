import { describe, expect, it } from 'vitest';
import { parameterCount } from '../weights';
import { createLabModel, createLabRun, MONITOR_COUNT } from './run';
import type { LabSpec } from './spec';

const SHORT: LabSpec = {
  task: 'adding', length: 10, cell: 'gru', seed: 4, preset: '350',
  steps: 80, batchSize: 16, learningRate: 0.02, trainCount: 512, testCount: 200, progressEvery: 10,
};

describe('a lab run', () => {
  it('a short run on adding (T = 10) lowers the training loss and beats the baseline on held-out data', () => {
    const run = createLabRun(SHORT);
    while (!run.isDone) run.step(25);
    const first = run.history[0], last = run.history[run.history.length - 1];
    expect(last.loss).toBeLessThan(0.5 * first.loss);
    const result = run.result();
    expect(result.testMetric).toBeLessThan(result.baseline);
    expect(result).toMatchObject({ steps: 80, cell: 'gru', seed: 4, metricName: 'mse', finalLoss: last.loss });
  });

  it('the same spec gives the same bits; another seed does not', () => {
    const finish = (spec: LabSpec) => {
      const run = createLabRun(spec);
      while (!run.isDone) run.step(30);
      return run.result();
    };
    const spec = { ...SHORT, steps: 20 };
    const a = finish(spec), b = finish(spec), c = finish({ ...spec, seed: 5 });
    expect(Object.is(b.finalLoss, a.finalLoss)).toBe(true);
    expect(b.testLoss).toBe(a.testLoss);
    expect(c.finalLoss).not.toBe(a.finalLoss);
  });

  it('how the steps are chunked does not change the numbers', () => {
    const one = createLabRun({ ...SHORT, steps: 20 });
    for (let k = 0; k < 20; k++) one.step(1);
    const all = createLabRun({ ...SHORT, steps: 20 });
    all.step(1000);
    expect(all.history.map((p) => p.loss)).toEqual(one.history.map((p) => p.loss));
    expect(all.model.weights.wHh).toEqual(one.model.weights.wHh);
  });

  it('step(n) stops at the spec’s steps and reports a point every progressEvery steps and at the end', () => {
    const run = createLabRun({ ...SHORT, steps: 25 });
    expect(run.step(7)).toEqual([]);
    expect(run.step(7).map((p) => p.step)).toEqual([10]);
    expect(run.step(100).map((p) => p.step)).toEqual([20, 25]);
    expect(run.stepsDone).toBe(25);
    expect(run.isDone).toBe(true);
    expect(run.step(5)).toEqual([]);
    expect(run.history.map((p) => p.step)).toEqual([10, 20, 25]);
    expect(run.history.every((p) => p.steps === 25 && Number.isFinite(p.metric) && p.gradNorm > 0)).toBe(true);
  });

  it('keeps the initial model untouched while the trained one moves', () => {
    const run = createLabRun({ ...SHORT, steps: 5 });
    const before = run.model.weights.wIh.slice();
    run.step(5);
    expect(run.initialModel.weights.wIh).toEqual(before);
    expect(run.model.weights.wIh).not.toEqual(before);
  });

  it('order and copy runs report accuracy and recall accuracy as their solve rates', () => {
    for (const task of ['order', 'copy'] as const) {
      const run = createLabRun({ ...SHORT, task, length: 12, steps: 3, trainCount: 64, testCount: MONITOR_COUNT });
      run.step(3);
      const r = run.result();
      expect(r.solveRate).toBeGreaterThanOrEqual(0);
      expect(r.solveRate).toBeLessThanOrEqual(1);
      if (task === 'order') expect(r.testMetric).toBe(r.solveRate);
      else expect(r.testMetric).toBe(r.testLoss);
    }
  });
});

describe('the lab model', () => {
  it('uses the preset’s matched size and counts the cell’s and the readout’s parameters', () => {
    const run = createLabRun({ ...SHORT, cell: 'lstm', preset: '1.2k', steps: 1 });
    expect(run.hiddenSize).toBe(16);
    expect(run.parameters).toBe(parameterCount({ kind: 'lstm', inputSize: 2, hiddenSize: 16 }) + 16 + 1);
  });

  it('adds the forget bias to the lstm only (default 1)', () => {
    const plain = createLabModel({ ...SHORT, cell: 'lstm', forgetBias: 0 });
    const biased = createLabModel({ ...SHORT, cell: 'lstm' });
    const H = plain.cell.hiddenSize;
    for (let j = 0; j < 4 * H; j++) {
      expect(biased.weights.bIh[j] - plain.weights.bIh[j]).toBeCloseTo(j >= H && j < 2 * H ? 1 : 0, 12);
    }
    expect(createLabModel({ ...SHORT, forgetBias: 3 }).weights.bIh).toEqual(createLabModel(SHORT).weights.bIh);
  });
});
