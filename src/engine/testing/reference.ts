/**
 * Test support: a second, deliberately plain float64 implementation of the three cells, forward
 * and backward (for L = Σ_t Σ_units h_t), over nested arrays in the conformance vectors' layout.
 * Written from the equations in the conformance README and sharing no code with the engine (it
 * imports nothing), so agreement between the two is evidence rather than an echo.
 * Used by tests only.
 */

export type Matrix = number[][];

/** The part of a scenario / vector file this reference reads (PyTorch layout). */
export interface RefCase {
  cell: 'rnn' | 'gru' | 'lstm';
  variant?: 'pytorch' | 'classic' | null;
  weights: { weight_ih_l0: Matrix; weight_hh_l0: Matrix; bias_ih_l0: number[]; bias_hh_l0: number[] };
  inputs: Matrix; // [T][I]
  h0?: number[] | null; // [H]
  c0?: number[] | null; // [H]
}

/** Forward numbers keyed like the vectors' `expected` (pre under `pre`), gradients like `grad`. */
export interface RefResult {
  states: Record<string, Matrix>; // h, c, gate activations: each [T][H]
  pre: Record<string, Matrix>;
  grad: Record<string, Matrix | number[]>;
}

/** σ(x) = (1 + tanh(x/2)) / 2: the same function as 1/(1 + e^−x), and tanh never overflows. */
const sigmoid = (x: number): number => 0.5 * (1 + Math.tanh(0.5 * x));

/** Row `row` of W times v, plus b[row], summed left to right. */
function affine(W: Matrix, b: number[], row: number, v: number[]): number {
  let s = 0;
  for (let k = 0; k < v.length; k++) s += W[row][k] * v[k];
  return s + b[row];
}

const zerosLike = (m: Matrix): Matrix => m.map((row) => row.map(() => 0));

/** Runs one case forward and backward. */
export function reference(c: RefCase): RefResult {
  const { weight_ih_l0: Wi, weight_hh_l0: Wh, bias_ih_l0: bi, bias_hh_l0: bh } = c.weights;
  const T = c.inputs.length;
  const H = Wh[0].length;
  const G = Wh.length / H;
  const isClassic = c.cell === 'gru' && c.variant === 'classic';
  const h0 = c.h0 ?? new Array<number>(H).fill(0);
  const c0 = c.c0 ?? new Array<number>(H).fill(0);
  const names = c.cell === 'rnn' ? ['h'] : c.cell === 'gru' ? ['r', 'z', 'n'] : ['i', 'f', 'g', 'o'];
  const act: Record<string, Matrix> = Object.fromEntries(names.map((n) => [n, [] as Matrix]));
  const pre: Record<string, Matrix> = {};
  const hs: Matrix = [], cs: Matrix = [];
  const nh: Matrix = []; // gru: W_hn h + b_hn, or W_hn (r ⊙ h) + b_hn (classic), per step

  // ---- forward ----
  for (let t = 0; t < T; t++) {
    const x = c.inputs[t];
    const hp = t === 0 ? h0 : hs[t - 1];
    const cp = t === 0 ? c0 : cs[t - 1];
    const a = (g: number, j: number) => affine(Wi, bi, g * H + j, x) + affine(Wh, bh, g * H + j, hp);
    if (c.cell === 'rnn') {
      const p = hp.map((_, j) => a(0, j));
      (pre.pre ??= []).push(p);
      hs.push(p.map(Math.tanh));
    } else if (c.cell === 'gru') {
      const pr = hp.map((_, j) => a(0, j));
      const pz = hp.map((_, j) => a(1, j));
      const r = pr.map(sigmoid), z = pz.map(sigmoid);
      const nx = hp.map((_, j) => affine(Wi, bi, 2 * H + j, x));
      const rh = hp.map((v, j) => r[j] * v);
      const nhT = hp.map((_, j) => affine(Wh, bh, 2 * H + j, isClassic ? rh : hp));
      // classic: n = tanh(W_in x + b_in + W_hn (r ⊙ h) + b_hn) · pytorch: n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))
      const n = nx.map((v, j) => Math.tanh(isClassic ? v + nhT[j] : v + r[j] * nhT[j]));
      (pre.pre_r ??= []).push(pr); (pre.pre_z ??= []).push(pz);
      // pre_n_h is the hidden term as it enters the candidate: pre_n = pre_n_x + pre_n_h.
      (pre.pre_n_x ??= []).push(nx); (pre.pre_n_h ??= []).push(isClassic ? nhT : nhT.map((v, j) => r[j] * v));
      act.r.push(r); act.z.push(z); act.n.push(n); nh.push(nhT);
      hs.push(n.map((nj, j) => (1 - z[j]) * nj + z[j] * hp[j])); // z ≈ 1 keeps the old state
    } else {
      const p = [0, 1, 2, 3].map((g) => hp.map((_, j) => a(g, j)));
      const [i, f, o] = [p[0].map(sigmoid), p[1].map(sigmoid), p[3].map(sigmoid)];
      const g = p[2].map(Math.tanh);
      ['pre_i', 'pre_f', 'pre_g', 'pre_o'].forEach((k, q) => (pre[k] ??= []).push(p[q]));
      act.i.push(i); act.f.push(f); act.g.push(g); act.o.push(o);
      const cNew = cp.map((v, j) => f[j] * v + i[j] * g[j]);
      cs.push(cNew);
      hs.push(cNew.map((v, j) => o[j] * Math.tanh(v)));
    }
  }

  // ---- backward, L = Σ h ----
  const dWi = zerosLike(Wi), dWh = zerosLike(Wh);
  const dbi = bi.map(() => 0), dbh = bh.map(() => 0);
  const dx = zerosLike(c.inputs);
  let dhNext = new Array<number>(H).fill(0); // ∂L/∂h_t arriving from step t+1
  let dcNext = new Array<number>(H).fill(0);
  for (let t = T - 1; t >= 0; t--) {
    const x = c.inputs[t];
    const hp = t === 0 ? h0 : hs[t - 1];
    const cp = t === 0 ? c0 : cs[t - 1];
    const dh = dhNext.map((v) => v + 1);
    const dIn = new Array<number>(G * H).fill(0); // ∂L/∂(W_ih x + b_ih), per row
    const dHid = new Array<number>(G * H).fill(0); // ∂L/∂(W_hh v + b_hh), per row
    const dhp = new Array<number>(H).fill(0);
    const dcp = new Array<number>(H).fill(0);
    let hidInput: (row: number) => number[] = () => hp;
    if (c.cell === 'rnn') {
      for (let j = 0; j < H; j++) dIn[j] = dHid[j] = dh[j] * (1 - hs[t][j] ** 2);
    } else if (c.cell === 'gru') {
      const r = act.r[t], z = act.z[t], n = act.n[t];
      const dan = hp.map((_, j) => dh[j] * (1 - z[j]) * (1 - n[j] ** 2));
      for (let j = 0; j < H; j++) {
        dhp[j] += dh[j] * z[j];
        dIn[H + j] = dHid[H + j] = dh[j] * (hp[j] - n[j]) * z[j] * (1 - z[j]);
        dIn[2 * H + j] = dan[j];
        dHid[2 * H + j] = isClassic ? dan[j] : dan[j] * r[j];
      }
      // ∂L/∂r: through r ⊙ nh (pytorch) or through W_hn (r ⊙ h) (classic)
      const dr = hp.map((_, k) => {
        if (!isClassic) return dan[k] * nh[t][k];
        let s = 0;
        for (let j = 0; j < H; j++) s += Wh[2 * H + j][k] * dan[j];
        dhp[k] += s * r[k];
        return s * hp[k];
      });
      for (let j = 0; j < H; j++) dIn[j] = dHid[j] = dr[j] * r[j] * (1 - r[j]);
      if (isClassic) {
        const rh = hp.map((v, k) => r[k] * v);
        hidInput = (row) => (row >= 2 * H ? rh : hp);
      }
    } else {
      const i = act.i[t], f = act.f[t], g = act.g[t], o = act.o[t], cNow = cs[t];
      for (let j = 0; j < H; j++) {
        const tc = Math.tanh(cNow[j]);
        const dc = dcNext[j] + dh[j] * o[j] * (1 - tc * tc);
        dcp[j] = dc * f[j];
        dIn[j] = dc * g[j] * i[j] * (1 - i[j]);
        dIn[H + j] = dc * cp[j] * f[j] * (1 - f[j]);
        dIn[2 * H + j] = dc * i[j] * (1 - g[j] ** 2);
        dIn[3 * H + j] = dh[j] * tc * o[j] * (1 - o[j]);
      }
      for (let q = 0; q < G * H; q++) dHid[q] = dIn[q];
    }
    for (let row = 0; row < G * H; row++) {
      const v = hidInput(row);
      for (let k = 0; k < x.length; k++) {
        dWi[row][k] += dIn[row] * x[k];
        dx[t][k] += Wi[row][k] * dIn[row];
      }
      for (let k = 0; k < H; k++) dWh[row][k] += dHid[row] * v[k];
      dbi[row] += dIn[row];
      dbh[row] += dHid[row];
      if (v === hp) for (let k = 0; k < H; k++) dhp[k] += Wh[row][k] * dHid[row];
    }
    dhNext = dhp;
    dcNext = dcp;
  }

  const states: Record<string, Matrix> = { h: hs };
  if (c.cell === 'lstm') states.c = cs;
  if (c.cell !== 'rnn') Object.assign(states, act);
  const grad: Record<string, Matrix | number[]> = {
    d_weight_ih_l0: dWi, d_weight_hh_l0: dWh, d_bias_ih_l0: dbi, d_bias_hh_l0: dbh, d_inputs: dx, d_h0: dhNext,
  };
  if (c.cell === 'lstm') grad.d_c0 = dcNext;
  return { states, pre, grad };
}
