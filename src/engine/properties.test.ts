/**
 * Engine-wide properties for every cell variant: the same seed and config give bit-identical
 * weights, traces and gradients (fresh or refilled buffers alike), and nothing becomes NaN or
 * Infinity at huge pre-activations, far past the exp overflow at ±709.78.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tanh } from './activations';
import { backward, backwardInto, createGrads, createWorkspace, zeroGrads } from './bptt';
import { blocksOf } from './cells';
import { initWeights } from './init';
import { gradBuffers, nonFinite, sameBits, traceBuffers } from './testing/bits';
import { randomArray, randomProblem, randomWeights } from './testing/problems';
import { createRng } from './prng';
import type { CellConfig, GateOverride } from './types';
import { createTrace, forward, forwardInto } from './unroll';

const VARIANTS: readonly Omit<CellConfig, 'inputSize' | 'hiddenSize'>[] = [
  { kind: 'rnn' }, { kind: 'gru', reset: 'after' }, { kind: 'gru', reset: 'before' },
  ...(['none', 'no-input-gate', 'no-forget-gate', 'no-output-gate', 'coupled', 'no-output-activation'] as const)
    .map((ablation) => ({ kind: 'lstm' as const, ablation })),
];

const cellCase = fc.record({
  variant: fc.constantFrom(...VARIANTS),
  inputSize: fc.integer({ min: 1, max: 4 }),
  hiddenSize: fc.integer({ min: 1, max: 6 }),
  steps: fc.integer({ min: 1, max: 6 }),
  seed: fc.integer({ min: -0x80000000, max: 0x7fffffff }),
});
type CellCase = typeof cellCase extends fc.Arbitrary<infer A> ? A : never;
const configOf = (c: CellCase): CellConfig => ({ ...c.variant, inputSize: c.inputSize, hiddenSize: c.hiddenSize });

const allSame = (a: [string, Float64Array][], b: [string, Float64Array][]) =>
  a.length === b.length && a.every(([name, buffer], k) => b[k][0] === name && sameBits(buffer, b[k][1]));

describe('the same seed and config give bit-identical numbers', () => {
  test('initWeights: same seed, same bytes; another seed, other bytes', () => {
    fc.assert(fc.property(cellCase, (c) => {
      const [a, b, other] = [c.seed, c.seed, c.seed ^ 1].map((s) => initWeights(configOf(c), s, { forgetBias: 1 }));
      const same = (['wIh', 'wHh', 'bIh', 'bHh'] as const).every((k) => sameBits(a[k], b[k]));
      return same && !sameBits(a.wHh, other.wHh);
    }), { numRuns: 100 });
  });

  test('forward and backward twice, and a refill of used buffers, give the same bytes everywhere', () => {
    fc.assert(fc.property(cellCase, (c) => {
      const config = configOf(c);
      const p = randomProblem(config, { steps: c.steps, seed: c.seed });
      const gates = blocksOf(config.kind).filter((g) => g !== 'h');
      const overrides: GateOverride[] = gates.length > 0 ? [{ gate: gates[0], value: 0.5, t: 1 }] : [];
      const opts = { h0: p.h0, c0: p.c0, overrides };
      const loss = { dh: p.wh, dc: p.wc };
      const a = forward(config, p.weights, p.x, opts);
      const b = forward(config, p.weights, p.x, opts);
      // A trace and gradient buffers that already hold another problem's numbers.
      const reused = createTrace(config, c.steps);
      const q = randomProblem(config, { steps: c.steps, seed: c.seed + 1 });
      forwardInto(reused, q.weights, q.x, { h0: q.h0, c0: q.c0 });
      const grads = createGrads(config, c.steps), work = createWorkspace(config, c.steps);
      backwardInto(reused, q.weights, { dh: q.wh, dc: q.wc }, grads, work);
      forwardInto(reused, p.weights, p.x, opts);
      zeroGrads(grads);
      backwardInto(reused, p.weights, loss, grads, work);
      const ga = gradBuffers(backward(a, p.weights, loss));
      return allSame(traceBuffers(a), traceBuffers(b)) && allSame(traceBuffers(a), traceBuffers(reused))
        && allSame(ga, gradBuffers(backward(b, p.weights, loss))) && allSame(ga, gradBuffers(grads));
    }), { numRuns: 100 });
  });

  test('backwardInto accumulates weight gradients over calls but overwrites x, h0 and c0', () => {
    const config: CellConfig = { kind: 'lstm', inputSize: 3, hiddenSize: 4 };
    const p = randomProblem(config, { steps: 5, seed: 12 });
    const trace = forward(config, p.weights, p.x, { h0: p.h0, c0: p.c0 });
    const once = backward(trace, p.weights, { dh: p.wh, dc: p.wc });
    const grads = createGrads(config, 5), work = createWorkspace(config, 5);
    backwardInto(trace, p.weights, { dh: p.wh, dc: p.wc }, grads, work);
    backwardInto(trace, p.weights, { dh: p.wh, dc: p.wc }, grads, work);
    for (const k of ['wIh', 'wHh', 'bIh', 'bHh'] as const) {
      grads[k].forEach((v, j) => expect(v, k).toBeCloseTo(2 * once[k][j], 14)); // summed in another order
    }
    for (const k of ['x', 'h0', 'c0'] as const) expect(sameBits(grads[k], once[k]), k).toBe(true);
  });
});

describe('no NaN or Infinity at huge pre-activations, for every cell', () => {
  test('weights and inputs giving |pre-activation| from 1e3 to 1e12 leave every trace and gradient buffer finite', () => {
    fc.assert(fc.property(cellCase, fc.double({ min: 3, max: 12, noNaN: true }), fc.boolean(), (c, exponent, viaInputs) => {
      const config = configOf(c);
      const rng = createRng(c.seed);
      // Either the weights or the inputs carry the huge scale.
      const big = 10 ** exponent;
      const weights = randomWeights(config, rng, viaInputs ? 1 : big);
      const x = randomArray(rng, c.steps * c.inputSize, viaInputs ? -big : -1, viaInputs ? big : 1);
      const h0 = randomArray(rng, c.hiddenSize, -1, 1), c0 = randomArray(rng, c.hiddenSize, -1, 1);
      // One bias ten times larger than everything else can add up to (|h| ≤ 1 + T even with
      // h = o·c), so at least the first block's unit 0 sits beyond ±710 at every step.
      weights.bIh[0] = (rng.next() < 0.5 ? -10 : 10) * big * (c.inputSize + c.hiddenSize * (1 + c.steps) + 2);
      const trace = forward(config, weights, x, { h0, c0 });
      const dh = randomArray(rng, c.steps * c.hiddenSize, -1, 1), dc = randomArray(rng, c.steps * c.hiddenSize, -1, 1);
      const grads = backward(trace, weights, { dh, dc });
      const bad = [...nonFinite(traceBuffers(trace)), ...nonFinite(gradBuffers(grads))];
      const reached = Object.values(trace.pre).some((pre) => pre!.some((v) => Math.abs(v) > 710));
      return bad.length === 0 && reached;
    }), { numRuns: 200 });
  });

  test('the gates saturate to exactly 0 and 1 at ±1000', () => {
    const config: CellConfig = { kind: 'lstm', inputSize: 1, hiddenSize: 2 };
    const weights = randomWeights(config, createRng(1), 0);
    weights.wIh.set([1000, -1000, 1000, -1000, 1000, -1000, 1000, -1000]); // (4·2, 1)
    const trace = forward(config, weights, Float64Array.of(1));
    expect(Array.from(trace.act.i!)).toEqual([1, 0]);
    expect(Array.from(trace.act.g!)).toEqual([1, -1]);
    expect(Array.from(trace.h)).toEqual([tanh(1), 0]); // the engine's own tanh: Math.tanh differs between engines
  });
});
