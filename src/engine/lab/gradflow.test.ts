import { describe, expect, it } from 'vitest';
import { LOSSES, type LossKind } from '../losses';
import type { Model } from '../model';
import { createRng } from '../prng';
import { createReadout, outputSteps, readoutForward, type ReadoutAt } from '../readout';
import { randomArray, randomWeights } from '../testing/problems';
import type { Sample } from '../train';
import type { CellKind, LstmAblation } from '../types';
import { forward } from '../unroll';
import { gateProduct, gradientFlow } from './gradflow';

const I = 2, H = 3, T = 7;
const EPS = 1e-6;

/** A small random model and sample: mse at the last step, or cross-entropy over 3 classes at every step. */
function setup(kind: CellKind, at: ReadoutAt, seed: number, ablation: LstmAblation = 'none') {
  const rng = createRng(seed);
  const cell = { kind, inputSize: I, hiddenSize: H, reset: 'after', ablation } as const;
  const loss: LossKind = at === 'last' ? 'mse' : 'cross-entropy';
  const O = at === 'last' ? 1 : 3;
  const model: Model = { cell, weights: randomWeights(cell, rng, 0.9), readout: createReadout(H, O, at, rng) };
  const sample: Sample = {
    x: randomArray(rng, T * I, -1.5, 1.5),
    target: at === 'last' ? Float64Array.of(0.7) : Float64Array.from({ length: T }, () => rng.int(O)),
  };
  return { model, sample, loss };
}

/**
 * The loss with step t's state (1-based) replaced by (h, c) and the rest of the sequence run
 * forward from there: what ∂L/∂h_t and ∂L/∂c_t differentiate.
 */
function lossFrom(m: ReturnType<typeof setup>, t: number, h: Float64Array, c: Float64Array): number {
  const { model, sample, loss } = m;
  const full = forward(model.cell, model.weights, sample.x);
  const hs = full.h.slice(); // (T, H)
  hs.set(h, (t - 1) * H);
  if (t < T) hs.set(forward(model.cell, model.weights, sample.x.subarray(t * I), { h0: h, c0: c }).h, t * H);
  const S = outputSteps(model.readout.at, T);
  const y = new Float64Array(S * model.readout.outputSize);
  readoutForward(model.readout, hs, T, y);
  return LOSSES[loss](y, sample.target, model.readout.outputSize, S, new Float64Array(y.length));
}

function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-6 * Math.max(Math.abs(expected), 1e-3));
}

const CASES: [CellKind, ReadoutAt][] = [['rnn', 'last'], ['gru', 'last'], ['lstm', 'last'], ['gru', 'every'], ['lstm', 'every']];

describe('gradient flow against central differences of the forward pass', () => {
  for (const [kind, at] of CASES) {
    it(`${kind}, readout at ${at}: ‖∂h_T/∂x_t‖ matches differences of h_T over every input`, () => {
      const m = setup(kind, at, 11);
      const flow = gradientFlow(m.model, m.sample, m.loss);
      for (let t = 0; t < T; t++) {
        let sum = 0;
        for (let i = 0; i < I; i++) {
          const x = m.sample.x.slice();
          const at = (d: number) => {
            x[t * I + i] = m.sample.x[t * I + i] + d;
            return forward(m.model.cell, m.model.weights, x).h.slice((T - 1) * H);
          };
          const plus = at(EPS), minus = at(-EPS);
          for (let j = 0; j < H; j++) sum += ((plus[j] - minus[j]) / (2 * EPS)) ** 2;
        }
        expectClose(flow.saliency[t], Math.sqrt(sum));
      }
    });

    it(`${kind}, readout at ${at}: ‖∂L/∂h_t‖ and ‖∂h_T/∂h_t‖ match differences of the rerun sequence`, () => {
      const m = setup(kind, at, 12);
      const flow = gradientFlow(m.model, m.sample, m.loss);
      const trace = forward(m.model.cell, m.model.weights, m.sample.x);
      for (let t = 1; t <= T; t++) {
        const h = trace.h.slice((t - 1) * H, t * H), c = trace.c.slice((t - 1) * H, t * H);
        let dL = 0, dJ = 0;
        for (let j = 0; j < H; j++) {
          const hp = h.slice(), hm = h.slice();
          hp[j] += EPS;
          hm[j] -= EPS;
          dL += ((lossFrom(m, t, hp, c) - lossFrom(m, t, hm, c)) / (2 * EPS)) ** 2;
          const last = (v: Float64Array) => (t < T ? forward(m.model.cell, m.model.weights, m.sample.x.subarray(t * I), { h0: v, c0: c }).h.slice(-H) : v);
          const lp = last(hp), lm = last(hm);
          for (let k = 0; k < H; k++) dJ += ((lp[k] - lm[k]) / (2 * EPS)) ** 2;
        }
        expectClose(flow.dLdh[t - 1], Math.sqrt(dL));
        expectClose(flow.stateJacobian[t - 1], Math.sqrt(dJ));
      }
    });
  }

  for (const ablation of ['none', 'no-output-activation'] as const) {
    it(`lstm (${ablation}): ‖∂L/∂c_t‖ counts both the cell path and h_t = o_t ⊙ tanh(c_t)`, () => {
      const m = setup('lstm', 'every', 13, ablation);
      const flow = gradientFlow(m.model, m.sample, m.loss);
      const trace = forward(m.model.cell, m.model.weights, m.sample.x);
      const o = trace.act.o!;
      for (let t = 1; t <= T; t++) {
        const c = trace.c.slice((t - 1) * H, t * H);
        let sum = 0;
        for (let j = 0; j < H; j++) {
          const at = (d: number) => {
            const cd = c.slice();
            cd[j] += d;
            const hd = cd.map((v, k) => o[(t - 1) * H + k] * (ablation === 'none' ? Math.tanh(v) : v));
            return lossFrom(m, t, hd, cd);
          };
          sum += ((at(EPS) - at(-EPS)) / (2 * EPS)) ** 2;
        }
        expectClose(flow.dLdc![t - 1], Math.sqrt(sum));
      }
    });
  }
});

describe('the gated copy paths', () => {
  it('the lstm highway is the product of forget gates from the trace, unit by unit', () => {
    const m = setup('lstm', 'last', 14);
    const flow = gradientFlow(m.model, m.sample, m.loss);
    const f = forward(m.model.cell, m.model.weights, m.sample.x).act.f!;
    expect(flow.highway!.gate).toBe('f');
    for (let t = 1; t <= T; t++) {
      let mean = 0;
      for (let j = 0; j < H; j++) {
        let p = 1;
        for (let s = t + 1; s <= T; s++) p *= f[(s - 1) * H + j];
        expect(flow.highway!.perUnit[(t - 1) * H + j]).toBeCloseTo(p, 14);
        mean += p / H;
      }
      expect(flow.highway!.mean[t - 1]).toBeCloseTo(mean, 14);
    }
  });

  it('the gru highway is the product of update gates z; the tanh RNN has none', () => {
    const m = setup('gru', 'last', 15);
    const flow = gradientFlow(m.model, m.sample, m.loss);
    const z = forward(m.model.cell, m.model.weights, m.sample.x).act.z!;
    expect(flow.highway!.gate).toBe('z');
    expect(flow.highway!.perUnit[0]).toBeCloseTo(z.slice(1 * H).filter((_, k) => k % H === 0).reduce((a, v) => a * v, 1), 14);
    expect(gradientFlow(setup('rnn', 'last', 15).model, m.sample, 'mse').highway).toBeUndefined();
  });

  it('with f = σ(1) ≈ 0.73 (forget bias 1) the lstm keeps ≈ 1.6e-7 of the cell path over 50 steps', () => {
    const cell = { kind: 'lstm', inputSize: 1, hiddenSize: 2 } as const;
    const f = 1 / (1 + Math.exp(-1));
    const trace = forward(cell, randomWeights(cell, createRng(1), 0.5), new Float64Array(51), { overrides: [{ gate: 'f', value: f }] });
    const product = gateProduct(trace, 'f');
    expect(product[0]).toBeCloseTo(f ** 50, 20);
    expect(product[0]).toBeGreaterThan(1.5e-7);
    expect(product[0]).toBeLessThan(1.7e-7);
    expect(product[50 * 2]).toBe(1);
  });

  it('asking a gru for a forget-gate product is refused', () => {
    const m = setup('gru', 'last', 16);
    expect(() => gateProduct(forward(m.model.cell, m.model.weights, m.sample.x), 'f')).toThrow(RangeError);
  });
});
