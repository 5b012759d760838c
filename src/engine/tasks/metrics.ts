/**
 * The lab's scores over a whole data set's outputs: mean squared error and the share within a
 * tolerance (adding), accuracy (order), mean softmax cross-entropy (order, copy). The losses
 * are losses.ts's own functions, so a reported test loss is exactly the training loss.
 * Imports engine files only.
 */
import { LOSSES, type LossKind } from '../losses';

/** Hochreiter & Schmidhuber (1997) count an adding sequence as right when |error| < 0.04. */
export const ADDING_TOLERANCE = 0.04;

/**
 * The mean loss over M = outputs.length / O rows of outputs (M, O), as if one sequence of M
 * steps: mse averages over all M·O numbers, cross-entropy over the M rows. `targets` is
 * (M, O) for mse and (M) class indices for cross-entropy.
 */
export function meanLoss(kind: LossKind, outputs: Float64Array, targets: Float64Array, outputSize: number): number {
  const rows = outputs.length / outputSize;
  const scratch = new Float64Array(outputs.length); // (M, O) gradient, unused here
  return LOSSES[kind](outputs, targets, outputSize, rows, scratch);
}

/** mean((p − y)²) over every element; `predictions` and `targets` have the same shape. */
export function meanSquaredError(predictions: Float64Array, targets: Float64Array): number {
  return meanLoss('mse', predictions, targets, 1);
}

/** Mean −ln softmax(z)[y] (nats) over rows; `logits` (M, C), `labels` (M). */
export function meanCrossEntropy(logits: Float64Array, labels: Float64Array, classes: number): number {
  return meanLoss('cross-entropy', logits, labels, classes);
}

/** Share of elements with |p − y| < tolerance (strict, as in the 1997 paper). */
export function shareWithin(predictions: Float64Array, targets: Float64Array, tolerance: number): number {
  let hits = 0;
  for (let k = 0; k < targets.length; k++) {
    if (Math.abs(predictions[k] - targets[k]) < tolerance) hits++;
  }
  return hits / targets.length;
}

/** Index of the largest logit in a row; ties go to the lowest index. */
export function argmaxRow(logits: Float64Array, offset: number, classes: number): number {
  let best = 0;
  for (let c = 1; c < classes; c++) if (logits[offset + c] > logits[offset + best]) best = c;
  return best;
}

/** Share of rows whose largest logit is the label; `logits` (M, C), `labels` (M). */
export function accuracy(logits: Float64Array, labels: Float64Array, classes: number): number {
  let hits = 0;
  for (let m = 0; m < labels.length; m++) if (argmaxRow(logits, m * classes, classes) === labels[m]) hits++;
  return hits / labels.length;
}
