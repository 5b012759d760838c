/**
 * GRU tests: backward against central differences for both reset placements, with and without
 * gate overrides, and the cell's limiting cases (LESSON.md slide 2) as fast-check properties.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cellGradientErrors, TOLERANCE } from './testing/cellgrad';
import { overrideScopes, randomProblem, type OverrideCase } from './testing/problems';
import type { GateOverride, ResetPlacement, Weights } from './types';
import { forward } from './unroll';

const RESETS: readonly ResetPlacement[] = ['after', 'before'];

const CASES: OverrideCase[] = [
  { name: 'no override', overrides: [] },
  ...overrideScopes('r', 0.35),
  ...overrideScopes('z', 0.8),
  ...overrideScopes('n', -0.45),
  {
    name: 'several overlapping overrides on different gates',
    overrides: [
      { gate: 'z', value: 0.1 }, { gate: 'r', value: 1, t: 4 },
      { gate: 'z', value: 1, t: 2, unit: 0 }, { gate: 'n', value: 0.9, t: 5 },
    ],
  },
];

describe.each(RESETS)('the gru with reset %s has exact gradients (central differences, I=3 H=4 T=5)', (reset) => {
  CASES.forEach(({ name, overrides }, k) => {
    test(`with ${name}`, () => {
      const config = { kind: 'gru', reset, inputSize: 3, hiddenSize: 4 } as const;
      const p = randomProblem(config, { steps: 5, seed: 100 + k, overrides });
      for (const [buffer, e] of Object.entries(cellGradientErrors(p))) expect(e, buffer).toBeLessThanOrEqual(TOLERANCE);
    });
  });
});

/** A random GRU problem of random size; `pick` chooses a step and a unit inside it. */
const gruProblem = fc.record({
  seed: fc.integer({ min: 0, max: 0x7fffffff }),
  inputSize: fc.integer({ min: 1, max: 4 }),
  hiddenSize: fc.integer({ min: 1, max: 5 }),
  steps: fc.integer({ min: 1, max: 6 }),
  reset: fc.constantFrom(...RESETS),
  scale: fc.double({ min: 0.05, max: 4, noNaN: true }),
  pickStep: fc.nat(),
  pickUnit: fc.option(fc.nat(), { nil: undefined }),
});
type GruCase = typeof gruProblem extends fc.Arbitrary<infer A> ? A : never;

function setUp(c: GruCase, overridesAt: (t: number, unit: number | undefined) => GateOverride[]) {
  const config = { kind: 'gru' as const, reset: c.reset, inputSize: c.inputSize, hiddenSize: c.hiddenSize };
  const p = randomProblem(config, { steps: c.steps, seed: c.seed, scale: c.scale });
  const t = 1 + (c.pickStep % c.steps);
  const unit = c.pickUnit === undefined ? undefined : c.pickUnit % c.hiddenSize;
  p.overrides = overridesAt(t, unit);
  return { p, t, unit, H: c.hiddenSize };
}

const RUNS = { numRuns: 150 };

describe('the gru limiting cases hold exactly', () => {
  test('a gru with z = 1 copies h_prev: h_t equals h_{t−1} bit for bit at the forced step and units', () => {
    fc.assert(fc.property(gruProblem, (c) => {
      const { p, t, unit, H } = setUp(c, (t, unit) => [{ gate: 'z', value: 1, t, unit }]);
      const trace = forward(p.config, p.weights, p.x, { h0: p.h0, overrides: p.overrides });
      for (let j = 0; j < H; j++) {
        if (unit !== undefined && j !== unit) continue;
        const hPrev = t === 1 ? trace.h0[j] : trace.h[(t - 2) * H + j];
        if (trace.h[(t - 1) * H + j] !== hPrev) return false;
      }
      return true;
    }), RUNS);
  });

  test('a gru with r = 0 and z = 0 ignores the past: h_t is the same for any h0 and earlier inputs', () => {
    fc.assert(fc.property(gruProblem, fc.integer({ min: 0, max: 0x7fffffff }), (c, otherSeed) => {
      const { p, t, H } = setUp(c, (t) => [{ gate: 'r', value: 0, t }, { gate: 'z', value: 0, t }]);
      const other = randomProblem(p.config, { steps: c.steps, seed: otherSeed });
      const I = c.inputSize;
      const x2 = p.x.slice();
      x2.set(other.x.subarray(0, (t - 1) * I)); // every input before step t replaced
      const a = forward(p.config, p.weights, p.x, { h0: p.h0, overrides: p.overrides });
      const b = forward(p.config, p.weights, x2, { h0: other.h0, overrides: p.overrides });
      for (let j = 0; j < H; j++) if (a.h[(t - 1) * H + j] !== b.h[(t - 1) * H + j]) return false;
      return true;
    }), RUNS);
  });

  test('without the overrides the same change of h0 does change h_t (the property above can fail)', () => {
    const p = randomProblem({ kind: 'gru', inputSize: 2, hiddenSize: 3 }, { steps: 2, seed: 9 });
    const a = forward(p.config, p.weights, p.x, { h0: p.h0 });
    const b = forward(p.config, p.weights, p.x, { h0: p.h0.map((v) => -v) });
    expect(a.h.subarray(3, 6)).not.toEqual(b.h.subarray(3, 6));
  });

  test('a gru with r = 1 and z = 0 is a plain tanh rnn with weights W_in, W_hn and biases b_in, b_hn', () => {
    fc.assert(fc.property(gruProblem, (c) => {
      const { p, H } = setUp(c, () => [{ gate: 'r', value: 1 }, { gate: 'z', value: 0 }]);
      const nRows = (w: Float64Array, width: number) => w.slice(2 * H * width, 3 * H * width);
      const I = c.inputSize;
      const rnnWeights: Weights = {
        wIh: nRows(p.weights.wIh, I), wHh: nRows(p.weights.wHh, H),
        bIh: nRows(p.weights.bIh, 1), bHh: nRows(p.weights.bHh, 1),
      };
      const gru = forward(p.config, p.weights, p.x, { h0: p.h0, overrides: p.overrides });
      const rnn = forward({ kind: 'rnn', inputSize: I, hiddenSize: H }, rnnWeights, p.x, { h0: p.h0 });
      for (let k = 0; k < gru.h.length; k++) {
        if (gru.h[k] !== rnn.h[k] || gru.pre.n![k] !== rnn.pre.h![k]) return false;
      }
      return true;
    }), RUNS);
  });

  test('a gru never leaves [−1, 1] when h0 is inside it: (1 − z) + z = 1 blends, it cannot add', () => {
    fc.assert(fc.property(gruProblem, fc.double({ min: 0, max: 1, noNaN: true }), (c, zValue) => {
      const { p } = setUp(c, (t, unit) => [{ gate: 'z', value: zValue, t, unit }]);
      const trace = forward(p.config, p.weights, p.x, { h0: p.h0, overrides: p.overrides });
      return trace.h.every((v) => v >= -1 && v <= 1);
    }), RUNS);
  });
});
