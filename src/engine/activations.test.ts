/**
 * Tests of the activations: exact saturation, finiteness for every finite input, agreement
 * with the textbook formula where that formula is safe, and the accuracy of the table-driven exp
 * (against Math.exp and Math.tanh, themselves within about an ulp: the bounds allow for that).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expNonPositive, sigmoid, tanh } from './activations';

describe('sigmoid and tanh saturate exactly and never return NaN', () => {
  test('sigmoid(±1000) is exactly 1 and 0, tanh(±1000) exactly ±1', () => {
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(tanh(1000)).toBe(1);
    expect(tanh(-1000)).toBe(-1);
  });

  test('both stay finite and in range beyond the exp overflow at ±709.78', () => {
    for (const x of [709, 710, 745, 746, 1e4, 1e300, Number.MAX_VALUE, Infinity]) {
      for (const v of [x, -x]) {
        const s = sigmoid(v), t = tanh(v);
        expect(Number.isNaN(s) || Number.isNaN(t), String(v)).toBe(false);
        expect(s >= 0 && s <= 1 && t >= -1 && t <= 1, String(v)).toBe(true);
      }
    }
    expect(sigmoid(-745)).toBeGreaterThan(0); // exp(−745) is still a subnormal, not 0
  });

  test('sigmoid(0) is exactly 1/2 and tanh(0) exactly 0', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(tanh(0)).toBe(0);
  });

  // σ(x) near 1 carries up to 1.5·2^−53 of rounding (1 + e^−x rounds by up to 2^−53, the division
  // by half an ulp of 1 more): 2^−53 failed now and then (x ≈ 8.9); 2^−52 bounds it.
  test('for any finite input sigmoid lies in [0, 1], tanh in [−1, 1], and σ(−x) = 1 − σ(x)', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      const s = sigmoid(x), t = tanh(x);
      return s >= 0 && s <= 1 && t >= -1 && t <= 1 && Math.abs(sigmoid(-x) - (1 - s)) <= 2 ** -52; // 1 + e^−x rounds (2^−53 relative), then the division: up to 2^−52 apart (x ≈ 11.83 reaches it)
    }), { numRuns: 1000 });
  });

  test('sigmoid is monotone: x ≤ y gives σ(x) ≤ σ(y)', () => {
    fc.assert(fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), (a, b) => {
      const [x, y] = a <= b ? [a, b] : [b, a];
      return sigmoid(x) <= sigmoid(y);
    }), { numRuns: 1000 });
  });

  test('sigmoid agrees with 1 / (1 + e^−x) to a few ulps where that formula is safe', () => {
    fc.assert(fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
      const naive = 1 / (1 + Math.exp(-x));
      return Math.abs(sigmoid(x) - naive) <= 4 * Number.EPSILON * naive;
    }), { numRuns: 1000 });
  });

  test('sigmoid keeps relative precision deep in the negative tail, where 1 − σ(−x) would round to 0', () => {
    expect(sigmoid(-40)).toBeCloseTo(Math.exp(-40), 30);
    expect(sigmoid(-700) / Math.exp(-700)).toBeCloseTo(1, 12);
  });
});

/** Distance from a to b in units of the last place of b. */
const ulpsOf = (a: number, b: number): number => {
  const e = Math.max(Math.floor(Math.log2(Math.abs(b))), -1022);
  return Math.abs(a - b) / 2 ** (e - 52);
};

describe('the table-driven exp behind σ and tanh', () => {
  test('e^x for x ≤ 0 is within 2 ulps of Math.exp, tail included (measured: 0.71 ulp from the true value)', () => {
    let worst = 0;
    for (let k = 0; k <= 400000; k++) {
      const x = -k / 500; // 0 … −800, past the underflow at −745
      const want = Math.exp(x);
      if (want === 0) expect(expNonPositive(x)).toBe(0);
      else worst = Math.max(worst, ulpsOf(expNonPositive(x), want));
    }
    fc.assert(fc.property(fc.double({ min: -745, max: 0, noNaN: true }), (x) => ulpsOf(expNonPositive(x), Math.exp(x)) <= 2), { numRuns: 20000 });
    expect(worst).toBeLessThanOrEqual(2);
    expect(expNonPositive(0)).toBe(1);
    expect(expNonPositive(-Infinity)).toBe(0);
    expect(Number.isNaN(expNonPositive(NaN))).toBe(true);
  });

  test('tanh is within 4 ulps of Math.tanh, relative, also near 0 (measured: 2.4 ulps from the true value), and odd', () => {
    let worst = 0;
    for (let k = -40000; k <= 40000; k++) {
      for (const x of [k / 1000, k * 1e-9, k * 1e-14]) worst = Math.max(worst, x === 0 ? 0 : ulpsOf(tanh(x), Math.tanh(x)));
    }
    expect(worst).toBeLessThanOrEqual(4);
    fc.assert(fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
      const t = Math.tanh(x);
      return (t === 0 ? tanh(x) === 0 : ulpsOf(tanh(x), t) <= 4) && tanh(-x) === -tanh(x);
    }), { numRuns: 20000 });
    expect(tanh(20)).toBe(1);
    expect(tanh(Infinity)).toBe(1);
    expect(tanh(-Infinity)).toBe(-1);
    expect(Number.isNaN(tanh(NaN))).toBe(true);
  });

  test('sigmoid is within 3 ulps of 1 / (1 + e^−x) and e^x / (1 + e^x) from Math.exp (measured: 1.85 ulps from the true value)', () => {
    let worst = 0;
    for (let k = -400000; k <= 400000; k++) {
      const x = k / 1000;
      const e = Math.exp(-Math.abs(x));
      worst = Math.max(worst, ulpsOf(sigmoid(x), (x >= 0 ? 1 : e) / (1 + e)));
    }
    expect(worst).toBeLessThanOrEqual(3);
  });
});
