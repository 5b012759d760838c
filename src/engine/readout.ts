/**
 * The dense readout from the hidden state to the outputs a loss compares with targets,
 * forward and backward side by side. Imports engine files only.
 *
 *   y_t = W h_t + b        W (O, H), b (O)
 *
 * Applied at every step (`every`: y is (T, O)) or only at the last one (`last`: y is (1, O),
 * the sequence-to-one tasks such as adding and temporal order).
 */
import type { Rng } from './prng';
import { addColumnSums, addProductNN, addProductTN, affineProductNT } from './products';

/** Where the readout is applied. */
export type ReadoutAt = 'every' | 'last';

export interface Readout {
  /** H: the cell's hidden size. */
  hiddenSize: number;
  /** O: outputs per step (classes for cross-entropy). */
  outputSize: number;
  at: ReadoutAt;
  W: Float64Array; // (O, H)
  b: Float64Array; // (O)
}

/** Gradients of the readout's parameters, accumulated over a batch. */
export interface ReadoutGrads {
  W: Float64Array; // (O, H)
  b: Float64Array; // (O)
}

/**
 * A readout of H → O. With an rng, W and b are drawn from U(−1/√H, 1/√H) (PyTorch's
 * nn.Linear default), W row-major first; without one they are zero.
 */
export function createReadout(hiddenSize: number, outputSize: number, at: ReadoutAt, rng?: Rng): Readout {
  const readout: Readout = {
    hiddenSize, outputSize, at,
    W: new Float64Array(outputSize * hiddenSize),
    b: new Float64Array(outputSize),
  };
  if (rng) {
    const k = 1 / Math.sqrt(hiddenSize);
    for (const buffer of [readout.W, readout.b]) {
      for (let i = 0; i < buffer.length; i++) buffer[i] = rng.uniform(-k, k);
    }
  }
  return readout;
}

/** Zeroed gradient buffers shaped like the readout's parameters. */
export function createReadoutGrads(readout: Readout): ReadoutGrads {
  return { W: new Float64Array(readout.W.length), b: new Float64Array(readout.b.length) };
}

/** Rows of y for a sequence of T steps: T (`every`) or 1 (`last`). */
export function outputSteps(at: ReadoutAt, steps: number): number {
  return at === 'every' ? steps : 1;
}

/** y = W h_t + b for the readout's steps. h is (T, H); y is (outputSteps, O), overwritten. */
export function readoutForward(readout: Readout, h: Float64Array, steps: number, y: Float64Array): void {
  const { hiddenSize: H, outputSize: O, W, b } = readout;
  const t0 = readout.at === 'every' ? 0 : steps - 1;
  affineProductNT(y, 0, steps - t0, O, H, h, t0 * H, W, b);
}

/**
 * From dy = ∂L/∂y (outputSteps, O): adds ∂L/∂W and ∂L/∂b into `grads` (so a batch
 * accumulates) and overwrites dh (T, H) with ∂L/∂h_t = Wᵀ dy_t (zero on steps without output),
 * the loss term bptt.ts takes.
 */
export function readoutBackward(
  readout: Readout, h: Float64Array, steps: number, dy: Float64Array,
  grads: ReadoutGrads, dh: Float64Array,
): void {
  const { hiddenSize: H, outputSize: O, W } = readout;
  const t0 = readout.at === 'every' ? 0 : steps - 1;
  const S = steps - t0;
  // y_t = W h_t + b:  ∂/∂W = Σ_t dy_t ⊗ h_t (one matrix product),  ∂/∂b = Σ_t dy_t,  ∂/∂h_t = Wᵀ dy_t
  addProductTN(grads.W, O, H, S, dy, 0, h, t0 * H);
  addColumnSums(grads.b, O, S, dy, 0);
  dh.fill(0, 0, steps * H);
  addProductNN(dh, t0 * H, S, H, O, dy, 0, W);
}
