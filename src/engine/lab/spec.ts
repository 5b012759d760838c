/**
 * What one lab run is: a task at a length, one cell at one of the parameter-matched sizes, one
 * seed, and the training settings, with the defaults the benchmark was tuned with filled in and
 * every field range-checked. Imports engine files only.
 */
import type { LstmAblation, CellKind } from '../types';
import { TASK_KINDS, TASKS } from '../tasks/registry';
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
  /** Adam's learning rate (schedule.ts decays it over the last quarter of the steps). */
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

/**
 * The tuned settings of a task (README.md has the measured table). Adam at 0.03 takes the
 * LSTM off the adding problem's long plateau several times sooner than 0.01 or 0.02 (measured at
 * T = 100); on temporal order the same rate left the LSTM stuck at chance, 0.01 solves it.
 */
export function labDefaults(task: TaskKind): Omit<ResolvedLabSpec, 'task' | 'length' | 'cell' | 'seed' | 'preset' | 'ablation'> {
  const common = { forgetBias: 1, batchSize: 16, trainCount: 8192, testCount: 1000, progressEvery: 50 };
  switch (task) {
    case 'adding':
      return { ...common, steps: 2000, learningRate: 0.03 };
    case 'order':
      return { ...common, steps: 1500, learningRate: 0.01 };
    case 'copy':
      return { ...common, steps: 2000, learningRate: 0.01 };
  }
}

/** A spec field that is out of range; `field` is the LabSpec key. */
export class LabSpecError extends RangeError {
  constructor(readonly field: keyof LabSpec, message: string) {
    super(`${field}: ${message}`);
    this.name = 'LabSpecError';
  }
}

/** The cells and ablations a spec may name. */
export const LAB_CELLS: readonly CellKind[] = ['rnn', 'gru', 'lstm'];
export const LAB_ABLATIONS: readonly LstmAblation[] = ['none', 'no-input-gate', 'no-forget-gate', 'no-output-gate', 'coupled', 'no-output-activation'];

function wholeIn(field: keyof LabSpec, value: number, lo: number, hi: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < lo || value > hi) {
    throw new LabSpecError(field, `expected a whole number in [${lo}, ${hi}], got ${value}`);
  }
}

/** The spec with defaults filled in; throws LabSpecError naming the first bad field. */
export function resolveLabSpec(spec: LabSpec): ResolvedLabSpec {
  if (!TASK_KINDS.includes(spec.task)) throw new LabSpecError('task', `expected one of ${TASK_KINDS.join(', ')}, got ${String(spec.task)}`);
  const task = TASKS[spec.task];
  wholeIn('length', spec.length, task.minLength, task.maxLength);
  if (!LAB_CELLS.includes(spec.cell)) throw new LabSpecError('cell', `expected one of ${LAB_CELLS.join(', ')}, got ${String(spec.cell)}`);
  if (!Number.isSafeInteger(spec.seed)) throw new LabSpecError('seed', `expected a whole number, got ${spec.seed}`);
  if (!LAB_PRESET_LABELS.includes(spec.preset)) throw new LabSpecError('preset', `expected one of ${LAB_PRESET_LABELS.join(', ')}, got ${String(spec.preset)}`);
  const d = labDefaults(spec.task);
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
  if (typeof resolved.forgetBias !== 'number' || !(Math.abs(resolved.forgetBias) <= LAB_LIMITS.maxForgetBias)) {
    throw new LabSpecError('forgetBias', `expected a number in [−${LAB_LIMITS.maxForgetBias}, ${LAB_LIMITS.maxForgetBias}], got ${resolved.forgetBias}`);
  }
  if (typeof resolved.learningRate !== 'number' || !(resolved.learningRate > 0 && resolved.learningRate <= 1)) {
    throw new LabSpecError('learningRate', `expected a number in (0, 1], got ${resolved.learningRate}`);
  }
  if (!LAB_ABLATIONS.includes(resolved.ablation)) {
    throw new LabSpecError('ablation', `expected one of ${LAB_ABLATIONS.join(', ')}, got ${String(resolved.ablation)}`);
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

/**
 * One spec per (cell, seed 1..K), cells in the given order, sharing every other field: what
 * `npm run lab` and the browser lab train for the same arguments.
 */
export function specsForSeeds(base: Omit<LabSpec, 'cell' | 'seed'>, cells: readonly CellKind[], seeds: number): LabSpec[] {
  return cells.flatMap((cell) => Array.from({ length: seeds }, (_, k) => ({ ...base, cell, seed: k + 1 })));
}
