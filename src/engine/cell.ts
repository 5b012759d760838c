/**
 * The interface every cell file supplies to the shared loops in unroll.ts and bptt.ts.
 * A cell computes one time step forward (reading the trace's precomputed input path)
 * and one step backward (from ∂L/∂h_t, ∂L/∂c_t to the pre-activations and h_{t−1}, c_{t−1}).
 * Imports types only.
 */
import type { CellConfig, GateName, Grads, Trace, Weights } from './types';

/** What a forward step reads and writes. Buffers are owned by unroll.ts. */
export interface StepContext {
  trace: Trace;
  weights: Weights;
  /** Where h_{t−1} lives for this step: trace.h0 at 0, or trace.h at (t−1)·H. */
  hPrev: Float64Array;
  hPrevOffset: number;
  /** Same for c_{t−1} (lstm). */
  cPrev: Float64Array;
  cPrevOffset: number;
  scratch: Float64Array; // (H)
}

/** Points ctx at step t's previous state: h0 and c0 for t = 0, else row t − 1 of h and c. */
export function atStep(ctx: StepContext, t: number): void {
  const { trace } = ctx;
  if (t === 0) {
    ctx.hPrev = trace.h0; ctx.cPrev = trace.c0;
    ctx.hPrevOffset = ctx.cPrevOffset = 0;
  } else {
    ctx.hPrev = trace.h; ctx.cPrev = trace.c;
    ctx.hPrevOffset = ctx.cPrevOffset = (t - 1) * trace.config.hiddenSize;
  }
}

/** What a backward step reads and writes. Buffers are owned by bptt.ts. */
export interface BackwardContext extends StepContext {
  grads: Grads;
  /** Total ∂L/∂h_t: the loss's own term plus what flowed back from step t+1. */
  dh: Float64Array; // (H)
  /** Total ∂L/∂c_t (lstm). */
  dc: Float64Array; // (H)
  /** Filled by the step: ∂L/∂h_{t−1} through this step (zeroed before the call). */
  dhPrev: Float64Array; // (H)
  /** Filled by the step: ∂L/∂c_{t−1} (lstm). */
  dcPrev: Float64Array; // (H)
  /**
   * Filled by the step, row t: ∂L/∂(W_ih x_t + b_ih), one value per block row. bptt.ts turns
   * these rows into dW_ih, db_ih and dx after the loop, as one matrix product.
   */
  daIh: Float64Array; // (T, G·H)
  /**
   * Filled by the step, row t: ∂L/∂(W_hh h_{t−1} + b_hh), one value per block row. bptt.ts turns
   * these rows into dW_hh and db_hh after the loop, as one matrix product.
   */
  daHh: Float64Array; // (T, G·H)
}

export interface CellSpec {
  /** Weight blocks in PyTorch's storage order; G = blocks.length. */
  blocks: readonly GateName[];
  hasCellState: boolean;
  /** Micro-steps of the animation, in order (DESIGN.md). */
  microSteps: readonly string[];
  /** t is 0-based here (the trace's row). */
  step(ctx: StepContext, t: number): void;
  stepBackward(ctx: BackwardContext, t: number): void;
  /**
   * Optional: runs every step of a forward pass at once, with the same bits as calling step for
   * each t, and returns true; or returns false, having written nothing, and unroll.ts calls step.
   * The LSTM's WebAssembly steps (lstmSteps.ts).
   */
  forwardSteps?(ctx: StepContext): boolean;
  /**
   * How many leading rows of W_hh multiply h_{t−1} itself (default all G·H): bptt.ts adds their
   * gradient Σ_t daHh_t ⊗ h_{t−1} after the loop. The step adds the other rows' own (the classic
   * GRU's W_hn sees r ⊙ h_{t−1}).
   */
  hPrevRows?(config: Required<CellConfig>): number;
}

/**
 * d[dOff + j] = 0 where an override holds unit o + j constant (its derivative is 0), for
 * 0 ≤ j < n: in the forward step the forced value replaced the activation, so nothing flows back.
 */
export function zeroWhereForced(forced: Float64Array | undefined, o: number, n: number, d: Float64Array, dOff: number): void {
  if (forced === undefined) return;
  for (let j = 0; j < n; j++) if (forced[o + j] === forced[o + j]) d[dOff + j] = 0;
}
