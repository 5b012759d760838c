/**
 * LSTM tests: backward against central differences for the full cell and every ablation, with
 * and without gate overrides, with a loss on c_t as well as h_t; what each ablation fixes; and
 * the cell's limiting cases (LESSON.md slides 3–4) as fast-check properties.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tanh } from './activations';
import { backward } from './bptt';
import { cellGradientErrors, TOLERANCE } from './testing/cellgrad';
import { overrideScopes, randomProblem, type OverrideCase } from './testing/problems';
import type { LstmAblation } from './types';
import { forward } from './unroll';

const ABLATIONS: readonly LstmAblation[] = [
  'none', 'no-input-gate', 'no-forget-gate', 'no-output-gate', 'coupled', 'no-output-activation',
];

const CASES: OverrideCase[] = [
  { name: 'no override', overrides: [] },
  ...overrideScopes('i', 0.6),
  ...overrideScopes('f', 0.95),
  ...overrideScopes('g', -0.4),
  ...overrideScopes('o', 0.25),
  {
    name: 'several overlapping overrides on different gates',
    overrides: [
      { gate: 'f', value: 1 }, { gate: 'i', value: 0, t: 2 }, { gate: 'g', value: 0.7, unit: 3 },
      { gate: 'f', value: 0.2, t: 4, unit: 1 }, { gate: 'o', value: 0, t: 5 },
    ],
  },
];

describe.each(ABLATIONS)('the lstm (ablation %s) has exact gradients for a loss on h and c (I=3 H=4 T=5)', (ablation) => {
  CASES.forEach(({ name, overrides }, k) => {
    test(`with ${name}`, () => {
      const config = { kind: 'lstm', ablation, inputSize: 3, hiddenSize: 4 } as const;
      const p = randomProblem(config, { steps: 5, seed: 200 + k, overrides });
      for (const [buffer, e] of Object.entries(cellGradientErrors(p))) expect(e, buffer).toBeLessThanOrEqual(TOLERANCE);
    });
  });
});

/** Rows of the gate each ablation fixes (blocks i | f | g | o); `coupled` ties i to f. */
const FIXED_BLOCK: Partial<Record<LstmAblation, number>> = {
  'no-input-gate': 0, 'coupled': 0, 'no-forget-gate': 1, 'no-output-gate': 3,
};

describe('each lstm ablation is the cell it names', () => {
  const H = 4;
  const problem = (ablation: LstmAblation) =>
    randomProblem({ kind: 'lstm', ablation, inputSize: 3, hiddenSize: H }, { steps: 6, seed: 31 });

  test('no-input-gate, no-forget-gate and no-output-gate hold their gate at exactly 1', () => {
    for (const [ablation, gate] of [['no-input-gate', 'i'], ['no-forget-gate', 'f'], ['no-output-gate', 'o']] as const) {
      const p = problem(ablation);
      const trace = forward(p.config, p.weights, p.x, { h0: p.h0, c0: p.c0 });
      expect(trace.act[gate]!.every((v) => v === 1), ablation).toBe(true);
    }
  });

  test('coupled writes exactly what it forgets: i = 1 − f', () => {
    const p = problem('coupled');
    const trace = forward(p.config, p.weights, p.x, { h0: p.h0, c0: p.c0 });
    expect(trace.act.i!.every((v, k) => v === 1 - trace.act.f![k])).toBe(true);
  });

  test('no-output-activation exposes the cell linearly: h = o ⊙ c', () => {
    const p = problem('no-output-activation');
    const trace = forward(p.config, p.weights, p.x, { h0: p.h0, c0: p.c0 });
    expect(trace.h.every((v, k) => v === trace.act.o![k] * trace.c[k])).toBe(true);
    expect(trace.tanhC).toEqual(trace.c);
  });

  test.each(Object.entries(FIXED_BLOCK))('%s gives the unused gate block exactly zero gradient', (ablation, block) => {
    const p = problem(ablation as LstmAblation);
    const trace = forward(p.config, p.weights, p.x, { h0: p.h0, c0: p.c0 });
    const grads = backward(trace, p.weights, { dh: p.wh, dc: p.wc });
    const rows = (g: Float64Array, width: number) => g.subarray(block * H * width, (block + 1) * H * width);
    for (const [g, width] of [[grads.wIh, 3], [grads.wHh, H], [grads.bIh, 1], [grads.bHh, 1]] as const) {
      expect(rows(g, width).every((v) => v === 0)).toBe(true);
    }
    expect(grads.bIh.some((v) => v !== 0)).toBe(true); // the other blocks do learn
  });
});

const lstmProblem = fc.record({
  seed: fc.integer({ min: 0, max: 0x7fffffff }),
  inputSize: fc.integer({ min: 1, max: 4 }),
  hiddenSize: fc.integer({ min: 1, max: 5 }),
  steps: fc.integer({ min: 1, max: 6 }),
  ablation: fc.constantFrom(...ABLATIONS),
  scale: fc.double({ min: 0.05, max: 4, noNaN: true }),
  pickStep: fc.option(fc.nat(), { nil: undefined }),
  pickUnit: fc.option(fc.nat(), { nil: undefined }),
});

describe('the lstm limiting cases hold exactly', () => {
  test('an lstm with f = 1 and i = 0 copies c_prev bit for bit, in every ablation', () => {
    fc.assert(fc.property(lstmProblem, (c) => {
      const H = c.hiddenSize;
      const config = { kind: 'lstm' as const, ablation: c.ablation, inputSize: c.inputSize, hiddenSize: H };
      const p = randomProblem(config, { steps: c.steps, seed: c.seed, scale: c.scale });
      const t = c.pickStep === undefined ? undefined : 1 + (c.pickStep % c.steps);
      const unit = c.pickUnit === undefined ? undefined : c.pickUnit % H;
      const overrides = [{ gate: 'f' as const, value: 1, t, unit }, { gate: 'i' as const, value: 0, t, unit }];
      const trace = forward(p.config, p.weights, p.x, { h0: p.h0, c0: p.c0, overrides });
      for (let s = 1; s <= c.steps; s++) {
        if (t !== undefined && s !== t) continue;
        for (let j = 0; j < H; j++) {
          if (unit !== undefined && j !== unit) continue;
          const cPrev = s === 1 ? trace.c0[j] : trace.c[(s - 2) * H + j];
          if (trace.c[(s - 1) * H + j] !== cPrev) return false;
        }
      }
      return true;
    }), { numRuns: 150 });
  });

  test('an lstm stores a value at t = 3, keeps it silent and reveals it at t = 20 (f = 1, i spike, o = 0)', () => {
    const p = randomProblem({ kind: 'lstm', inputSize: 2, hiddenSize: 3 }, { steps: 20, seed: 5 });
    const overrides = [
      { gate: 'f' as const, value: 1 }, { gate: 'i' as const, value: 0 }, { gate: 'i' as const, value: 1, t: 3 },
      { gate: 'o' as const, value: 0 }, { gate: 'o' as const, value: 1, t: 20 },
    ];
    const trace = forward(p.config, p.weights, p.x, { h0: p.h0, overrides }); // c0 = 0
    const H = 3;
    const stored = trace.act.g!.slice(2 * H, 3 * H); // g_3
    for (let t = 3; t <= 20; t++) expect(trace.c.slice((t - 1) * H, t * H)).toEqual(stored);
    expect(trace.h.subarray(0, 19 * H).every((v) => v === 0)).toBe(true);
    expect(Array.from(trace.h.subarray(19 * H))).toEqual(Array.from(stored, tanh));
  });

  test('an lstm can keep all of c and write all of g in one step (f = i = 1); its cell then grows past 1', () => {
    const p = randomProblem({ kind: 'lstm', inputSize: 2, hiddenSize: 3 }, { steps: 5, seed: 8 });
    const overrides = [{ gate: 'f' as const, value: 1 }, { gate: 'i' as const, value: 1 }, { gate: 'g' as const, value: 0.9 }];
    const trace = forward(p.config, p.weights, p.x, { h0: p.h0, overrides }); // c0 = 0
    expect(Array.from(trace.c.subarray(12))).toEqual([0.9, 0.9, 0.9].map((g) => 5 * g).map((v) => expect.closeTo(v, 12)));
    expect(trace.h.every((v) => Math.abs(v) < 1)).toBe(true); // h = o·tanh(c) stays bounded
  });
});
