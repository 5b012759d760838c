/**
 * Gate override tests: validation messages that name the field, later overrides winning,
 * forced tables, steps before an override left bit-identical, and no leak between refills.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { blocksOf } from './cells';
import { expandOverrides, overrideProblems } from './overrides';
import { sameBits, traceBuffers } from './testing/bits';
import { randomProblem } from './testing/problems';
import type { CellConfig, GateName, GateOverride } from './types';
import { createTrace, forward, forwardInto } from './unroll';

const T = 4, H = 3;
const GRU: CellConfig = { kind: 'gru', inputSize: 2, hiddenSize: H };
const run = (config: CellConfig, overrides: GateOverride[]) => {
  const p = randomProblem(config, { steps: T, seed: 1 });
  return () => forward(p.config, p.weights, p.x, { h0: p.h0, c0: p.c0, overrides });
};

describe('invalid overrides are refused with a message naming the field', () => {
  const cases: [string, CellConfig, GateOverride, RegExp][] = [
    ['an unknown gate', GRU, { gate: 'q' as GateName, value: 0 }, /overrides\[0\]\.gate: "q"/],
    ['an lstm gate on a gru', GRU, { gate: 'f', value: 0 }, /overrides\[0\]\.gate: "f".*\(r, z, n\)/],
    ['a gru gate on an lstm', { kind: 'lstm', inputSize: 2, hiddenSize: H }, { gate: 'z', value: 0 }, /overrides\[0\]\.gate: "z".*\(i, f, g, o\)/],
    ['h on an rnn (the state itself is no gate)', { kind: 'rnn', inputSize: 2, hiddenSize: H }, { gate: 'h', value: 0 }, /overrides\[0\]\.gate: "h".*\(none\)/],
    ['h on a gru', GRU, { gate: 'h', value: 0 }, /overrides\[0\]\.gate: "h"/],
    ['t = 0 (steps are 1-based)', GRU, { gate: 'z', value: 1, t: 0 }, /overrides\[0\]\.t: .*1 to 4/],
    ['t past the last step', GRU, { gate: 'z', value: 1, t: T + 1 }, /overrides\[0\]\.t/],
    ['a fractional t', GRU, { gate: 'z', value: 1, t: 1.5 }, /overrides\[0\]\.t/],
    ['a negative unit', GRU, { gate: 'z', value: 1, unit: -1 }, /overrides\[0\]\.unit: .*0 to 2/],
    ['a unit past the last (units are 0-based)', GRU, { gate: 'z', value: 1, unit: H }, /overrides\[0\]\.unit/],
    ['a fractional unit', GRU, { gate: 'z', value: 1, unit: 0.5 }, /overrides\[0\]\.unit/],
    ['a NaN value', GRU, { gate: 'z', value: NaN }, /overrides\[0\]\.value: must be a finite number/],
    ['an infinite value', GRU, { gate: 'z', value: Infinity }, /overrides\[0\]\.value/],
    ['a −∞ value', GRU, { gate: 'n', value: -Infinity }, /overrides\[0\]\.value/],
  ];
  for (const [what, config, bad, message] of cases) {
    test(`${what} throws a RangeError`, () => {
      expect(run(config, [bad])).toThrow(RangeError);
      expect(run(config, [bad])).toThrow(message);
    });
  }

  test('every problem of every override is reported at once, with its index', () => {
    const problems = overrideProblems([
      { gate: 'z', value: 1 }, { gate: 'x' as GateName, value: NaN, t: 9, unit: 7 },
    ], blocksOf('gru'), T, H);
    expect(problems).toHaveLength(4);
    expect(problems.every((m) => m.startsWith('overrides[1].'))).toBe(true);
  });

  test('the boundaries are accepted: t = 1 and T, unit 0 and H − 1, values 0, 1 and −1', () => {
    const ok: GateOverride[] = [
      { gate: 'z', value: 0, t: 1, unit: 0 }, { gate: 'r', value: 1, t: T, unit: H - 1 }, { gate: 'n', value: -1 },
    ];
    expect(overrideProblems(ok, blocksOf('gru'), T, H)).toEqual([]);
    expect(run(GRU, ok)).not.toThrow();
  });
});

describe('overrides are applied where they say and nowhere else', () => {
  test('the forced table holds the value where forced and NaN elsewhere, for the overridden gates only', () => {
    const forced = expandOverrides([{ gate: 'z', value: 0.25, t: 2, unit: 1 }], T, H);
    expect(Object.keys(forced)).toEqual(['z']);
    forced.z!.forEach((v, k) => {
      if (k === 1 * H + 1) expect(v).toBe(0.25);
      else expect(Number.isNaN(v)).toBe(true);
    });
  });

  test('later overrides win where they overlap, in either order', () => {
    const broadThenNarrow = run(GRU, [{ gate: 'z', value: 0.2 }, { gate: 'z', value: 0.9, t: 2 }])();
    expect(Array.from(broadThenNarrow.act.z!)).toEqual(
      Array.from({ length: T * H }, (_, k) => (Math.floor(k / H) === 1 ? 0.9 : 0.2)),
    );
    const narrowThenBroad = run(GRU, [{ gate: 'z', value: 0.9, t: 2 }, { gate: 'z', value: 0.2 }])();
    expect(narrowThenBroad.act.z!.every((v) => v === 0.2)).toBe(true);
  });

  test('an override at step t leaves every buffer of the steps before t bit-identical', () => {
    const configs: CellConfig[] = [
      { kind: 'gru', inputSize: 2, hiddenSize: 3 }, { kind: 'gru', reset: 'before', inputSize: 2, hiddenSize: 3 },
      { kind: 'lstm', inputSize: 2, hiddenSize: 3 }, { kind: 'lstm', ablation: 'coupled', inputSize: 2, hiddenSize: 3 },
    ];
    fc.assert(fc.property(
      fc.constantFrom(...configs), fc.integer({ min: 1, max: 6 }), fc.nat(), fc.nat(), fc.double({ min: -1, max: 1, noNaN: true }),
      (config, steps, pickStep, pickGate, value) => {
        const p = randomProblem(config, { steps, seed: pickStep + steps });
        const t = 1 + (pickStep % steps);
        const blocks = blocksOf(config.kind);
        const override: GateOverride = { gate: blocks[pickGate % blocks.length], value, t };
        const free = forward(p.config, p.weights, p.x, { h0: p.h0, c0: p.c0 });
        const forced = forward(p.config, p.weights, p.x, { h0: p.h0, c0: p.c0, overrides: [override] });
        const freeBuffers = new Map(traceBuffers(free));
        for (const [name, buffer] of traceBuffers(forced)) {
          if (name.startsWith('forced.') || name === 'h0' || name === 'c0') continue; // not (T, ·)
          const before = buffer.length / steps * (t - 1); // rows 0..t−2: the steps before t
          if (!sameBits(buffer.subarray(0, before), freeBuffers.get(name)!.subarray(0, before))) return false;
        }
        const row = forced.act[override.gate]!.subarray((t - 1) * 3, t * 3);
        return row.every((v) => v === value); // and the step itself is forced
      },
    ), { numRuns: 100 });
  });

  test('a refilled trace forgets the previous call\'s overrides', () => {
    const p = randomProblem(GRU, { steps: T, seed: 2 });
    const trace = createTrace(GRU, T);
    forwardInto(trace, p.weights, p.x, { h0: p.h0, overrides: [{ gate: 'z', value: 1 }] });
    forwardInto(trace, p.weights, p.x, { h0: p.h0 });
    const fresh = forward(GRU, p.weights, p.x, { h0: p.h0 });
    expect(trace.forced).toEqual({});
    for (const [name, buffer] of traceBuffers(fresh)) {
      expect(sameBits(buffer, traceBuffers(trace).find(([n]) => n === name)![1]), name).toBe(true);
    }
  });
});
