/**
 * One seeded lab run, driven a chunk of steps at a time: `createLabRun(spec)`, then `step(n)`
 * as often as the caller likes (a worker answers its messages between chunks, so pause is "stop
 * calling", cancel is "drop the run"), then `result()`. Imports engine files only.
 */
import { evaluate, type Evaluation } from '../evaluate';
import { createModel, type Model } from '../model';
import { createRng } from '../prng';
import { toSamples } from '../tasks/dataset';
import { generateSplit, TASKS } from '../tasks/registry';
import type { Dataset, TaskKind } from '../tasks/task';
import { createTrainer, trainStep, type Sample, type Trainer } from '../train';
import type { CellKind } from '../types';
import { cloneWeights } from '../weights';
import { learningRateAt } from './schedule';
import { scoreTest, type TestScore } from './score';
import { LAB_CLIP_NORM, presetHiddenSize, resolveLabSpec, type LabPreset, type LabSpec, type ResolvedLabSpec } from './spec';

/** A finished (or stopped) run's row of the results table. */
export interface LabResult extends TestScore {
  task: TaskKind;
  length: number;
  cell: CellKind;
  seed: number;
  preset: LabPreset;
  hiddenSize: number;
  parameters: number;
  /** Updates done. */
  steps: number;
  /** Time spent training and scoring (step() and result()). */
  seconds: number;
  /** The training loss at the last progress point (NaN before the first). */
  finalLoss: number;
}

/** One point of the live curves. */
export interface LabProgress {
  /** Updates done. */
  step: number;
  steps: number;
  /** Mean training-batch loss over the updates since the previous point. */
  loss: number;
  /** The task's metric (MSE, accuracy or cross-entropy) on the first MONITOR_COUNT test sequences. */
  metric: number;
  /** The last update's gradient norm before clipping. */
  gradNorm: number;
  /** Time spent inside step() so far. */
  seconds: number;
}

export interface LabRunOptions {
  /** Milliseconds; only differences are used. Default Date.now (pass performance.now where there is one). */
  clock?: () => number;
}

export interface LabRun {
  readonly spec: ResolvedLabSpec;
  /** The model being trained (its buffers change in place at every step). */
  readonly model: Model;
  /** A copy of the model as initialised, for "at init" views such as gradient flow. */
  readonly initialModel: Model;
  readonly trainer: Trainer;
  readonly test: Dataset;
  readonly hiddenSize: number;
  /** Trainable numbers: the cell's (PyTorch layout, two bias vectors) plus the readout's. */
  readonly parameters: number;
  readonly stepsDone: number;
  readonly isDone: boolean;
  /** Every progress point so far, oldest first. */
  readonly history: readonly LabProgress[];
  readonly seconds: number;
  /** Runs up to n more updates (never past spec.steps); returns the progress points they reached. */
  step(n: number): LabProgress[];
  /** Scores the model now on the whole test set (at any time; usually once done). */
  result(): LabResult;
}

/** Held-out sequences evaluated at every progress point (a prefix of the test set). */
export const MONITOR_COUNT = 128;

/** Mixed into the seed for the batch order, so it shares no stream with the weights or the data. */
const BATCH_STREAM = 0x2545f491;

/** The model a spec trains, freshly initialised (also what a gradient-flow view "at init" shows). */
export function createLabModel(spec: LabSpec): Model {
  const s = resolveLabSpec(spec);
  const task = TASKS[s.task];
  return createModel(
    { kind: s.cell, inputSize: task.inputSize, hiddenSize: presetHiddenSize(s.preset, s.task, s.cell), ablation: s.ablation },
    { outputSize: task.outputSize, readoutAt: task.targetsAt, seed: s.seed, forgetBias: s.cell === 'lstm' ? s.forgetBias : 0 },
  );
}

function cloneModel(model: Model): Model {
  const { readout } = model;
  return { cell: { ...model.cell }, weights: cloneWeights(model.weights), readout: { ...readout, W: readout.W.slice(), b: readout.b.slice() } };
}

/** The task's headline metric from an evaluation: accuracy for order, the loss otherwise. */
export function metricOf(task: TaskKind, evaluation: Evaluation): number {
  return task === 'order' ? evaluation.accuracy ?? NaN : evaluation.loss;
}

/** Draws batches from a fixed set: a seeded reshuffle at the start of every epoch. */
function createBatcher(samples: readonly Sample[], batchSize: number, seed: number): () => Sample[] {
  const rng = createRng((seed ^ BATCH_STREAM) >>> 0);
  const order = Int32Array.from(samples, (_, k) => k);
  const batch = new Array<Sample>(batchSize);
  let cursor = order.length;
  return () => {
    for (let b = 0; b < batchSize; b++) {
      if (cursor === order.length) {
        for (let k = order.length - 1; k > 0; k--) {
          const j = rng.int(k + 1);
          const t = order[k]; order[k] = order[j]; order[j] = t;
        }
        cursor = 0;
      }
      batch[b] = samples[order[cursor++]];
    }
    return batch;
  };
}

/** Sets up a run: data, model, optimizer. Throws LabSpecError naming a bad field. */
export function createLabRun(spec: LabSpec, options: LabRunOptions = {}): LabRun {
  const s = resolveLabSpec(spec);
  const clock = options.clock ?? Date.now;
  const model = createLabModel(s);
  const initialModel = cloneModel(model);
  const trainer = createTrainer(model, {
    loss: TASKS[s.task].loss, optimizer: { kind: 'adam', lr: s.learningRate }, clipNorm: LAB_CLIP_NORM,
  });
  const { train, test } = generateSplit(s.task, { length: s.length, trainCount: s.trainCount, testCount: s.testCount, seed: s.seed });
  const nextBatch = createBatcher(toSamples(train), s.batchSize, s.seed);
  const monitor = toSamples(test).slice(0, MONITOR_COUNT);
  const history: LabProgress[] = [];
  let stepsDone = 0, ms = 0, lossSum = 0, lossCount = 0;

  const run: LabRun = {
    spec: s, model, initialModel, trainer, test,
    hiddenSize: model.cell.hiddenSize,
    parameters: [model.weights.wIh, model.weights.wHh, model.weights.bIh, model.weights.bHh, model.readout.W, model.readout.b]
      .reduce((n, b) => n + b.length, 0),
    get stepsDone() { return stepsDone; },
    get isDone() { return stepsDone >= s.steps; },
    history,
    get seconds() { return ms / 1000; },
    step(n) {
      let last = clock();
      const points: LabProgress[] = [];
      for (let k = 0; k < n && stepsDone < s.steps; k++) {
        trainer.optimizer.lr = learningRateAt(s, stepsDone);
        lossSum += trainStep(trainer, nextBatch());
        lossCount++;
        stepsDone++;
        if (stepsDone % s.progressEvery === 0 || stepsDone === s.steps) {
          const metric = metricOf(s.task, evaluate(trainer, monitor));
          const now = clock();
          ms += now - last;
          last = now;
          points.push({ step: stepsDone, steps: s.steps, loss: lossSum / lossCount, metric, gradNorm: trainer.lastGradNorm, seconds: ms / 1000 });
          lossSum = 0;
          lossCount = 0;
        }
      }
      ms += clock() - last;
      history.push(...points);
      return points;
    },
    result() {
      const start = clock();
      const score = scoreTest(trainer, test);
      ms += clock() - start;
      return {
        task: s.task, length: s.length, cell: s.cell, seed: s.seed, preset: s.preset,
        hiddenSize: run.hiddenSize, parameters: run.parameters, steps: stepsDone, seconds: ms / 1000,
        finalLoss: history.length > 0 ? history[history.length - 1].loss : NaN,
        ...score,
      };
    },
  };
  return run;
}
