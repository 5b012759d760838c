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
import { sigmoid as sigmoidImport, tanh as tanhImport } from './activations';
import type { BackwardContext, CellSpec, StepContext } from './cell';
import { affineHiddenRows } from './hiddenPath';
import { addTransposedRows } from './linalg';
import { forwardLstmSteps } from './lstmSteps';

/** Local bindings: called directly, not through a module object's getter (see activations.ts). */
const sigmoid = sigmoidImport, tanh = tanhImport;

/**
 * One forward step. Each unit's gates, cell and output are computed in one pass, so every
 * number is read and written once and σ and tanh are inlined into the loop (a pass per gate
 * block read each buffer up to three times). Per unit, f comes before i (the coupled cell
 * derives i from it) and a forced gate takes its value before anything downstream reads it.
 */
function step(ctx: StepContext, t: number): void {
  const { trace, weights, hPrev, hPrevOffset: hp, cPrev, cPrevOffset: cp } = ctx;
  const H = trace.config.hiddenSize;
  const G4 = 4 * H;
  const row = t * G4;
  const u0 = t * H;
  const { aIh, aHh, h, c, tanhC, forced } = trace;
  const preI = trace.pre.i!, preF = trace.pre.f!, preG = trace.pre.g!, preO = trace.pre.o!;
  const i = trace.act.i!, f = trace.act.f!, g = trace.act.g!, o = trace.act.o!;
  const forcedI = forced.i, forcedF = forced.f, forcedG = forced.g, forcedO = forced.o;
  const ablation = trace.config.ablation;
  const hasInputGate = ablation !== 'no-input-gate', isCoupled = ablation === 'coupled';
  const hasForgetGate = ablation !== 'no-forget-gate', hasOutputGate = ablation !== 'no-output-gate';
  const hasOutputTanh = ablation !== 'no-output-activation';

  affineHiddenRows(weights.wHh, H, 0, G4, hPrev, hp, weights.bHh, aHh, row);
  for (let j = 0, u = u0, a = row; j < H; j++, u++, a++) {
    const pi = aIh[a] + aHh[a];
    const pf = aIh[a + H] + aHh[a + H];
    const pg = aIh[a + 2 * H] + aHh[a + 2 * H];
    const po = aIh[a + 3 * H] + aHh[a + 3 * H];
    let fu = hasForgetGate ? sigmoid(pf) : 1;
    if (forcedF !== undefined && forcedF[u] === forcedF[u]) fu = forcedF[u]; // NaN marks a free unit
    let iu = !hasInputGate ? 1 : isCoupled ? 1 - fu : sigmoid(pi);
    if (forcedI !== undefined && forcedI[u] === forcedI[u]) iu = forcedI[u];
    let gu = tanh(pg);
    if (forcedG !== undefined && forcedG[u] === forcedG[u]) gu = forcedG[u];
    let ou = hasOutputGate ? sigmoid(po) : 1;
    if (forcedO !== undefined && forcedO[u] === forcedO[u]) ou = forcedO[u];
    const cu = fu * cPrev[cp + j] + iu * gu;
    const tc = hasOutputTanh ? tanh(cu) : cu; // no-output-activation: h' = o ⊙ c'
    preI[u] = pi; i[u] = iu;
    preF[u] = pf; f[u] = fu;
    preG[u] = pg; g[u] = gu;
    preO[u] = po; o[u] = ou;
    c[u] = cu; tanhC[u] = tc;
    h[u] = ou * tc;
  }
}

function stepBackward(ctx: BackwardContext, t: number): void {
  const { trace, weights, cPrev, cPrevOffset: cp } = ctx;
  const { dh, dc, dhPrev, dcPrev, daIh, daHh } = ctx;
  const H = trace.config.hiddenSize;
  const G4 = 4 * H;
  const row = t * G4;
  const u0 = t * H;
  const { forced, tanhC } = trace;
  const i = trace.act.i!, f = trace.act.f!, g = trace.act.g!, o = trace.act.o!;
  const ablation = trace.config.ablation;
  const isLinearOut = ablation === 'no-output-activation';
  const isCoupled = ablation === 'coupled';
  // An ablated gate is the constant 1 (or, coupled, i is f's): it has no pre-activation of its own.
  const hasPreI = ablation !== 'no-input-gate' && !isCoupled;
  const hasPreF = ablation !== 'no-forget-gate';
  const hasPreO = ablation !== 'no-output-gate';

  const forcedI = forced.i, forcedF = forced.f, forcedG = forced.g, forcedO = forced.o;

  // One pass per unit, as in step. A forced activation is a constant: nothing flows through it.
  for (let j = 0, u = u0, a = row; j < H; j++, u++, a++) {
    const iu = i[u], fu = f[u], gu = g[u], ou = o[u], tc = tanhC[u];
    const isForcedI = forcedI !== undefined && forcedI[u] === forcedI[u];
    // h' = o ⊙ tanh(c'): tanh' = 1 − tanh²  (identity when the output activation is ablated)
    const dC = dc[j] + dh[j] * ou * (isLinearOut ? 1 : 1 - tc * tc);
    // c' = f ⊙ c + i ⊙ g: first ∂L/∂ each activation
    dcPrev[j] = dC * fu;
    const dI = isForcedI ? 0 : dC * gu;
    let dF = dC * cPrev[cp + j];
    // A forced i is a constant: coupled to f (i = 1 − f), it passes nothing on to f.
    if (isCoupled) dF -= dI; // i = 1 − f: the input gate's share flows into f with a minus sign
    // then ∂L/∂ each pre-activation: σ' = s(1 − s), tanh' = 1 − t²
    const dPreI = hasPreI && !isForcedI ? dI * iu * (1 - iu) : 0;
    const dPreF = hasPreF && !(forcedF !== undefined && forcedF[u] === forcedF[u]) ? dF * fu * (1 - fu) : 0;
    const dPreG = forcedG !== undefined && forcedG[u] === forcedG[u] ? 0 : dC * iu * (1 - gu * gu);
    const dPreO = hasPreO && !(forcedO !== undefined && forcedO[u] === forcedO[u]) ? dh[j] * tc * ou * (1 - ou) : 0;
    daIh[a] = dPreI; daIh[a + H] = dPreF; daIh[a + 2 * H] = dPreG; daIh[a + 3 * H] = dPreO;
    daHh[a] = dPreI; daHh[a + H] = dPreF; daHh[a + 2 * H] = dPreG; daHh[a + 3 * H] = dPreO; // a_hh enters as a_ih does
  }
  addTransposedRows(weights.wHh, H, 0, G4, daHh, row, dhPrev, 0);
}

export const lstm = {
  blocks: ['i', 'f', 'g', 'o'],
  hasCellState: true,
  microSteps: ['forget gate f', 'input gate i', 'candidate g', 'cell c', 'output gate o', 'hidden h'],
  step,
  stepBackward,
  // Without ablations or forced gates, on WebAssembly: the same bits as step (lstmSteps.ts).
  forwardSteps: (ctx: StepContext) => forwardLstmSteps(ctx, step),
} as const satisfies CellSpec;
