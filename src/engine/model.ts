/**
 * A trainable model: a recurrent cell's weights plus a dense readout on its hidden state.
 * Imports engine files only.
 */
import { withDefaults } from './cells';
import { initWeights } from './init';
import { createRng } from './prng';
import { createReadout, type Readout, type ReadoutAt } from './readout';
import type { CellConfig, Weights } from './types';

export interface Model {
  cell: Required<CellConfig>;
  weights: Weights;
  readout: Readout;
}

export interface ModelOptions {
  /** O: outputs per step (classes for cross-entropy). */
  outputSize: number;
  /** Readout at every step (sequence to sequence) or at the last (sequence to one). */
  readoutAt: ReadoutAt;
  /** Seeds both the cell's initialisation and the readout's. */
  seed: number;
  /** Added to the LSTM forget-gate bias at init (Keras and Jozefowicz et al. 2015 use 1). */
  forgetBias?: number;
}

/** Mixed into the seed so the readout's draws are not the cell's first draws again. */
const READOUT_STREAM = 0x5bd1e995;

/** A freshly initialised model: cell weights as initWeights, readout as nn.Linear. */
export function createModel(config: CellConfig, options: ModelOptions): Model {
  const cell = withDefaults(config);
  const weights = initWeights(cell, options.seed, { forgetBias: options.forgetBias });
  const rng = createRng((options.seed ^ READOUT_STREAM) >>> 0);
  const readout = createReadout(cell.hiddenSize, options.outputSize, options.readoutAt, rng);
  return { cell, weights, readout };
}

/**
 * Every trainable buffer in a fixed order: weight_ih, weight_hh, bias_ih, bias_hh, then the
 * readout's W and b. Gradient lists (train.ts) use the same order.
 */
export function modelParams(model: Model): Float64Array[] {
  const { weights: w, readout: r } = model;
  return [w.wIh, w.wHh, w.bIh, w.bHh, r.W, r.b];
}
