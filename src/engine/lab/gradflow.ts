/**
 * Gradient flow through one sequence (LESSON.md slide 6), measured with the engine's own
 * forward and backward: how strongly the loss reaches back to the hidden state of each step,
 * how strongly the last state depends on each input, and the gated copy paths (∏ f along the
 * LSTM cell, ∏ z along the GRU's copy path). Imports engine files only.
 *
 * The engine's backward reports gradients for a sequence's inputs and initial state only, so
 * each step's local Jacobians come from a one-step forward from (h_{t−1}, c_{t−1}) (the same
 * operations on the same numbers as in the full pass) and one-step backward passes; chaining
 * them gives every quantity below for all t at once (see gradientFlow).
 */
import { backwardInto, createGrads, createWorkspace } from '../bptt';
import { LOSSES, type LossKind } from '../losses';
import type { Model } from '../model';
import { createReadoutGrads, outputSteps, readoutBackward, readoutForward } from '../readout';
import type { Sample } from '../train';
import type { Trace } from '../types';
import { createTrace, forward, forwardInto } from '../unroll';

/** The gate whose product is the gradient's copy path: LSTM f (cell path), GRU z (h path). */
export type HighwayGate = 'f' | 'z';

export interface GradientFlow {
  /** T: steps in the sequence; every (T) array below has t = 1..T at index t − 1. */
  steps: number;
  /** The sample's loss under the model. */
  loss: number;
  /** ‖∂L/∂h_t‖: the loss's reach back to step t's hidden state (c_t held fixed for the LSTM). */
  dLdh: Float64Array; // (T)
  /**
   * LSTM only: ‖∂L/∂c_t‖ through every path from c_t: the cell path to c_{t+1} and
   * h_t = o_t ⊙ tanh(c_t). The cell's gradient highway (its decay per step is about f).
   */
  dLdc?: Float64Array; // (T)
  /** ‖∂h_T/∂h_t‖_F: for the tanh RNN this is ‖∏_{s>t} diag(1 − h_s²) W_hh‖ (Frobenius). */
  stateJacobian: Float64Array; // (T)
  /** ‖∂h_T/∂x_t‖_F: input saliency, how much the last state depends on step t's input. */
  saliency: Float64Array; // (T)
  /** The gated copy path (absent for the tanh RNN, which has none). */
  highway?: {
    gate: HighwayGate;
    /** ∏_{s=t+1}^{T} gate_s per unit; 1 at t = T (nothing left to cross). */
    perUnit: Float64Array; // (T, H)
    /** Its mean over units. */
    mean: Float64Array; // (T)
  };
}

/** The copy-path gate of a cell, if it has one. */
export function highwayGate(kind: Model['cell']['kind']): HighwayGate | undefined {
  return kind === 'lstm' ? 'f' : kind === 'gru' ? 'z' : undefined;
}

/**
 * ∏_{s=t+1}^{T} a_s for every step t and unit, from the trace's gate activations a (after
 * overrides and ablations). Row t − 1 holds step t; the last row is all ones.
 */
export function gateProduct(trace: Trace, gate: HighwayGate): Float64Array {
  const act = trace.act[gate];
  if (act === undefined) throw new RangeError(`gate product: a ${trace.config.kind} has no gate ${gate}`);
  const { steps: T } = trace;
  const H = trace.config.hiddenSize;
  const out = new Float64Array(T * H).fill(1); // (T, H)
  for (let r = T - 2; r >= 0; r--) {
    for (let j = 0; j < H; j++) out[r * H + j] = out[(r + 1) * H + j] * act[(r + 1) * H + j];
  }
  return out;
}

function norm(v: Float64Array, from: number, n: number): number {
  let s = 0;
  for (let k = from; k < from + n; k++) s += v[k] * v[k];
  return Math.sqrt(s);
}

/** Mean over the H units of each row of a (T, H) buffer. */
function rowMeans(m: Float64Array, T: number, H: number): Float64Array {
  const out = new Float64Array(T);
  for (let t = 0; t < T; t++) {
    let s = 0;
    for (let j = 0; j < H; j++) s += m[t * H + j];
    out[t] = s / H;
  }
  return out;
}

/** ∂L/∂h_t as the loss sees each h_t directly (through the readout), and the loss itself. */
function directGradients(model: Model, trace: Trace, sample: Sample, loss: LossKind): { dh: Float64Array; loss: number } {
  const { readout } = model;
  const T = trace.steps;
  const S = outputSteps(readout.at, T);
  const y = new Float64Array(S * readout.outputSize); // (S, O)
  const dy = new Float64Array(S * readout.outputSize); // (S, O)
  readoutForward(readout, trace.h, T, y);
  const value = LOSSES[loss](y, sample.target, readout.outputSize, S, dy, sample.mask);
  const dh = new Float64Array(T * readout.hiddenSize); // (T, H)
  readoutBackward(readout, trace.h, T, dy, createReadoutGrads(readout), dh);
  return { dh, loss: value };
}

/**
 * ‖∂L/∂c_t‖ for 1-based step t, from ∂L/∂h_t (dh) and the gradient reaching c_t from step t + 1
 * (dcNext):   h_t = o_t ⊙ tanh(c_t)  ⇒  ∂L/∂c_t = dcNext + dh ⊙ o_t ⊙ (1 − tanh²(c_t))
 * (with the output activation ablated, h_t = o_t ⊙ c_t and the factor is o_t).
 */
function cellGradientNorm(trace: Trace, t: number, dh: Float64Array, dcNext: Float64Array): number {
  const H = trace.config.hiddenSize;
  const o = trace.act.o!;
  const isLinearOut = trace.config.ablation === 'no-output-activation';
  let s = 0;
  for (let j = 0; j < H; j++) {
    const u = (t - 1) * H + j;
    const tc = trace.tanhC[u];
    const d = dcNext[j] + dh[j] * o[u] * (isLinearOut ? 1 : 1 - tc * tc);
    s += d * d;
  }
  return Math.sqrt(s);
}

/** One step's local Jacobians, filled by `stepJacobians`. D = H, or 2H with the LSTM's cell. */
interface StepJacobians {
  M: Float64Array; // (D, D)  ∂(h_s, c_s)/∂(h_{s−1}, c_{s−1})
  N: Float64Array; // (D, I)  ∂(h_s, c_s)/∂x_s
}

/**
 * Fills M and N for 1-based step s: one forward step from the full trace's (h_{s−1}, c_{s−1}),
 * then one one-step backward per output coordinate (∂/∂h_s[k], then ∂/∂c_s[k]).
 */
function stepJacobians(model: Model, trace: Trace, s: number, scratch: ReturnType<typeof oneStepScratch>, out: StepJacobians): void {
  const { inputSize: I, hiddenSize: H } = trace.config;
  const { step, grads, work, loss, zeros } = scratch;
  const D = out.N.length / I; // N is (D, I)
  forwardInto(step, model.weights, trace.x.subarray((s - 1) * I, s * I), {
    h0: s > 1 ? trace.h.subarray((s - 2) * H, (s - 1) * H) : trace.h0,
    c0: s > 1 ? trace.c.subarray((s - 2) * H, (s - 1) * H) : trace.c0,
  });
  for (let k = 0; k < D; k++) {
    loss.dh.set(zeros);
    loss.dc!.set(zeros);
    if (k < H) loss.dh[k] = 1; else loss.dc![k - H] = 1;
    backwardInto(step, model.weights, loss, grads, work);
    out.M.set(grads.h0, k * D);
    if (D > H) out.M.set(grads.c0, k * D + H);
    out.N.set(grads.x, k * I);
  }
}

function oneStepScratch(model: Model) {
  const H = model.cell.hiddenSize;
  return {
    step: createTrace(model.cell, 1),
    grads: createGrads(model.cell, 1),
    work: createWorkspace(model.cell, 1),
    loss: { dh: new Float64Array(H), dc: new Float64Array(H) }, // (1, H) each
    zeros: new Float64Array(H),
  };
}

/** out (H, n) = A (H, D) · B (D, n). */
function matmul(A: Float64Array, B: Float64Array, H: number, D: number, n: number, out: Float64Array): void {
  out.fill(0);
  for (let r = 0; r < H; r++) {
    for (let k = 0; k < D; k++) {
      const a = A[r * D + k];
      if (a === 0) continue;
      for (let c = 0; c < n; c++) out[r * n + c] += a * B[k * n + c];
    }
  }
}

/** ‖the first `cols` columns of A (rows, stride)‖_F. */
function frobenius(A: Float64Array, rows: number, stride: number, cols: number): number {
  let s = 0;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) s += A[r * stride + c] ** 2;
  return Math.sqrt(s);
}

/**
 * Gradient flow of `model` on one sample scored with `loss` (the task's loss).
 *
 * Walking back from T with the state s_t = (h_t, c_t) (c only for the LSTM) and each step's
 * local Jacobians M_t = ∂s_t/∂s_{t−1}, N_t = ∂s_t/∂x_t (from one-step engine backward passes):
 *   g_{t−1} = M_tᵀ g_t + ∂L/∂h_{t−1} (direct)     g = ∂L/∂s, starting from the readout's at T
 *   R_{t−1} = R_t M_t                              R = ∂h_T/∂s, starting from [I 0]
 *   saliency_t = ‖R_t N_t‖_F
 * That is D one-step backward passes and one (H, D)·(D, D) product per step: O(T·D·H²).
 */
export function gradientFlow(model: Model, sample: Sample, loss: LossKind): GradientFlow {
  const { cell, weights } = model;
  const { inputSize: I, hiddenSize: H } = cell;
  const trace = forward(cell, weights, sample.x);
  const T = trace.steps;
  const D = cell.kind === 'lstm' ? 2 * H : H;
  const direct = directGradients(model, trace, sample, loss);
  const dLdh = new Float64Array(T);
  const dLdc = new Float64Array(T);
  const stateJacobian = new Float64Array(T);
  const saliency = new Float64Array(T);

  const scratch = oneStepScratch(model);
  const local: StepJacobians = { M: new Float64Array(D * D), N: new Float64Array(D * I) };
  let R = new Float64Array(H * D); // (H, D)  ∂h_T/∂s_t
  let next = new Float64Array(H * D); // (H, D)
  for (let j = 0; j < H; j++) R[j * D + j] = 1;
  const g = new Float64Array(D); // (D)  ∂L/∂s_t
  const gPrev = new Float64Array(D); // (D)
  const RN = new Float64Array(H * I); // (H, I)
  g.set(direct.dh.subarray((T - 1) * H, T * H));

  for (let t = T; t >= 1; t--) {
    const row = t - 1;
    dLdh[row] = norm(g, 0, H);
    if (cell.kind === 'lstm') dLdc[row] = cellGradientNorm(trace, t, g.subarray(0, H), g.subarray(H));
    stateJacobian[row] = frobenius(R, H, D, H);
    stepJacobians(model, trace, t, scratch, local);
    matmul(R, local.N, H, D, I, RN);
    saliency[row] = frobenius(RN, H, I, I);
    if (t === 1) break;
    matmul(R, local.M, H, D, D, next);
    [R, next] = [next, R];
    // g_{t−1} = M_tᵀ g_t + direct
    gPrev.fill(0);
    for (let k = 0; k < D; k++) {
      const gk = g[k];
      if (gk === 0) continue;
      for (let c = 0; c < D; c++) gPrev[c] += local.M[k * D + c] * gk;
    }
    for (let j = 0; j < H; j++) gPrev[j] += direct.dh[(t - 2) * H + j];
    g.set(gPrev);
  }

  const flow: GradientFlow = { steps: T, loss: direct.loss, dLdh, stateJacobian, saliency };
  if (cell.kind === 'lstm') flow.dLdc = dLdc;
  const gate = highwayGate(cell.kind);
  if (gate !== undefined) {
    const perUnit = gateProduct(trace, gate);
    flow.highway = { gate, perUnit, mean: rowMeans(perUnit, T, H) };
  }
  return flow;
}
