/**
 * The one reverse time loop (backpropagation through time) every cell plugs its
 * stepBackward into. Allocation happens in createGrads / createWorkspace, never in the loop.
 * Imports engine files only.
 */
import { atStep, type BackwardContext, type CellSpec } from './cell';
import { CELLS, withDefaults } from './cells';
import { addOuterRows } from './linalg';
import { addColumnSums, addProductNN, addProductTN } from './products';
import type { CellConfig, Grads, StateGrads, Trace, Weights } from './types';

/** Zeroed gradient buffers for a cell of this config over `steps` steps. */
export function createGrads(config: CellConfig, steps: number): Grads {
  const { kind, inputSize: I, hiddenSize: H } = withDefaults(config);
  const GH = CELLS[kind].blocks.length * H;
  return {
    wIh: new Float64Array(GH * I), // (G·H, I)
    wHh: new Float64Array(GH * H), // (G·H, H)
    bIh: new Float64Array(GH), // (G·H)
    bHh: new Float64Array(GH), // (G·H)
    x: new Float64Array(steps * I), // (T, I)
    h0: new Float64Array(H), // (H)
    c0: new Float64Array(H), // (H)
  };
}

/** Sets every gradient buffer to zero (before accumulating a new batch). */
export function zeroGrads(grads: Grads): void {
  for (const buffer of Object.values(grads)) buffer.fill(0);
}

/** Scratch for one backward pass; reuse it across sequences of the same shape. */
export interface BackwardWorkspace {
  dh: Float64Array; // (H)
  dc: Float64Array; // (H)
  dhPrev: Float64Array; // (H)
  dcPrev: Float64Array; // (H)
  daIh: Float64Array; // (T, G·H)
  daHh: Float64Array; // (T, G·H)
  scratch: Float64Array; // (H)
}

/** Scratch for backward passes of `steps` steps; allocate once, reuse for every sequence. */
export function createWorkspace(config: CellConfig, steps: number): BackwardWorkspace {
  const { kind, hiddenSize: H } = withDefaults(config);
  const GH = CELLS[kind].blocks.length * H;
  return {
    dh: new Float64Array(H),
    dc: new Float64Array(H),
    dhPrev: new Float64Array(H),
    dcPrev: new Float64Array(H),
    daIh: new Float64Array(steps * GH),
    daHh: new Float64Array(steps * GH),
    scratch: new Float64Array(H),
  };
}

/** Each workspace's backward context, made on its first backwardInto and reused by later ones. */
const contexts = new WeakMap<BackwardWorkspace, BackwardContext>();

function contextFor(work: BackwardWorkspace, trace: Trace, weights: Weights, grads: Grads): BackwardContext {
  let ctx = contexts.get(work);
  if (ctx === undefined) {
    ctx = {
      trace, weights, grads,
      hPrev: trace.h0, hPrevOffset: 0, cPrev: trace.c0, cPrevOffset: 0,
      scratch: work.scratch,
      dh: work.dh, dc: work.dc, dhPrev: work.dhPrev, dcPrev: work.dcPrev,
      daIh: work.daIh, daHh: work.daHh,
    };
    contexts.set(work, ctx);
  }
  ctx.trace = trace;
  ctx.weights = weights;
  ctx.grads = grads;
  ctx.dh = work.dh; ctx.dc = work.dc; ctx.dhPrev = work.dhPrev; ctx.dcPrev = work.dcPrev;
  return ctx;
}

export interface BackwardOptions {
  /**
   * Compute ∂L/∂x into grads.x (default true). Training needs only the weight gradients and
   * saves a (T, G·H) × (G·H, I) product by passing false; grads.x is then left as it was.
   */
  inputGrads?: boolean;
}

const ALL_GRADS: BackwardOptions = {};

/**
 * Adds ∂L/∂(weights) into `grads` (so a batch accumulates) and overwrites grads.x, grads.h0,
 * grads.c0 with this sequence's input and initial-state gradients.
 * `loss` gives ∂L/∂h_t (and ∂L/∂c_t) as the loss sees them directly.
 */
export function backwardInto(
  trace: Trace, weights: Weights, loss: StateGrads, grads: Grads, work: BackwardWorkspace,
  options: BackwardOptions = ALL_GRADS,
): Grads {
  const { kind, inputSize: I, hiddenSize: H } = trace.config;
  const T = trace.steps;
  const spec: CellSpec = CELLS[kind];
  const GH = spec.blocks.length * H;
  const ctx = contextFor(work, trace, weights, grads);
  const lossDh = loss.dh, lossDc = loss.dc;
  // dh and dhPrev (dc and dcPrev) trade places after every step instead of being copied.
  let dh = ctx.dh, dc = ctx.dc, dhPrev = ctx.dhPrev, dcPrev = ctx.dcPrev;
  dh.fill(0);
  dc.fill(0);
  for (let t = T - 1; t >= 0; t--) {
    // Total gradient at step t: what the loss says directly plus what came back from t+1.
    const u0 = t * H;
    for (let j = 0; j < H; j++) dh[j] += lossDh[u0 + j];
    if (lossDc) for (let j = 0; j < H; j++) dc[j] += lossDc[u0 + j];
    atStep(ctx, t);
    dhPrev.fill(0);
    dcPrev.fill(0);
    ctx.dh = dh; ctx.dc = dc; ctx.dhPrev = dhPrev; ctx.dcPrev = dcPrev;
    spec.stepBackward(ctx, t);
    const dhNext = dh, dcNext = dc;
    dh = dhPrev; dc = dcPrev;
    dhPrev = dhNext; dcPrev = dcNext;
  }
  grads.h0.set(dh);
  if (spec.hasCellState) grads.c0.set(dc); else grads.c0.fill(0);

  // The hidden path, for all steps at once: aHh[t] = W_hh h_{t−1} + b_hh, so
  // dW_hh = Σ_t daHh_t ⊗ h_{t−1} (h0 at t = 0, then trace.h row t − 1) and db_hh = Σ_t daHh_t.
  // One matrix product sums each entry in registers instead of updating dW_hh at every step.
  const daHh = work.daHh;
  const R = spec.hPrevRows?.(trace.config) ?? GH;
  addOuterRows(grads.wHh, H, 0, R, daHh, 0, trace.h0, 0);
  addProductTN(grads.wHh, R, H, T - 1, daHh, GH, trace.h, 0, GH);
  addColumnSums(grads.bHh, GH, T, daHh, 0);

  // The input path, the same way: aIh[t] = W_ih x_t + b_ih, so
  // dW_ih = Σ_t daIh_t ⊗ x_t, db_ih = Σ_t daIh_t, dx_t = W_ihᵀ daIh_t.
  const daIh = work.daIh;
  addProductTN(grads.wIh, GH, I, T, daIh, 0, trace.x, 0);
  addColumnSums(grads.bIh, GH, T, daIh, 0);
  if (options.inputGrads ?? true) {
    grads.x.fill(0);
    addProductNN(grads.x, 0, T, I, GH, daIh, 0, weights.wIh);
  }
  return grads;
}

/** Gradients of L for one sequence, freshly allocated. */
export function backward(trace: Trace, weights: Weights, loss: StateGrads): Grads {
  const grads = createGrads(trace.config, trace.steps);
  return backwardInto(trace, weights, loss, grads, createWorkspace(trace.config, trace.steps));
}
