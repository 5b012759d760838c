/**
 * GRU cell (PyTorch convention), forward and backward side by side. Imports engine files only.
 *
 *   r = σ(W_ir x + b_ir + W_hr h + b_hr)
 *   z = σ(W_iz x + b_iz + W_hz h + b_hz)
 *   n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))     // reset AFTER the matmul ('after')
 *   n = tanh(W_in x + b_in + W_hn (r ⊙ h) + b_hn)     // reset BEFORE it ('before', Cho et al. 2014)
 *   h' = (1 − z) ⊙ n + z ⊙ h                          // z ≈ 1 keeps the old state
 *
 * Chung et al. 2014 write the same cell with z and 1 − z swapped; the engine keeps this one.
 * Blocks in storage order: r | z | n.
 */
import { sigmoid as sigmoidImport, tanh as tanhImport } from './activations';
import { zeroWhereForced, type BackwardContext, type CellSpec, type StepContext } from './cell';
import { affineHiddenRows } from './hiddenPath';
import { addOuterRows, addTransposedRows } from './linalg';
import type { CellConfig } from './types';

/** Local bindings: called directly, not through a module object's getter (see activations.ts). */
const sigmoid = sigmoidImport, tanh = tanhImport;

/**
 * One forward step. Each unit's gates are computed in one pass (pre-activation, activation,
 * override, blend), so every number is read and written once and σ and tanh are inlined into
 * the loop (a pass per gate block read each buffer up to three times). A forced gate takes its
 * value before anything downstream reads it (r before pre_n, n and z before the blend).
 */
function step(ctx: StepContext, t: number): void {
  const { trace, weights, hPrev, hPrevOffset: hp, scratch: rh } = ctx;
  const H = trace.config.hiddenSize;
  const G3 = 3 * H;
  const row = t * G3; // this step's row in aIh / aHh
  const u0 = t * H; // this step's row in the (T, H) buffers
  const { aIh, aHh, h } = trace;
  const preR = trace.pre.r!, preZ = trace.pre.z!, preN = trace.pre.n!;
  const r = trace.act.r!, z = trace.act.z!, n = trace.act.n!;
  const forcedR = trace.forced.r, forcedZ = trace.forced.z, forcedN = trace.forced.n;

  if (trace.config.reset === 'after') {
    affineHiddenRows(weights.wHh, H, 0, G3, hPrev, hp, weights.bHh, aHh, row);
    for (let j = 0, u = u0, a = row; j < H; j++, u++, a++) {
      const pr = aIh[a] + aHh[a];
      let rj = sigmoid(pr);
      if (forcedR !== undefined && forcedR[u] === forcedR[u]) rj = forcedR[u]; // NaN marks a free unit
      const pz = aIh[a + H] + aHh[a + H];
      let zj = sigmoid(pz);
      if (forcedZ !== undefined && forcedZ[u] === forcedZ[u]) zj = forcedZ[u];
      const pn = aIh[a + G3 - H] + rj * aHh[a + G3 - H];
      let nj = tanh(pn);
      if (forcedN !== undefined && forcedN[u] === forcedN[u]) nj = forcedN[u];
      preR[u] = pr; r[u] = rj;
      preZ[u] = pz; z[u] = zj;
      preN[u] = pn; n[u] = nj;
      h[u] = (1 - zj) * nj + zj * hPrev[hp + j];
    }
    return;
  }
  // Reset before the matmul: r ⊙ h_{t−1} goes through W_hn, so r and z come first.
  affineHiddenRows(weights.wHh, H, 0, 2 * H, hPrev, hp, weights.bHh, aHh, row);
  for (let j = 0, u = u0, a = row; j < H; j++, u++, a++) {
    const pr = aIh[a] + aHh[a];
    let rj = sigmoid(pr);
    if (forcedR !== undefined && forcedR[u] === forcedR[u]) rj = forcedR[u];
    const pz = aIh[a + H] + aHh[a + H];
    let zj = sigmoid(pz);
    if (forcedZ !== undefined && forcedZ[u] === forcedZ[u]) zj = forcedZ[u];
    preR[u] = pr; r[u] = rj;
    preZ[u] = pz; z[u] = zj;
    rh[j] = rj * hPrev[hp + j];
  }
  affineHiddenRows(weights.wHh, H, 2 * H, G3, rh, 0, weights.bHh, aHh, row + 2 * H);
  for (let j = 0, u = u0, a = row + 2 * H; j < H; j++, u++, a++) {
    const pn = aIh[a] + aHh[a];
    let nj = tanh(pn);
    if (forcedN !== undefined && forcedN[u] === forcedN[u]) nj = forcedN[u];
    preN[u] = pn; n[u] = nj;
    const zj = z[u];
    h[u] = (1 - zj) * nj + zj * hPrev[hp + j];
  }
}

function stepBackward(ctx: BackwardContext, t: number): void {
  const { trace, weights, grads, hPrev, hPrevOffset: hp, dh, dhPrev, daIh, daHh, scratch } = ctx;
  const H = trace.config.hiddenSize;
  const G3 = 3 * H;
  const row = t * G3;
  const u0 = t * H;
  const r = trace.act.r!, z = trace.act.z!, n = trace.act.n!;
  const { forced, aHh } = trace;
  const isAfter = trace.config.reset === 'after';

  const forcedR = forced.r, forcedZ = forced.z, forcedN = forced.n;

  if (isAfter) {
    // One pass per unit, as in step. A forced activation is a constant: nothing flows through it.
    for (let j = 0, u = u0, a = row; j < H; j++, u++, a++) {
      const rj = r[u], zj = z[u], nj = n[u], g = dh[j];
      // h' = (1 − z) ⊙ n + z ⊙ h
      dhPrev[j] = g * zj;
      // n = tanh(pre_n): tanh' = 1 − n²;  z = σ(pre_z): σ' = s(1 − s)
      const dPreN = forcedN !== undefined && forcedN[u] === forcedN[u] ? 0 : g * (1 - zj) * (1 - nj * nj);
      const dPreZ = forcedZ !== undefined && forcedZ[u] === forcedZ[u] ? 0 : g * (hPrev[hp + j] - nj) * zj * (1 - zj);
      // pre_n = a_ih + r ⊙ a_hh:  ∂/∂a_hh = r,  ∂/∂r = a_hh
      const dPreR = forcedR !== undefined && forcedR[u] === forcedR[u] ? 0 : dPreN * aHh[a + 2 * H] * rj * (1 - rj);
      daIh[a] = dPreR; daIh[a + H] = dPreZ; daIh[a + 2 * H] = dPreN;
      daHh[a] = dPreR; daHh[a + H] = dPreZ; daHh[a + 2 * H] = dPreN * rj; // r, z: a_hh enters as a_ih does
    }
    addTransposedRows(weights.wHh, H, 0, G3, daHh, row, dhPrev, 0);
    return;
  }
  for (let j = 0; j < H; j++) {
    const zj = z[u0 + j], nj = n[u0 + j], g = dh[j];
    dhPrev[j] = g * zj; // as above
    daIh[row + 2 * H + j] = g * (1 - zj) * (1 - nj * nj);
    daIh[row + H + j] = g * (hPrev[hp + j] - nj) * zj * (1 - zj);
  }
  zeroWhereForced(forcedN, u0, H, daIh, row + 2 * H);
  zeroWhereForced(forcedZ, u0, H, daIh, row + H);
  // pre_n = a_ih + W_hn (r ⊙ h) + b_hn. ∂L/∂(r ⊙ h) = W_hnᵀ dPreN splits into
  // ∂L/∂r = (·) ⊙ h and ∂L/∂h += (·) ⊙ r.
  const dRh = scratch;
  dRh.fill(0);
  addTransposedRows(weights.wHh, H, 2 * H, G3, daIh, row + 2 * H, dRh, 0);
  for (let j = 0; j < H; j++) {
    const rj = r[u0 + j];
    dhPrev[j] += dRh[j] * rj;
    daIh[row + j] = dRh[j] * hPrev[hp + j] * rj * (1 - rj);
  }
  zeroWhereForced(forcedR, u0, H, daIh, row);
  for (let k = 0; k < G3; k++) daHh[row + k] = daIh[row + k];
  // W_hn saw r ⊙ h_{t−1}, not h_{t−1}: its gradient is added here, step by step (see hPrevRows).
  for (let j = 0; j < H; j++) scratch[j] = r[u0 + j] * hPrev[hp + j];
  addOuterRows(grads.wHh, H, 2 * H, G3, daHh, row + 2 * H, scratch, 0);
  addTransposedRows(weights.wHh, H, 0, 2 * H, daHh, row, dhPrev, 0);
}

export const gru = {
  blocks: ['r', 'z', 'n'],
  hasCellState: false,
  microSteps: ['reset gate r', 'update gate z', 'candidate n', 'blend h'],
  step,
  stepBackward,
  hPrevRows: (config: Required<CellConfig>) => (config.reset === 'after' ? 3 : 2) * config.hiddenSize,
} as const satisfies CellSpec;
