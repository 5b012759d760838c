/**
 * The temporal order problem (Hochreiter & Schmidhuber 1997, experiment 6a, at LESSON.md's size).
 * Eight one-hot symbols a b c d B E X Y. A sequence starts with B and ends with E; at two
 * times t1 < t2 it holds X or Y; everywhere else a distractor from a–d. The class, read at the
 * last step, is the order of the two: XX, XY, YX, YY. Imports engine files only.
 *
 * Positions are 1-based, as in the papers. At T = 50, t1 ∈ [3, 12] and t2 ∈ [25, 40].
 * At other lengths each bound p scales to round(p · T / 50), then t1 ≥ 2 (after B),
 * t2 ≤ T − 1 (before E) and the second window starts after the first ends (`orderWindows`).
 */
import { LIMITS } from '../limits';
import { createRng } from '../prng';
import { log } from '../portableMath';
import { asClassification, checkOutputs, checkSpec } from './dataset';
import { accuracy, meanCrossEntropy } from './metrics';
import type { ClassificationDataset, GenerateSpec, TaskSpec } from './task';

/** Input channels in order: four distractors, begin, end, and the two relevant symbols. */
export const ORDER_SYMBOLS = ['a', 'b', 'c', 'd', 'B', 'E', 'X', 'Y'] as const;

/** Class k: bit 1 is the first relevant symbol (X 0, Y 1), bit 0 the second. */
export const ORDER_CLASSES = ['XX', 'XY', 'YX', 'YY'] as const;

/** "Solved" means a test accuracy at or above this (LESSON.md). */
export const ORDER_SOLVED_ACCURACY = 0.95;

const B = 4, E = 5, X = 6;
const DISTRACTORS = 4;
const REFERENCE_LENGTH = 50;

/** 1-based inclusive windows for t1 and t2 at length T (see the header for the scaling rule). */
export function orderWindows(T: number): { first: [number, number]; second: [number, number] } {
  const scale = (p: number) => Math.round((p * T) / REFERENCE_LENGTH);
  const first: [number, number] = [Math.max(2, scale(3)), Math.max(2, scale(12))];
  const second: [number, number] = [Math.max(first[1] + 1, scale(25)), Math.min(T - 1, scale(40))];
  return { first, second };
}

const shape = {
  kind: 'order',
  minLength: 10, // the shortest length where both windows and a gap between them fit
  maxLength: LIMITS.maxSteps,
  inputSize: ORDER_SYMBOLS.length,
  stepsFor: (length: number) => length,
} as const;

/**
 * N temporal-order sequences. Per sequence the generator draws, in this order: the class,
 * t1, t2, then a distractor for every remaining step from the second to the second-to-last.
 */
export function generateOrder(spec: GenerateSpec): ClassificationDataset {
  checkSpec(shape, spec);
  const { length: T, count: N } = spec;
  const I = shape.inputSize;
  const { first, second } = orderWindows(T);
  const rng = createRng(spec.seed);
  const inputs = new Float64Array(N * T * I); // (N, T, I)
  const labels = new Float64Array(N); // (N, 1)
  for (let n = 0; n < N; n++) {
    const base = n * T * I;
    const label = rng.int(ORDER_CLASSES.length);
    const t1 = first[0] + rng.int(first[1] - first[0] + 1); // 1-based
    const t2 = second[0] + rng.int(second[1] - second[0] + 1); // 1-based
    const symbolAt = (t: number): number => {
      if (t === 1) return B;
      if (t === T) return E;
      if (t === t1) return X + (label >> 1);
      if (t === t2) return X + (label & 1);
      return rng.int(DISTRACTORS);
    };
    for (let t = 1; t <= T; t++) inputs[base + (t - 1) * I + symbolAt(t)] = 1;
    labels[n] = label;
  }
  return {
    task: 'order', length: T, count: N, steps: T, inputSize: I,
    inputs, targetsAt: 'last', outputSize: ORDER_CLASSES.length, loss: 'cross-entropy', labels,
  };
}

/** The temporal order problem's row of the task table. */
export const order: TaskSpec = {
  ...shape,
  title: 'Temporal order',
  lengthMeaning: 'time steps per sequence',
  defaultLength: REFERENCE_LENGTH,
  outputSize: ORDER_CLASSES.length,
  loss: 'cross-entropy',
  targetsAt: 'last',
  metric: { name: 'accuracy', higherIsBetter: true, solvedWhen: `test accuracy ≥ ${ORDER_SOLVED_ACCURACY}` },
  generate: generateOrder,
  baseline: () => ({
    loss: log(ORDER_CLASSES.length),
    metric: 1 / ORDER_CLASSES.length,
    description: 'chance: equal odds on the four classes',
  }),
  baselineOutputs: (data) => new Float64Array(asClassification(data).labels.length * ORDER_CLASSES.length),
  score(data, outputs) {
    const { labels } = asClassification(data);
    checkOutputs(data, outputs);
    const acc = accuracy(outputs, labels, ORDER_CLASSES.length);
    return {
      loss: meanCrossEntropy(outputs, labels, ORDER_CLASSES.length),
      metric: acc,
      baseline: 1 / ORDER_CLASSES.length,
      solved: acc >= ORDER_SOLVED_ACCURACY,
    };
  },
};
