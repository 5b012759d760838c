/**
 * What one lab run is: a task at a length, one cell at one of the parameter-matched sizes, one
 * seed, and the training settings, with the defaults the benchmark was tuned with filled in and
 * every field range-checked. Imports engine files only.
 */
import type { LstmAblation, CellKind } from '../types';
import { TASKS } from '../tasks/registry';
import { MATCHED_PRESETS, matchedSizes, type MatchedPreset } from '../tasks/presets';
import type { TaskKind } from '../tasks/task';

/** The size presets by their LESSON.md labels (≈ 350, 1.2 K, 4.4 K parameters). */
export const LAB_PRESETS = { '350': 'small', '1.2k': 'medium', '4.4k': 'large' } as const;
export type LabPreset = keyof typeof LAB_PRESETS;
export const LAB_PRESET_LABELS = Object.keys(LAB_PRESETS) as LabPreset[];

/** One (task, length, cell, seed, preset) run; the optional fields have tuned defaults. */
export interface LabSpec {
  task: TaskKind;
  /** The task's length parameter (adding, order: steps; copy: the delay). */
  length: number;
  cell: CellKind;
  /** Seeds the weights, the data and the batch order: the same spec gives the same bits. */
  seed: number;
  preset: LabPreset;
  /** Optimizer updates. */
  steps?: number;
  /** Added to the LSTM forget-gate bias at init; ignored by the other cells. Default 1. */
  forgetBias?: number;
  batchSize?: number;
  /** Adam's learning rate (the schedule in run.ts decays it over the last quarter). */
  learningRate?: number;
  /** Sequences in the fixed training set (reshuffled every epoch) and the held-out test set. */
  trainCount?: number;
  testCount?: number;
  /** A progress point (loss and held-out metric) every this many steps. */
  progressEvery?: number;
  /** LSTM gate ablation (Greff et al. 2017); `none` elsewhere. */
  ablation?: LstmAblation;
}

export type ResolvedLabSpec = Required<LabSpec>;

/** Global gradient-norm clip (LESSON.md: "gradient norm clipped at 1"). */
export const LAB_CLIP_NORM = 1;

/** Field ranges: wide enough for any lesson, narrow enough that a typo cannot hang a tab. */
export const LAB_LIMITS = {
  maxSteps: 100_000,
  maxBatchSize: 1024,
  maxTrainCount: 100_000,
  maxTestCount: 20_000,
  maxForgetBias: 10,
} as const;

/** The tuned settings of a task at a length (see README.md for the measured table). */
export function labDefaults(task: TaskKind, length: number): Omit<ResolvedLabSpec, 'task' | 'length' | 'cell' | 'seed' | 'preset' | 'ablation'> {
  const common = { forgetBias: 1, batchSize: 32, testCount: 1000, progressEvery: 50 };
  switch (task) {
    case 'adding':
      return { ...common, steps: length > 60 ? 1200 : 1500, learningRate: 0.01, trainCount: 8192 };
    case 'order':
      return { ...common, steps: 1200, learningRate: 0.01, trainCount: 8192 };
    case 'copy':
      return { ...common, steps: 1000, learningRate: 0.01, trainCount: 4096 };
  }
}

/** A spec field that is out of range; `field` is the LabSpec key. */
export class LabSpecError extends RangeError {
  constructor(readonly field: keyof LabSpec, message: string) {
    super(`${field}: ${message}`);
    this.name = 'LabSpecError';
  }
}

function wholeIn(field: keyof LabSpec, value: number, lo: number, hi: number): void {
  if (!Number.isInteger(value) || value < lo || value > hi) {
    throw new LabSpecError(field, `expected a whole number in [${lo}, ${hi}], got ${value}`);
  }
}

/** The spec with defaults filled in; throws LabSpecError naming the first bad field. */
export function resolveLabSpec(spec: LabSpec): ResolvedLabSpec {
  const task = TASKS[spec.task];
  if (task === undefined) throw new LabSpecError('task', `expected one of ${Object.keys(TASKS).join(', ')}, got ${String(spec.task)}`);
  wholeIn('length', spec.length, task.minLength, task.maxLength);
  if (!['rnn', 'gru', 'lstm'].includes(spec.cell)) throw new LabSpecError('cell', `expected rnn, gru or lstm, got ${String(spec.cell)}`);
  if (!Number.isSafeInteger(spec.seed)) throw new LabSpecError('seed', `expected a whole number, got ${spec.seed}`);
  if (!(spec.preset in LAB_PRESETS)) throw new LabSpecError('preset', `expected one of ${LAB_PRESET_LABELS.join(', ')}, got ${String(spec.preset)}`);
  const d = labDefaults(spec.task, spec.length);
  const resolved: ResolvedLabSpec = {
    task: spec.task, length: spec.length, cell: spec.cell, seed: spec.seed, preset: spec.preset,
    steps: spec.steps ?? d.steps,
    forgetBias: spec.forgetBias ?? d.forgetBias,
    batchSize: spec.batchSize ?? d.batchSize,
    learningRate: spec.learningRate ?? d.learningRate,
    trainCount: spec.trainCount ?? d.trainCount,
    testCount: spec.testCount ?? d.testCount,
    progressEvery: spec.progressEvery ?? d.progressEvery,
    ablation: spec.ablation ?? 'none',
  };
  wholeIn('steps', resolved.steps, 1, LAB_LIMITS.maxSteps);
  wholeIn('batchSize', resolved.batchSize, 1, LAB_LIMITS.maxBatchSize);
  wholeIn('trainCount', resolved.trainCount, 1, LAB_LIMITS.maxTrainCount);
  wholeIn('testCount', resolved.testCount, 1, LAB_LIMITS.maxTestCount);
  wholeIn('progressEvery', resolved.progressEvery, 1, LAB_LIMITS.maxSteps);
  if (!(Math.abs(resolved.forgetBias) <= LAB_LIMITS.maxForgetBias)) {
    throw new LabSpecError('forgetBias', `expected a number in [−${LAB_LIMITS.maxForgetBias}, ${LAB_LIMITS.maxForgetBias}], got ${resolved.forgetBias}`);
  }
  if (!(resolved.learningRate > 0 && resolved.learningRate <= 1)) {
    throw new LabSpecError('learningRate', `expected a number in (0, 1], got ${resolved.learningRate}`);
  }
  if (resolved.ablation !== 'none' && resolved.cell !== 'lstm') {
    throw new LabSpecError('ablation', `only an lstm has gate ablations; got ${resolved.ablation} on ${resolved.cell}`);
  }
  return resolved;
}

/** The preset's sizes matched at this task's input size (order has 8 inputs, copy 10). */
export function presetHiddenSize(preset: LabPreset, task: TaskKind, cell: CellKind): number {
  const matched: MatchedPreset = MATCHED_PRESETS.find((p) => p.id === LAB_PRESETS[preset])!;
  return matchedSizes(matched.hiddenSize.lstm, TASKS[task].inputSize)[cell];
}
