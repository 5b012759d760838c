/**
 * Helpers shared by the task generators: spec checks, seed splitting, and zero-copy views into
 * a data set, including the trainer's Sample list (train.ts). Imports engine files only.
 */
import { outputSteps } from '../readout';
import type { Sample } from '../train';
import type { ClassificationDataset, Dataset, GenerateSpec, RegressionDataset, TaskSpec } from './task';

/** Largest N·T·I a generator will allocate (128 MB of float64), so a typo cannot exhaust a tab. */
export const MAX_DATASET_VALUES = 2 ** 24;

/** A bijective 32-bit mixer (xorshift–multiply rounds): distinct inputs give distinct outputs. */
function mix32(x: number): number {
  x = (x ^ (x >>> 16)) >>> 0;
  x = Math.imul(x, 0x7feb352d) >>> 0;
  x = (x ^ (x >>> 15)) >>> 0;
  x = Math.imul(x, 0x846ca68b) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * Two data seeds from one lab seed: one for the training set, one for the held-out test set.
 * They always differ from each other (a bijective mixer applied to two different inputs), and
 * they are scrambled, so the data does not share a random stream with `initWeights(seed)`
 * (a derived seed equal to the lab seed is possible, about once in 2^32 seeds).
 */
export function splitSeeds(seed: number): { train: number; test: number } {
  const s = seed >>> 0;
  return { train: mix32((s ^ 0x243f6a88) >>> 0), test: mix32((s ^ 0x85a308d3) >>> 0) };
}

/** Throws a RangeError naming the bad field unless the spec fits the task and the size cap. */
export function checkSpec(task: Pick<TaskSpec, 'kind' | 'minLength' | 'maxLength' | 'inputSize' | 'stepsFor'>, spec: GenerateSpec): void {
  const { length, count, seed } = spec;
  if (!Number.isInteger(length) || length < task.minLength || length > task.maxLength) {
    throw new RangeError(`${task.kind}: length must be a whole number in [${task.minLength}, ${task.maxLength}], got ${length}`);
  }
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`${task.kind}: count must be a whole number ≥ 1, got ${count}`);
  }
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`${task.kind}: seed must be a whole number, got ${seed}`);
  }
  const values = count * task.stepsFor(length) * task.inputSize;
  if (values > MAX_DATASET_VALUES) {
    throw new RangeError(`${task.kind}: ${count} sequences of this length need ${values} numbers, over the cap of ${MAX_DATASET_VALUES}`);
  }
}

/** S: target steps per sequence (1 when only the last step has a target, else T). */
export function targetsPerSequence(data: Dataset): number {
  return outputSteps(data.targetsAt, data.steps);
}

/** The 0-based time step that target `s` (0-based, < S) of every sequence belongs to. */
export function targetStep(data: Dataset, s: number): number {
  return data.targetsAt === 'last' ? data.steps - 1 : s;
}

/** Numbers a model must output for the whole set: N·S·O, laid out (N, S, O). */
export function outputLength(data: Dataset): number {
  return data.count * targetsPerSequence(data) * data.outputSize;
}

/** Sequence n's inputs as a view (no copy), ready for `forward(config, weights, x)`. */
export function sequenceInputs(data: Dataset, n: number): Float64Array {
  const size = data.steps * data.inputSize;
  return data.inputs.subarray(n * size, (n + 1) * size); // (T, I)
}

/**
 * The set as train.ts's samples: sequence n's x (T, I) and target, (S, O) values or (S) class
 * indices, as views into the set's buffers (nothing is copied; do not write into them).
 */
export function toSamples(data: Dataset): Sample[] {
  const size = targetsPerSequence(data) * (data.loss === 'mse' ? data.outputSize : 1);
  const targets = data.loss === 'mse' ? data.targets : data.labels;
  return Array.from({ length: data.count }, (_, n) => ({
    x: sequenceInputs(data, n),
    target: targets.subarray(n * size, (n + 1) * size),
  }));
}

/** The data set as a regression set, or a TypeError if it holds class labels. */
export function asRegression(data: Dataset): RegressionDataset {
  if (data.loss !== 'mse') throw new TypeError(`${data.task}: expected regression targets`);
  return data;
}

/** The data set as a classification set, or a TypeError if it holds real targets. */
export function asClassification(data: Dataset): ClassificationDataset {
  if (data.loss !== 'cross-entropy') throw new TypeError(`${data.task}: expected class labels`);
  return data;
}

/** Throws a RangeError unless `outputs` has N·S·O numbers for this data set. */
export function checkOutputs(data: Dataset, outputs: Float64Array): void {
  const expected = outputLength(data);
  if (outputs.length !== expected) {
    throw new RangeError(`${data.task}: expected ${expected} outputs (N, S, O), got ${outputs.length}`);
  }
}

/** The channel holding the largest input at 0-based step t of sequence n: the symbol of a one-hot step. */
export function hotChannel(data: Dataset, n: number, t: number): number {
  const I = data.inputSize;
  const offset = (n * data.steps + t) * I;
  let best = 0;
  for (let i = 1; i < I; i++) if (data.inputs[offset + i] > data.inputs[offset + best]) best = i;
  return best;
}
