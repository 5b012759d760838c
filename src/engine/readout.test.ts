import { describe, expect, test } from 'vitest';
import { LOSSES, type LossKind } from './losses';
import { createRng } from './prng';
import { createReadout, createReadoutGrads, outputSteps, readoutBackward, readoutForward, type ReadoutAt } from './readout';
import { worstGradientError } from './testing/gradcheck';

const T = 5, H = 4, O = 3;

function setup(at: ReadoutAt, kind: LossKind) {
  const rng = createRng(11);
  const readout = createReadout(H, O, at, rng);
  const h = Float64Array.from({ length: T * H }, () => rng.uniform(-1, 1)); // (T, H)
  const S = outputSteps(at, T);
  const target = kind === 'mse'
    ? Float64Array.from({ length: S * O }, () => rng.normal())
    : Float64Array.from({ length: S }, () => rng.int(O));
  const lossOf = () => {
    const y = new Float64Array(S * O);
    readoutForward(readout, h, T, y);
    return LOSSES[kind](y, target, O, S, new Float64Array(S * O));
  };
  const y = new Float64Array(S * O), dy = new Float64Array(S * O);
  readoutForward(readout, h, T, y);
  LOSSES[kind](y, target, O, S, dy);
  const grads = createReadoutGrads(readout);
  const dh = new Float64Array(T * H).fill(7); // stale numbers must be overwritten
  readoutBackward(readout, h, T, dy, grads, dh);
  return { readout, h, grads, dh, lossOf };
}

describe('the dense readout y_t = W h_t + b', () => {
  test('computes W h + b at every step, or only at the last', () => {
    const readout = createReadout(2, 1, 'every');
    readout.W.set([2, -1]);
    readout.b.set([0.5]);
    const h = Float64Array.of(1, 1, 3, 0); // (2, 2)
    const y = new Float64Array(2);
    readoutForward(readout, h, 2, y);
    expect(Array.from(y)).toEqual([1.5, 6.5]);
    const last = { ...readout, at: 'last' as const };
    const y1 = new Float64Array(1);
    readoutForward(last, h, 2, y1);
    expect(y1[0]).toBe(6.5);
  });

  for (const at of ['every', 'last'] as const) {
    for (const kind of ['mse', 'cross-entropy'] as const) {
      test(`readout at ${at} steps with ${kind}: dW, db and dh match central differences`, () => {
        const { readout, h, grads, dh, lossOf } = setup(at, kind);
        expect(worstGradientError(lossOf, readout.W, grads.W)).toBeLessThanOrEqual(1e-6);
        expect(worstGradientError(lossOf, readout.b, grads.b)).toBeLessThanOrEqual(1e-6);
        expect(worstGradientError(lossOf, h, dh)).toBeLessThanOrEqual(1e-6);
        if (at === 'last') expect(dh.subarray(0, (T - 1) * H).every((v) => v === 0)).toBe(true);
      });
    }
  }

  test('backward adds into the parameter gradients so a batch accumulates', () => {
    const { readout, h, grads } = setup('every', 'mse');
    const once = Float64Array.from(grads.W);
    const dy = new Float64Array(T * O).fill(0);
    readoutBackward(readout, h, T, dy, grads, new Float64Array(T * H));
    expect(Array.from(grads.W)).toEqual(Array.from(once));
  });

  test('the same rng seed gives the same initial readout', () => {
    const a = createReadout(8, 3, 'last', createRng(5));
    const b = createReadout(8, 3, 'last', createRng(5));
    expect(Array.from(a.W)).toEqual(Array.from(b.W));
    expect(a.W.every((v) => Math.abs(v) <= 1 / Math.sqrt(8))).toBe(true);
  });
});
