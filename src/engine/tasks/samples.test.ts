import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { createModel } from '../model';
import { createTrainer, trainStep } from '../train';
import { asClassification, toSamples } from './dataset';
import { MATCHED_PRESETS, matchedSizes } from './presets';
import { TASKS, TASK_KINDS, generateSplit } from './registry';

describe('data sets feed the trainer (train.ts) directly', () => {
  it('toSamples gives views of the set’s own buffers, one per sequence', () => {
    const data = asClassification(TASKS.copy.generate({ length: 4, count: 3, seed: 1 }));
    const samples = toSamples(data);
    expect(samples).toHaveLength(3);
    expect(samples[1].x.buffer).toBe(data.inputs.buffer);
    expect(Array.from(samples[2].target)).toEqual(Array.from(data.labels.subarray(2 * 24, 3 * 24)));
  });

  for (const kind of TASK_KINDS) {
    it(`${kind}: the trainer's evaluation and the task's score agree on loss (and accuracy)`, () => {
      const task = TASKS[kind];
      const data = task.generate({ length: task.defaultLength, count: 40, seed: 2 });
      const hiddenSize = matchedSizes(MATCHED_PRESETS[0].hiddenSize.lstm, task.inputSize).gru;
      const model = createModel(
        { kind: 'gru', inputSize: task.inputSize, hiddenSize },
        { outputSize: data.outputSize, readoutAt: data.targetsAt, seed: 3 },
      );
      const trainer = createTrainer(model, { loss: data.loss, optimizer: { kind: 'adam', lr: 0.01 }, clipNorm: 1 });
      const samples = toSamples(data);
      expect(Number.isFinite(trainStep(trainer, samples.slice(0, 8)))).toBe(true);
      const evaluation = evaluate(trainer, samples);
      const outputs = new Float64Array(evaluation.outputs.reduce((n, o) => n + o.length, 0));
      evaluation.outputs.forEach((o, n) => outputs.set(o, n * o.length));
      const score = task.score(data, outputs);
      expect(score.loss).toBeCloseTo(evaluation.loss, 12);
      if (kind === 'order') expect(score.metric).toBe(evaluation.accuracy);
    });
  }

  it('a small LSTM trained briefly on adding (T = 10) beats the baseline on held-out data', () => {
    const { train, test } = generateSplit('adding', { length: 10, trainCount: 512, testCount: 256, seed: 1 });
    const model = createModel({ kind: 'lstm', inputSize: 2, hiddenSize: 8 }, { outputSize: 1, readoutAt: 'last', seed: 1, forgetBias: 1 });
    const trainer = createTrainer(model, { loss: 'mse', optimizer: { kind: 'adam', lr: 0.01 }, clipNorm: 1 });
    const samples = toSamples(train);
    for (let step = 0; step < 300; step++) {
      const from = (step * 32) % samples.length;
      trainStep(trainer, samples.slice(from, from + 32));
    }
    const evaluation = evaluate(trainer, toSamples(test));
    const outputs = Float64Array.from(evaluation.outputs, (o) => o[0]);
    const score = TASKS.adding.score(test, outputs);
    expect(score.loss).toBeLessThan(0.3 * score.baseline); // measured: 0.035 against 0.167
  });
});
