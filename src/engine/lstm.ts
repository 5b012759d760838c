/**
 * LSTM cell (PyTorch convention), forward and backward side by side, with the gate
 * ablations of Greff et al. 2017. Imports engine files only.
 *
 *   i = σ(W_ii x + b_ii + W_hi h + b_hi)      input gate: how much of the candidate to write
 *   f = σ(W_if x + b_if + W_hf h + b_hf)      forget gate: how much of c_{t−1} to keep
 *   g = tanh(W_ig x + b_ig + W_hg h + b_hg)   candidate
 *   o = σ(W_io x + b_io + W_ho h + b_ho)      output gate: how much of the cell to expose
 *   c' = f ⊙ c + i ⊙ g
 *   h' = o ⊙ tanh(c')
 *
 * Ablations (the weights keep all four blocks; an unused block gets zero gradient):
 *   no-input-gate i ≡ 1 · no-forget-gate f ≡ 1 · no-output-gate o ≡ 1 ·
 *   coupled i = 1 − f · no-output-activation h' = o ⊙ c' (tanhC then holds c' itself).
 * Blocks in storage order: i | f | g | o.
 */
import { sigmoid, tanh } from './activations';
import { forcedOr, isForced, type BackwardContext, type CellSpec, type StepContext } from './cell';
import { addOuterRows, addTransposedRows, affineRows } from './linalg';

function step(ctx: StepContext, t: number): void {
  const { trace, weights, hPrev, hPrevOffset: hp, cPrev, cPrevOffset: cp } = ctx;
  const H = trace.config.hiddenSize;
  const G4 = 4 * H;
  const row = t * G4;
  const u0 = t * H;
  const { aIh, aHh, h, c, tanhC, forced, pre, act } = trace;
  const ablation = trace.config.ablation;

  affineRows(weights.wHh, H, 0, G4, hPrev, hp, weights.bHh, aHh, row);
  for (let j = 0; j < H; j++) {
    const u = u0 + j;
    const pi = aIh[row + j] + aHh[row + j];
    const pf = aIh[row + H + j] + aHh[row + H + j];
    const pg = aIh[row + 2 * H + j] + aHh[row + 2 * H + j];
    const po = aIh[row + 3 * H + j] + aHh[row + 3 * H + j];
    pre.i![u] = pi;
    pre.f![u] = pf;
    pre.g![u] = pg;
    pre.o![u] = po;
    const fj = forcedOr(forced.f, u, ablation === 'no-forget-gate' ? 1 : sigmoid(pf));
    const ij = forcedOr(
      forced.i, u,
      ablation === 'no-input-gate' ? 1 : ablation === 'coupled' ? 1 - fj : sigmoid(pi),
    );
    const gj = forcedOr(forced.g, u, tanh(pg));
    const oj = forcedOr(forced.o, u, ablation === 'no-output-gate' ? 1 : sigmoid(po));
    act.i![u] = ij;
    act.f![u] = fj;
    act.g![u] = gj;
    act.o![u] = oj;
    const cj = fj * cPrev[cp + j] + ij * gj;
    c[u] = cj;
    const tc = ablation === 'no-output-activation' ? cj : tanh(cj);
    tanhC[u] = tc;
    h[u] = oj * tc;
  }
}

function stepBackward(ctx: BackwardContext, t: number): void {
  const { trace, weights, grads, hPrev, hPrevOffset: hp, cPrev, cPrevOffset: cp } = ctx;
  const { dh, dc, dhPrev, dcPrev, daIh, daHh } = ctx;
  const H = trace.config.hiddenSize;
  const G4 = 4 * H;
  const row = t * G4;
  const u0 = t * H;
  const { forced, act, tanhC } = trace;
  const ablation = trace.config.ablation;
  const isLinearOut = ablation === 'no-output-activation';

  for (let j = 0; j < H; j++) {
    const u = u0 + j;
    const ij = act.i![u], fj = act.f![u], gj = act.g![u], oj = act.o![u], tc = tanhC[u];
    // h' = o ⊙ tanh(c'): tanh' = 1 − tanh²  (identity when the output activation is ablated)
    const dO = dh[j] * tc;
    const dC = dc[j] + dh[j] * oj * (isLinearOut ? 1 : 1 - tc * tc);
    // c' = f ⊙ c + i ⊙ g
    dcPrev[j] = dC * fj;
    let dF = dC * cPrev[cp + j];
    const dI = dC * gj;
    const dG = dC * ij;
    // coupled: i = 1 − f, so the input gate's share flows into f with a minus sign.
    if (ablation === 'coupled' && !isForced(forced.i, u)) dF -= dI;
    const isFreeI = ablation !== 'no-input-gate' && ablation !== 'coupled' && !isForced(forced.i, u);
    const isFreeF = ablation !== 'no-forget-gate' && !isForced(forced.f, u);
    const isFreeO = ablation !== 'no-output-gate' && !isForced(forced.o, u);
    // σ' = s(1 − s), tanh' = 1 − t²
    const dPreI = isFreeI ? dI * ij * (1 - ij) : 0;
    const dPreF = isFreeF ? dF * fj * (1 - fj) : 0;
    const dPreG = isForced(forced.g, u) ? 0 : dG * (1 - gj * gj);
    const dPreO = isFreeO ? dO * oj * (1 - oj) : 0;
    daHh[j] = daIh[row + j] = dPreI;
    daHh[H + j] = daIh[row + H + j] = dPreF;
    daHh[2 * H + j] = daIh[row + 2 * H + j] = dPreG;
    daHh[3 * H + j] = daIh[row + 3 * H + j] = dPreO;
  }
  addOuterRows(grads.wHh, H, 0, G4, daHh, 0, hPrev, hp);
  addTransposedRows(weights.wHh, H, 0, G4, daHh, 0, dhPrev, 0);
  for (let k = 0; k < G4; k++) grads.bHh[k] += daHh[k];
}

export const lstm = {
  blocks: ['i', 'f', 'g', 'o'],
  hasCellState: true,
  microSteps: ['forget gate f', 'input gate i', 'candidate g', 'cell c', 'output gate o', 'hidden h'],
  step,
  stepBackward,
} as const satisfies CellSpec;
