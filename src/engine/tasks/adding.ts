/**
 * The adding problem (Hochreiter & Schmidhuber 1997; here in the "one marker per half" form).
 * Step t has two inputs: a value u_t ~ U[0, 1) and a marker m_t ∈ {0, 1}. Exactly two markers
 * are 1, one in the first half (0-based steps [0, ⌊T/2⌋)) and one in the second ([⌊T/2⌋, T)).
 * The target, read at the last step, is the sum of the two marked values. Imports engine files only.
 */
import { LIMITS } from '../limits';
import { createRng } from '../prng';
import { asRegression, checkOutputs, checkSpec } from './dataset';
import { ADDING_TOLERANCE, meanSquaredError, shareWithin } from './metrics';
import type { GenerateSpec, RegressionDataset, TaskSpec } from './task';

/** Input channels: 0 the value, 1 the marker. */
export const ADDING_CHANNELS = ['value', 'marker'] as const;

/** "Solved" means a test MSE below this (LESSON.md). */
export const ADDING_SOLVED_MSE = 0.01;

/**
 * The sum s = u_a + u_b of two independent U[0, 1) values has mean 1 and variance 2 · 1/12,
 * so the best constant guess is 1 and its MSE is E[(s − 1)²] = 1/6.
 */
export const ADDING_BASELINE_MSE = 1 / 6;

const shape = {
  kind: 'adding',
  minLength: 2,
  maxLength: LIMITS.maxSteps,
  inputSize: ADDING_CHANNELS.length,
  stepsFor: (length: number) => length,
} as const;

/**
 * N adding sequences. Per sequence the generator draws, in this order: the T values, the
 * first-half marker, the second-half marker (the order is part of the seed contract).
 */
export function generateAdding(spec: GenerateSpec): RegressionDataset {
  checkSpec(shape, spec);
  const { length: T, count: N } = spec;
  const I = shape.inputSize;
  const half = Math.floor(T / 2);
  const rng = createRng(spec.seed);
  const inputs = new Float64Array(N * T * I); // (N, T, I)
  const targets = new Float64Array(N); // (N, 1, 1)
  for (let n = 0; n < N; n++) {
    const base = n * T * I;
    for (let t = 0; t < T; t++) inputs[base + t * I] = rng.next();
    const first = rng.int(half);
    const second = half + rng.int(T - half);
    inputs[base + first * I + 1] = 1;
    inputs[base + second * I + 1] = 1;
    targets[n] = inputs[base + first * I] + inputs[base + second * I];
  }
  return {
    task: 'adding', length: T, count: N, steps: T, inputSize: I,
    inputs, targetsAt: 'last', outputSize: 1, loss: 'mse', targets,
  };
}

/** The adding problem's row of the task table. */
export const adding: TaskSpec = {
  ...shape,
  title: 'Adding problem',
  lengthMeaning: 'time steps per sequence',
  defaultLength: 50,
  outputSize: 1,
  loss: 'mse',
  targetsAt: 'last',
  metric: { name: 'mse', higherIsBetter: false, solvedWhen: `test MSE < ${ADDING_SOLVED_MSE}` },
  generate: generateAdding,
  baseline: () => ({ loss: ADDING_BASELINE_MSE, metric: ADDING_BASELINE_MSE, description: 'always predict 1' }),
  baselineOutputs: (data) => new Float64Array(asRegression(data).targets.length).fill(1),
  score(data, outputs) {
    const { targets } = asRegression(data);
    checkOutputs(data, outputs);
    const mse = meanSquaredError(outputs, targets);
    return {
      loss: mse,
      metric: mse,
      baseline: ADDING_BASELINE_MSE,
      solved: mse < ADDING_SOLVED_MSE,
      withinTolerance: shareWithin(outputs, targets, ADDING_TOLERANCE),
    };
  },
};
