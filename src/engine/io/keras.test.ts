import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { gateCount, withDefaults } from '../cells';
import type { CellConfig, ResetPlacement, Weights } from '../types';
import { forward } from '../unroll';
import { worstError } from '../testing/vectors';
import { fromKeras, toKeras, type KerasWeights } from './keras';
import { parseScenario } from './scenario';
import { traceScenario } from './traceJson';

/** Same length and the same bits in every element (−0 is not 0, as Object.is says). */
function sameBits(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (!Object.is(a[k], b[k])) return false;
  return true;
}
const sameWeights = (a: Weights, b: Weights) =>
  sameBits(a.wIh, b.wIh) && sameBits(a.wHh, b.wHh) && sameBits(a.bIh, b.bIh) && sameBits(a.bHh, b.bHh);
const flatKeras = (k: KerasWeights) => [k.kernel, k.recurrent_kernel, k.bias].flat(2) as number[];

/** Random sizes, then weights of exactly those shapes; `values` bounds the doubles. */
function cellWithWeights(kinds: CellConfig['kind'][], resets: ResetPlacement[], values: fc.DoubleConstraints = {}) {
  const doubles = (n: number) => fc.float64Array({ minLength: n, maxLength: n, noNaN: true, noDefaultInfinity: true, ...values });
  return fc
    .record({
      kind: fc.constantFrom(...kinds), reset: fc.constantFrom(...resets),
      inputSize: fc.integer({ min: 1, max: 5 }), hiddenSize: fc.integer({ min: 1, max: 5 }),
    })
    .chain((c) => {
      const config = withDefaults(c);
      const GH = gateCount(c.kind) * c.hiddenSize;
      return fc.record({
        config: fc.constant(config),
        weights: fc.record({ wIh: doubles(GH * c.inputSize), wHh: doubles(GH * c.hiddenSize), bIh: doubles(GH), bHh: doubles(GH) }),
      });
    });
}

function imported(config: CellConfig, k: KerasWeights): { weights: Weights; reset: ResetPlacement } {
  const r = fromKeras(config, k as unknown as Record<string, unknown>);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('PyTorch → Keras → PyTorch', () => {
  test('is bit-identical for a reset-after gru, whose Keras bias keeps both vectors (any finite doubles, −0 included)', () => {
    fc.assert(fc.property(cellWithWeights(['gru'], ['after']), ({ config, weights }) => {
      const back = imported(config, toKeras(config, weights));
      return back.reset === 'after' && sameWeights(back.weights, weights);
    }));
  });

  test('is bit-identical for an lstm, an rnn and a reset-before gru when bias_hh is zero', () => {
    fc.assert(fc.property(cellWithWeights(['rnn', 'gru', 'lstm'], ['before']), ({ config, weights }) => {
      const w = { ...weights, bHh: new Float64Array(weights.bHh.length) };
      const back = imported(config, toKeras(config, w));
      return back.reset === (config.kind === 'gru' ? 'before' : 'after') && sameWeights(back.weights, w);
    }));
  });

  test('folds bias_hh into bias_ih for the one-bias cells: same matrices, bias_ih = b_ih + b_hh, bias_hh = 0, same forward to rounding', () => {
    fc.assert(fc.property(
      cellWithWeights(['rnn', 'gru', 'lstm'], ['before'], { min: -3, max: 3 }),
      fc.float64Array({ minLength: 5, maxLength: 5, min: -2, max: 2, noNaN: true }),
      ({ config, weights }, x) => {
        const back = imported(config, toKeras(config, weights)).weights;
        expect(sameBits(back.wIh, weights.wIh) && sameBits(back.wHh, weights.wHh)).toBe(true);
        expect(sameBits(back.bIh, weights.bIh.map((b, k) => (weights.bHh[k] === 0 ? b : b + weights.bHh[k])))).toBe(true);
        expect(back.bHh.every((b) => b === 0)).toBe(true);
        // One step: the folded bias rounds once where the two biases round twice, a few ulps of
        // a pre-activation. Over many steps a recurrence with weights up to ±3 can amplify that
        // difference past any fixed bound (a chaotic map), which made a 15-step check flaky.
        const inputs = x.subarray(0, config.inputSize); // (1, I)
        expect(worstError(forward(config, back, inputs).h, forward(config, weights, inputs).h)).toBeLessThanOrEqual(1e-13);
        expect(worstError(forward(config, back, inputs).c, forward(config, weights, inputs).c)).toBeLessThanOrEqual(1e-13);
      },
    ));
  });

  test('still holds through JSON text, but for the sign of zero (JSON writes −0 as 0)', () => {
    fc.assert(fc.property(cellWithWeights(['gru'], ['after']), ({ config, weights }) => {
      const back = imported(config, JSON.parse(JSON.stringify(toKeras(config, weights))) as KerasWeights).weights;
      const unsigned = (a: Float64Array) => a.map((v) => (v === 0 ? 0 : v));
      return sameWeights(back, { wIh: unsigned(weights.wIh), wHh: unsigned(weights.wHh), bIh: unsigned(weights.bIh), bHh: unsigned(weights.bHh) });
    }));
  });
});

describe('Keras → PyTorch → Keras', () => {
  test('is bit-identical for every cell and both gru variants', () => {
    // |b| ≤ 1e300 so that folding two biases cannot overflow (see the next test).
    fc.assert(fc.property(cellWithWeights(['rnn', 'gru', 'lstm'], ['after', 'before'], { min: -1e300, max: 1e300 }), ({ config, weights }) => {
      const keras = toKeras(config, weights);
      const back = imported(config, keras);
      return sameBits(flatKeras(toKeras({ ...config, reset: back.reset }, back.weights)), flatKeras(keras));
    }));
  });

  test('refuses to fold biases whose sum overflows a double', () => {
    const config = { kind: 'lstm' as const, inputSize: 1, hiddenSize: 1 };
    const w: Weights = { wIh: new Float64Array(4), wHh: new Float64Array(4), bIh: new Float64Array(4).fill(1e308), bHh: new Float64Array(4).fill(1e308) };
    expect(() => toKeras(config, w)).toThrow(/overflows a double/);
  });
});

/**
 * Hand-written tiny Keras layers and their PyTorch twins, written out by hand (not by toKeras).
 * GRU: I = 1, H = 2, Keras columns z0 z1 | r0 r1 | h0 h1. LSTM: I = 2, H = 1, columns i f c o.
 */
const kerasGru = {
  kernel: [[0.1, -0.2, 0.3, 0.4, -0.5, 0.6]],
  recurrent_kernel: [[0.7, -0.1, 0.2, -0.3, 0.5, 0.1], [-0.4, 0.8, 0.1, 0.6, -0.2, 0.3]],
  biasAfter: [[0.05, -0.1, 0.2, 0, -0.3, 0.1], [0.1, 0.2, -0.05, 0.3, 0.15, -0.2]],
  biasBefore: [0.05, -0.1, 0.2, 0, -0.3, 0.1],
};
const torchGru = {
  weight_ih_l0: [[0.3], [0.4], [0.1], [-0.2], [-0.5], [0.6]], // r0 r1 z0 z1 n0 n1
  weight_hh_l0: [[0.2, 0.1], [-0.3, 0.6], [0.7, -0.4], [-0.1, 0.8], [0.5, -0.2], [0.1, 0.3]],
  bias_ih_l0: [0.2, 0, 0.05, -0.1, -0.3, 0.1],
};
const torchGruBiasHhAfter = [-0.05, 0.3, 0.1, 0.2, 0.15, -0.2]; // Keras's recurrent bias row, reordered
const kerasLstm = {
  kernel: [[0.5, -0.3, 0.8, 0.2], [-0.6, 0.4, 0.1, -0.7]],
  recurrent_kernel: [[0.9, 0.35, -0.45, 0.25]],
  bias: [0.1, 1, -0.2, 0.3],
};
const torchLstm = {
  weight_ih_l0: [[0.5, -0.6], [-0.3, 0.4], [0.8, 0.1], [0.2, -0.7]],
  weight_hh_l0: [[0.9], [0.35], [-0.45], [0.25]],
  bias_ih_l0: [0.1, 1, -0.2, 0.3],
  bias_hh_l0: [0, 0, 0, 0],
};
const gruInputs = [[1], [-0.5], [2]];
const lstmInputs = [[1, 0.5], [-1, 2], [0.3, -0.3]];

const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));
/** Σ_k v[k] · M[k][col] + b: a Keras product, vector times matrix column. */
const vecMat = (v: number[], M: number[][], col: number, b = 0) => v.reduce((s, vk, k) => s + vk * M[k][col], b);

/** Keras's own GRU equations over its own layout: z, r, h column blocks; h = z·h + (1 − z)·hh. */
function kerasGruForward(bias: number[] | number[][], inputs: number[][]): number[][] {
  const H = 2;
  const resetAfter = Array.isArray(bias[0]);
  const bIn = (resetAfter ? bias[0] : bias) as number[];
  const bRec = resetAfter ? (bias[1] as number[]) : [0, 0, 0, 0, 0, 0];
  let h = [0, 0];
  return inputs.map((x) => {
    const z = h.map((_, j) => sigmoid(vecMat(x, kerasGru.kernel, j, bIn[j]) + vecMat(h, kerasGru.recurrent_kernel, j, bRec[j])));
    const r = h.map((_, j) => sigmoid(vecMat(x, kerasGru.kernel, H + j, bIn[H + j]) + vecMat(h, kerasGru.recurrent_kernel, H + j, bRec[H + j])));
    const rh = h.map((v, j) => r[j] * v);
    const hh = h.map((_, j) => Math.tanh(vecMat(x, kerasGru.kernel, 2 * H + j, bIn[2 * H + j]) + (resetAfter
      ? r[j] * vecMat(h, kerasGru.recurrent_kernel, 2 * H + j, bRec[2 * H + j])
      : vecMat(rh, kerasGru.recurrent_kernel, 2 * H + j))));
    h = h.map((v, j) => z[j] * v + (1 - z[j]) * hh[j]);
    return h;
  });
}

/** Keras's LSTM equations over its layout: i, f, c, o column blocks. */
function kerasLstmForward(inputs: number[][]): number[][] {
  let h = [0], c = [0];
  return inputs.map((x) => {
    const a = (col: number) => vecMat(x, kerasLstm.kernel, col, kerasLstm.bias[col]) + vecMat(h, kerasLstm.recurrent_kernel, col);
    c = [sigmoid(a(1)) * c[0] + sigmoid(a(0)) * Math.tanh(a(2))];
    h = [sigmoid(a(3)) * Math.tanh(c[0])];
    return h;
  });
}

function run(json: Record<string, unknown>) {
  const r = parseScenario(json);
  if (!r.ok) throw new Error(r.error);
  return { scenario: r.scenario, out: traceScenario(r.scenario) };
}

describe('hand-written Keras layers import to the same cell as their PyTorch twins', () => {
  const common = { input_size: 1, hidden_size: 2, inputs: gruInputs };
  test('a Keras GRU with reset_after=True is a reset-after gru with both biases kept', () => {
    const keras = run({ ...common, cell: 'gru', weights: { kernel: kerasGru.kernel, recurrent_kernel: kerasGru.recurrent_kernel, bias: kerasGru.biasAfter } });
    const torch = run({ ...common, cell: 'gru', variant: 'pytorch', weights: { ...torchGru, bias_hh_l0: torchGruBiasHhAfter } });
    expect(keras.scenario.config.reset).toBe('after');
    expect(keras.scenario.weights).toEqual(torch.scenario.weights);
    expect(keras.out).toEqual(torch.out);
    expect(worstError(keras.out.h.flat(), kerasGruForward(kerasGru.biasAfter, gruInputs).flat())).toBeLessThanOrEqual(1e-15);
  });

  test('a Keras GRU with reset_after=False (one bias) is a reset-before gru', () => {
    const keras = run({ ...common, cell: 'gru', weights: { kernel: kerasGru.kernel, recurrent_kernel: kerasGru.recurrent_kernel, bias: kerasGru.biasBefore } });
    const torch = run({ ...common, cell: 'gru', variant: 'classic', weights: { ...torchGru, bias_hh_l0: [0, 0, 0, 0, 0, 0] } });
    expect(keras.scenario.config.reset).toBe('before');
    expect(keras.out).toEqual(torch.out);
    expect(worstError(keras.out.h.flat(), kerasGruForward(kerasGru.biasBefore, gruInputs).flat())).toBeLessThanOrEqual(1e-15);
  });

  test('a Keras LSTM (columns i f c o, one bias) is the PyTorch lstm with bias_hh = 0', () => {
    const common2 = { cell: 'lstm', input_size: 2, hidden_size: 1, inputs: lstmInputs };
    const keras = run({ ...common2, weights: kerasLstm });
    const torch = run({ ...common2, weights: torchLstm });
    expect(keras.out).toEqual(torch.out);
    expect(worstError(keras.out.h.flat(), kerasLstmForward(lstmInputs).flat())).toBeLessThanOrEqual(1e-15);
  });

  test('toKeras writes the PyTorch twins back as the hand-written Keras layers', () => {
    const gru = { kind: 'gru' as const, inputSize: 1, hiddenSize: 2 };
    const f = (a: number[][]) => Float64Array.from(a.flat());
    const w = { wIh: f(torchGru.weight_ih_l0), wHh: f(torchGru.weight_hh_l0), bIh: Float64Array.from(torchGru.bias_ih_l0) };
    expect(toKeras({ ...gru, reset: 'after' }, { ...w, bHh: Float64Array.from(torchGruBiasHhAfter) }))
      .toEqual({ kernel: kerasGru.kernel, recurrent_kernel: kerasGru.recurrent_kernel, bias: kerasGru.biasAfter });
    expect(toKeras({ ...gru, reset: 'before' }, { ...w, bHh: new Float64Array(6) }))
      .toEqual({ kernel: kerasGru.kernel, recurrent_kernel: kerasGru.recurrent_kernel, bias: kerasGru.biasBefore });
    const lstm = { kind: 'lstm' as const, inputSize: 2, hiddenSize: 1 };
    expect(toKeras(lstm, { wIh: f(torchLstm.weight_ih_l0), wHh: f(torchLstm.weight_hh_l0), bIh: Float64Array.from(torchLstm.bias_ih_l0), bHh: new Float64Array(4) }))
      .toEqual(kerasLstm);
  });
});
