/**
 * Plain tanh RNN (PyTorch's nn.RNN), forward and backward side by side. Imports engine files only.
 *
 *   h' = tanh(W_ih x + b_ih + W_hh h + b_hh)
 *
 * One block, named `h`: its activation is the hidden state itself. There is no gate and no
 * additive path, so ∂h_t/∂h_{t−1} = diag(1 − h_t²) W_hh: the product of those is what vanishes.
 */
import { tanh as tanhImport } from './activations';
import type { BackwardContext, CellSpec, StepContext } from './cell';
import { affineHiddenRows } from './hiddenPath';
import { addTransposedRows } from './linalg';

/** A local binding: called directly, not through a module object's getter (see activations.ts). */
const tanh = tanhImport;

function step(ctx: StepContext, t: number): void {
  const { trace, weights, hPrev, hPrevOffset: hp } = ctx;
  const H = trace.config.hiddenSize;
  const row = t * H;
  const { aIh, aHh, h } = trace;
  const pre = trace.pre.h!;
  affineHiddenRows(weights.wHh, H, 0, H, hPrev, hp, weights.bHh, aHh, row);
  for (let u = row; u < row + H; u++) {
    const p = aIh[u] + aHh[u];
    pre[u] = p;
    h[u] = tanh(p);
  }
}

function stepBackward(ctx: BackwardContext, t: number): void {
  const { trace, weights, dh, dhPrev, daIh, daHh } = ctx;
  const H = trace.config.hiddenSize;
  const row = t * H;
  const { h } = trace;
  for (let j = 0; j < H; j++) {
    const hj = h[row + j];
    const d = dh[j] * (1 - hj * hj); // tanh' = 1 − h²
    daIh[row + j] = d;
    daHh[row + j] = d;
  }
  addTransposedRows(weights.wHh, H, 0, H, daHh, row, dhPrev, 0);
}

export const rnn = {
  blocks: ['h'],
  hasCellState: false,
  microSteps: ['h = tanh(·)'],
  step,
  stepBackward,
} as const satisfies CellSpec;
