/**
 * Evaluation of a model over a data set: forward pass and readout for every sample, its loss,
 * its outputs and (for classification) its accuracy. Nothing is updated. Imports engine files only.
 */
import { outputSteps } from './readout';
import { runSample, sampleSteps, type Sample, type Trainer } from './train';

export interface Evaluation {
  /** Mean of the per-sample losses. */
  loss: number;
  losses: Float64Array; // (N)
  /** Each sample's readout outputs, (S, O); views into one buffer. */
  outputs: Float64Array[];
  /**
   * cross-entropy only: the share of target steps (mask ≠ 0) whose largest output is the
   * target class.
   */
  accuracy?: number;
}

/** Index of the largest of y[from..from+n). */
function argmax(y: Float64Array, from: number, n: number): number {
  let best = 0;
  for (let o = 1; o < n; o++) if (y[from + o] > y[from + best]) best = o;
  return best;
}

/** Runs the trainer's model over `set` with its loss; reuses the trainer's buffers. */
export function evaluate(trainer: Trainer, set: readonly Sample[]): Evaluation {
  const { readout } = trainer.model;
  const O = readout.outputSize;
  const sizes = set.map((sample) => outputSteps(readout.at, sampleSteps(trainer, sample)) * O);
  const all = new Float64Array(sizes.reduce((a, n) => a + n, 0));
  const outputs: Float64Array[] = [];
  const losses = new Float64Array(set.length);
  let offset = 0, hits = 0, counted = 0;
  set.forEach((sample, k) => {
    const b = runSample(trainer, sample);
    const S = sizes[k] / O;
    losses[k] = trainer.lossFn(b.y, sample.target, O, S, b.dy, sample.mask);
    const out = all.subarray(offset, offset + sizes[k]);
    out.set(b.y.subarray(0, sizes[k]));
    outputs.push(out);
    offset += sizes[k];
    if (trainer.loss === 'cross-entropy') {
      for (let t = 0; t < S; t++) {
        if (sample.mask && sample.mask[t] === 0) continue;
        counted++;
        if (argmax(b.y, t * O, O) === sample.target[t]) hits++;
      }
    }
  });
  const loss = set.length > 0 ? losses.reduce((a, v) => a + v, 0) / set.length : NaN;
  const evaluation: Evaluation = { loss, losses, outputs };
  if (trainer.loss === 'cross-entropy') evaluation.accuracy = counted > 0 ? hits / counted : NaN;
  return evaluation;
}
