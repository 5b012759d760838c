/**
 * Mini-batch training of a Model: forward, readout, loss, readout backward, BPTT for every
 * sequence of a batch, then the averaged gradient is clipped and handed to the optimizer.
 * Every buffer is allocated once per sequence length and reused, so a training step
 * allocates nothing after the first batch of a given length. Imports engine files only.
 */
import { backwardInto, createWorkspace, type BackwardOptions, type BackwardWorkspace } from './bptt';
import { clipGlobalNorm, globalNorm, scaleBuffers } from './clip';
import { LOSSES, type LossFunction, type LossKind } from './losses';
import { modelParams, type Model } from './model';
import { createOptimizer, type Optimizer, type OptimizerOptions } from './optim';
import { createReadoutGrads, outputSteps, readoutBackward, readoutForward, type ReadoutGrads } from './readout';
import type { Grads, StateGrads, Trace, Weights } from './types';
import { createTrace, forwardInto, type ForwardOptions } from './unroll';

/** One training or test sequence. */
export interface Sample {
  x: Float64Array; // (T, I)
  /** mse: (S, O) values; cross-entropy: (S) class indices. S = T (readout `every`) or 1 (`last`). */
  target: Float64Array;
  /** (S): 0 where a step has no target. */
  mask?: Float64Array;
}

export interface TrainerOptions {
  loss: LossKind;
  optimizer: OptimizerOptions;
  /** Clip the batch gradient to this global L2 norm; omitted = no clipping. */
  clipNorm?: number;
}

/** Buffers for sequences of one length T, reused by every sequence of that length. */
export interface SequenceBuffers {
  steps: number;
  trace: Trace;
  work: BackwardWorkspace;
  /** The cell's gradients: weight buffers shared with Trainer.grads; h0, c0 per length (x unused). */
  cellGrads: Grads;
  /** ∂L/∂h_t from the readout, the loss term bptt.ts takes. */
  stateGrads: StateGrads; // dh (T, H)
  y: Float64Array; // (S, O)
  dy: Float64Array; // (S, O)
}

export interface Trainer {
  model: Model;
  loss: LossKind;
  lossFn: LossFunction;
  optimizer: Optimizer;
  clipNorm: number;
  /** Batch gradients, the cell's weights then the readout's, in modelParams order. */
  grads: { cell: Weights; readout: ReadoutGrads; list: Float64Array[] };
  /** The gradient norm of the last step, before clipping. */
  lastGradNorm: number;
  buffers: Map<number, SequenceBuffers>;
}

const NO_OPTIONS: ForwardOptions = {};
/** Training needs no ∂L/∂x. */
const WEIGHT_GRADS_ONLY: BackwardOptions = { inputGrads: false };

/** Binds an optimizer to the model's parameters and allocates the batch gradient. */
export function createTrainer(model: Model, options: TrainerOptions): Trainer {
  const params = modelParams(model);
  const [wIh, wHh, bIh, bHh, W, b] = params.map((p) => new Float64Array(p.length));
  const grads = { cell: { wIh, wHh, bIh, bHh }, readout: { W, b }, list: [wIh, wHh, bIh, bHh, W, b] };
  const clipNorm = options.clipNorm ?? Infinity;
  if (!(clipNorm > 0)) throw new RangeError(`trainer: clipNorm must be positive, got ${clipNorm}`);
  return {
    model,
    loss: options.loss,
    lossFn: LOSSES[options.loss],
    optimizer: createOptimizer({ params, grads: grads.list }, options.optimizer),
    clipNorm,
    grads,
    lastGradNorm: NaN,
    buffers: new Map(),
  };
}

/** The buffers for sequences of T steps, allocated on first use. */
export function buffersFor(trainer: Trainer, steps: number): SequenceBuffers {
  let b = trainer.buffers.get(steps);
  if (b) return b;
  const { cell, readout } = trainer.model;
  const { inputSize: I, hiddenSize: H } = cell;
  const S = outputSteps(readout.at, steps);
  b = {
    steps,
    trace: createTrace(cell, steps),
    work: createWorkspace(cell, steps),
    cellGrads: {
      ...trainer.grads.cell,
      x: new Float64Array(steps * I),
      h0: new Float64Array(H),
      c0: new Float64Array(H),
    },
    stateGrads: { dh: new Float64Array(steps * H) },
    y: new Float64Array(S * readout.outputSize),
    dy: new Float64Array(S * readout.outputSize),
  };
  trainer.buffers.set(steps, b);
  return b;
}

/** Checks a sample's shapes against the model; returns its length T. */
export function sampleSteps(trainer: Trainer, sample: Sample): number {
  const { cell, readout } = trainer.model;
  const T = sample.x.length / cell.inputSize;
  if (!Number.isInteger(T) || T < 1) {
    throw new RangeError(`sample: x has ${sample.x.length} numbers, not a whole number of steps of ${cell.inputSize}`);
  }
  const S = outputSteps(readout.at, T);
  const want = trainer.loss === 'mse' ? S * readout.outputSize : S;
  if (sample.target.length !== want) throw new RangeError(`sample: target has ${sample.target.length} numbers, expected ${want}`);
  if (sample.mask && sample.mask.length !== S) throw new RangeError(`sample: mask has ${sample.mask.length} numbers, expected ${S}`);
  return T;
}

/** Forward pass and readout of one sample into its length's buffers (y holds the outputs). */
export function runSample(trainer: Trainer, sample: Sample): SequenceBuffers {
  const b = buffersFor(trainer, sampleSteps(trainer, sample));
  forwardInto(b.trace, trainer.model.weights, sample.x, NO_OPTIONS);
  readoutForward(trainer.model.readout, b.trace.h, b.steps, b.y);
  return b;
}

/**
 * Zeroes the batch gradient, then adds every sample's gradient and divides by the batch size:
 * afterwards trainer.grads holds ∂(mean loss)/∂params. Returns the mean loss.
 */
export function accumulateGradients(trainer: Trainer, batch: readonly Sample[]): number {
  if (batch.length === 0) throw new RangeError('trainer: empty batch');
  const { model, lossFn, grads } = trainer;
  const O = model.readout.outputSize;
  for (const g of grads.list) g.fill(0);
  let total = 0;
  for (let s = 0; s < batch.length; s++) {
    const sample = batch[s];
    const b = runSample(trainer, sample);
    const S = outputSteps(model.readout.at, b.steps);
    total += lossFn(b.y, sample.target, O, S, b.dy, sample.mask);
    readoutBackward(model.readout, b.trace.h, b.steps, b.dy, grads.readout, b.stateGrads.dh);
    backwardInto(b.trace, model.weights, b.stateGrads, b.cellGrads, b.work, WEIGHT_GRADS_ONLY);
  }
  if (batch.length > 1) scaleBuffers(grads.list, 1 / batch.length);
  return total / batch.length;
}

/**
 * One optimizer update from a mini-batch: averaged gradient, clipped to trainer.clipNorm
 * (its pre-clip norm kept in trainer.lastGradNorm), then optimizer.step(). Returns the
 * batch's mean loss, measured before the update.
 */
export function trainStep(trainer: Trainer, batch: readonly Sample[]): number {
  const loss = accumulateGradients(trainer, batch);
  const list = trainer.grads.list;
  trainer.lastGradNorm = trainer.clipNorm === Infinity ? globalNorm(list) : clipGlobalNorm(list, trainer.clipNorm);
  trainer.optimizer.step();
  return loss;
}
