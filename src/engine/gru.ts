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
import { sigmoid, tanh } from './activations';
import { forcedOr, isForced, type BackwardContext, type CellSpec, type StepContext } from './cell';
import { addOuterRows, addTransposedRows, affineRows } from './linalg';

function step(ctx: StepContext, t: number): void {
  const { trace, weights, hPrev, hPrevOffset: hp, scratch: rh } = ctx;
  const H = trace.config.hiddenSize;
  const G3 = 3 * H;
  const row = t * G3; // this step's row in aIh / aHh
  const u0 = t * H; // this step's row in the (T, H) buffers
  const { aIh, aHh, h } = trace;
  const preR = trace.pre.r!, preZ = trace.pre.z!, preN = trace.pre.n!;
  const r = trace.act.r!, z = trace.act.z!, n = trace.act.n!;
  const { forced } = trace;
  const isAfter = trace.config.reset === 'after';

  // Hidden path of r and z (and of n when the reset acts after the matmul).
  affineRows(weights.wHh, H, 0, isAfter ? G3 : 2 * H, hPrev, hp, weights.bHh, aHh, row);
  for (let j = 0; j < H; j++) {
    const pr = aIh[row + j] + aHh[row + j];
    const pz = aIh[row + H + j] + aHh[row + H + j];
    preR[u0 + j] = pr;
    preZ[u0 + j] = pz;
    r[u0 + j] = forcedOr(forced.r, u0 + j, sigmoid(pr));
    z[u0 + j] = forcedOr(forced.z, u0 + j, sigmoid(pz));
  }
  if (!isAfter) {
    // r ⊙ h_{t−1} goes through W_hn.
    for (let j = 0; j < H; j++) rh[j] = r[u0 + j] * hPrev[hp + j];
    affineRows(weights.wHh, H, 2 * H, G3, rh, 0, weights.bHh, aHh, row + 2 * H);
  }
  for (let j = 0; j < H; j++) {
    const hn = aHh[row + 2 * H + j];
    const pn = aIh[row + 2 * H + j] + (isAfter ? r[u0 + j] * hn : hn);
    preN[u0 + j] = pn;
    const nj = forcedOr(forced.n, u0 + j, tanh(pn));
    n[u0 + j] = nj;
    const zj = z[u0 + j];
    h[u0 + j] = (1 - zj) * nj + zj * hPrev[hp + j];
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

  for (let j = 0; j < H; j++) {
    const rj = r[u0 + j], zj = z[u0 + j], nj = n[u0 + j], hPrevJ = hPrev[hp + j];
    const g = dh[j];
    // h' = (1 − z) ⊙ n + z ⊙ h
    dhPrev[j] = g * zj;
    const dn = g * (1 - zj);
    const dz = g * (hPrevJ - nj);
    // n = tanh(pre_n): tanh' = 1 − n²
    const dPreN = isForced(forced.n, u0 + j) ? 0 : dn * (1 - nj * nj);
    daIh[row + 2 * H + j] = dPreN;
    let dr: number;
    if (isAfter) {
      // pre_n = a_ih + r ⊙ a_hh:  ∂/∂a_hh = r,  ∂/∂r = a_hh
      daHh[2 * H + j] = dPreN * rj;
      dr = dPreN * aHh[row + 2 * H + j];
    } else {
      daHh[2 * H + j] = dPreN; // pre_n = a_ih + W_hn (r ⊙ h) + b_hn
      dr = 0; // filled below, once Wᵀ_hn dPreN is known
    }
    const dPreZ = isForced(forced.z, u0 + j) ? 0 : dz * zj * (1 - zj); // σ' = s(1 − s)
    daIh[row + H + j] = dPreZ;
    daHh[H + j] = dPreZ;
    if (isAfter) {
      const dPreR = isForced(forced.r, u0 + j) ? 0 : dr * rj * (1 - rj);
      daIh[row + j] = dPreR;
      daHh[j] = dPreR;
    }
  }

  if (!isAfter) {
    // ∂L/∂(r ⊙ h) = W_hnᵀ dPreN; it splits into ∂L/∂r = (·) ⊙ h and ∂L/∂h += (·) ⊙ r.
    const dRh = scratch;
    dRh.fill(0);
    addTransposedRows(weights.wHh, H, 2 * H, G3, daHh, 2 * H, dRh, 0);
    for (let j = 0; j < H; j++) {
      const rj = r[u0 + j];
      dhPrev[j] += dRh[j] * rj;
      const dr = dRh[j] * hPrev[hp + j];
      const dPreR = isForced(forced.r, u0 + j) ? 0 : dr * rj * (1 - rj);
      daIh[row + j] = dPreR;
      daHh[j] = dPreR;
    }
    // W_hn saw r ⊙ h_{t−1}, rebuilt here from the trace.
    for (let j = 0; j < H; j++) scratch[j] = r[u0 + j] * hPrev[hp + j];
    addOuterRows(grads.wHh, H, 2 * H, G3, daHh, 2 * H, scratch, 0);
    addOuterRows(grads.wHh, H, 0, 2 * H, daHh, 0, hPrev, hp);
    addTransposedRows(weights.wHh, H, 0, 2 * H, daHh, 0, dhPrev, 0);
  } else {
    addOuterRows(grads.wHh, H, 0, G3, daHh, 0, hPrev, hp);
    addTransposedRows(weights.wHh, H, 0, G3, daHh, 0, dhPrev, 0);
  }
  for (let k = 0; k < G3; k++) grads.bHh[k] += daHh[k];
}

export const gru = {
  blocks: ['r', 'z', 'n'],
  hasCellState: false,
  microSteps: ['reset gate r', 'update gate z', 'candidate n', 'blend h'],
  step,
  stepBackward,
} as const satisfies CellSpec;
