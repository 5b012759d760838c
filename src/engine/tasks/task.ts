/**
 * The shapes every lab task shares: what a generator is asked for, the data set it returns,
 * how a model's outputs are scored, and the task table's entry type. Imports engine types only.
 */
import type { ReadoutAt } from '../readout';

/** The synthetic tasks of the training lab (LESSON.md, "Lab tasks"). */
export type TaskKind = 'adding' | 'order' | 'copy';

/** What a generator is asked for. */
export interface GenerateSpec {
  /** The task's length parameter (adding, order: time steps; copy: the delay T, see copy.ts). */
  length: number;
  /** N: sequences to make. */
  count: number;
  /** Any integer; the same seed gives bit-identical data. Derive train/test seeds with `splitSeeds`. */
  seed: number;
}

interface DatasetBase {
  task: TaskKind;
  /** The length parameter the set was generated with. */
  length: number;
  /** N: sequences. */
  count: number;
  /** T: time steps per sequence (adding, order: `length`; copy: `length + 20`). */
  steps: number;
  /** I: input channels per step. */
  inputSize: number;
  /** Every sequence, one after another; sequence n is `inputs.subarray(n·T·I, (n+1)·T·I)`. */
  inputs: Float64Array; // (N, T, I)
  /**
   * `last`: one target per sequence, at step T. `every`: a target at each of the T steps.
   * Pass it to `createModel` as `readoutAt`.
   */
  targetsAt: ReadoutAt;
  /** O: numbers a readout must produce per target step (regression values or class logits). */
  outputSize: number;
}

/** Targets are real numbers; the loss is the mean squared error. */
export interface RegressionDataset extends DatasetBase {
  loss: 'mse';
  targets: Float64Array; // (N, S, O)  S = 1 (last) or T (every)
}

/**
 * Targets are class indices in [0, outputSize), stored as whole float64 numbers (the target
 * convention of losses.ts); the loss is softmax cross-entropy.
 */
export interface ClassificationDataset extends DatasetBase {
  loss: 'cross-entropy';
  labels: Float64Array; // (N, S)  S = 1 (last) or T (every)
}

/** A generated data set; switch on `loss` to reach the targets. */
export type Dataset = RegressionDataset | ClassificationDataset;

/** What the memoryless baseline scores (LESSON.md draws it as a line on every lab chart). */
export interface Baseline {
  /** Its loss (MSE or mean cross-entropy per target step). */
  loss: number;
  /** Its headline metric (the same number as `loss` unless the metric is accuracy). */
  metric: number;
  /** In words, e.g. "always predict 1". */
  description: string;
}

/** How a model did on a data set. */
export interface TaskScore {
  /** The training loss on this set: MSE, or mean cross-entropy over all target steps. */
  loss: number;
  /** The headline metric named by the task spec's `metric.name`. */
  metric: number;
  /** The baseline's headline metric at this length. */
  baseline: number;
  /** Whether the task's "solved" threshold is met. */
  solved: boolean;
  /** Adding only: share of sequences with |error| < 0.04 (Hochreiter & Schmidhuber 1997). */
  withinTolerance?: number;
}

/** One row of the task table: a generator plus everything needed to judge a model on it. */
export interface TaskSpec {
  kind: TaskKind;
  title: string;
  /** What `length` means for this task, in words. */
  lengthMeaning: string;
  defaultLength: number;
  minLength: number;
  maxLength: number;
  inputSize: number;
  outputSize: number;
  loss: Dataset['loss'];
  targetsAt: ReadoutAt;
  metric: {
    name: 'mse' | 'accuracy' | 'cross-entropy';
    higherIsBetter: boolean;
    /** The "solved" rule in words, e.g. "test MSE < 0.01". */
    solvedWhen: string;
  };
  /** T: time steps of one sequence at this length. */
  stepsFor(length: number): number;
  /** N fresh sequences, deterministic in `seed`. Throws RangeError on a bad spec. */
  generate(spec: GenerateSpec): Dataset;
  /** The baseline at this length, from its formula. */
  baseline(length: number): Baseline;
  /** The baseline predictor's outputs on `data`, shaped like a model's: (N, S, O). */
  baselineOutputs(data: Dataset): Float64Array;
  /** Scores a model's outputs (N, S, O): regression values, or class logits (pre-softmax). */
  score(data: Dataset, outputs: Float64Array): TaskScore;
}
