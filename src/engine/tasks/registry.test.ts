import { describe, expect, it } from 'vitest';
import { outputLength } from './dataset';
import { TASKS, TASK_KINDS, generateSplit } from './registry';

describe('the task table', () => {
  it('lists adding, order and copy, each row keyed by its own kind', () => {
    expect(TASK_KINDS).toEqual(['adding', 'order', 'copy']);
    for (const kind of TASK_KINDS) expect(TASKS[kind].kind).toBe(kind);
  });

  it('every generator returns what its row promises at the default length', () => {
    for (const kind of TASK_KINDS) {
      const task = TASKS[kind];
      const data = task.generate({ length: task.defaultLength, count: 3, seed: 1 });
      expect(data).toMatchObject({
        task: kind, count: 3, steps: task.stepsFor(task.defaultLength), inputSize: task.inputSize,
        outputSize: task.outputSize, loss: task.loss, targetsAt: task.targetsAt,
      });
      expect(data.inputs.length).toBe(3 * data.steps * data.inputSize);
      expect(task.baselineOutputs(data).length).toBe(outputLength(data));
    }
  });

  it('every task scores its own baseline predictor at its baseline and not solved', () => {
    for (const kind of TASK_KINDS) {
      const task = TASKS[kind];
      const data = task.generate({ length: task.defaultLength, count: 2000, seed: 7 });
      const score = task.score(data, task.baselineOutputs(data));
      expect(score.baseline).toBe(task.baseline(task.defaultLength).metric);
      expect(Math.abs(score.metric - score.baseline)).toBeLessThan(0.03);
      expect(score.solved).toBe(false);
    }
  });

  it('a score refuses another task’s data', () => {
    const data = TASKS.adding.generate({ length: 10, count: 2, seed: 1 });
    expect(() => TASKS.order.score(data, new Float64Array(8))).toThrow(TypeError);
  });
});

describe('generateSplit', () => {
  it('makes different train and test sets, the same ones again for the same seed', () => {
    const spec = { length: 20, trainCount: 50, testCount: 50, seed: 3 };
    const a = generateSplit('adding', spec);
    const b = generateSplit('adding', spec);
    expect(a.train.inputs).not.toEqual(a.test.inputs);
    expect(b.train.inputs).toEqual(a.train.inputs);
    expect(b.test.inputs).toEqual(a.test.inputs);
    expect(generateSplit('adding', { ...spec, seed: 4 }).train.inputs).not.toEqual(a.train.inputs);
  });

  it('honours the two counts', () => {
    const { train, test } = generateSplit('copy', { length: 5, trainCount: 12, testCount: 4, seed: 1 });
    expect(train.count).toBe(12);
    expect(test.count).toBe(4);
  });
});
