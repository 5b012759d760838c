import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exp, log, powInt } from './portableMath';

/** Distance in units in the last place. */
function ulps(a: number, b: number): number {
  if (a === b) return 0;
  const buf = new Float64Array([a, b]);
  const bits = new BigInt64Array(buf.buffer);
  const d = bits[0] - bits[1];
  return Number(d < 0n ? -d : d);
}

describe('portable exp and log', () => {
  test('agree with Math.exp and Math.log within one ulp across their range', () => {
    fc.assert(fc.property(fc.double({ min: -745, max: 709.78, noNaN: true }), (x) => ulps(exp(x), Math.exp(x)) <= 1), { numRuns: 20000 });
    fc.assert(fc.property(fc.double({ min: 4.9e-324, max: 1.7e308, noNaN: true }), (x) => ulps(log(x), Math.log(x)) <= 1), { numRuns: 20000 });
    let worst = 0;
    for (let k = -200000; k <= 200000; k++) {
      const x = k / 1000;
      worst = Math.max(worst, ulps(exp(x), Math.exp(x)), x > 0 ? ulps(log(x), Math.log(x)) : 0);
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  test('exp scales by 2^k exactly across the whole exponent range, subnormal results included', () => {
    // exp reads 2^k from a table; every k from −1075 to 1024 is reached by some x here.
    for (let k = -1075; k <= 1024; k++) {
      const x = k * Math.LN2;
      if (x > 709.78 || x < -745.13) continue;
      expect(ulps(exp(x), Math.exp(x)), String(x)).toBeLessThanOrEqual(1);
    }
  });

  test('edge values', () => {
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(ulps(exp(1), Math.E)).toBeLessThanOrEqual(1);
    expect(exp(710)).toBe(Infinity);
    expect(exp(-746)).toBe(0);
    expect(exp(-740)).toBeGreaterThan(0); // subnormal results
    expect(Number.isNaN(exp(NaN))).toBe(true);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(-Infinity)).toBe(0);
    expect(log(1)).toBe(0);
    expect(ulps(log(Math.E), 1)).toBeLessThanOrEqual(1);
    expect(log(0)).toBe(-Infinity);
    expect(Number.isNaN(log(-1))).toBe(true);
    expect(Number.isNaN(log(NaN))).toBe(true);
    expect(log(Infinity)).toBe(Infinity);
    expect(log(5e-324)).toBeCloseTo(-744.4400719213812, 12);
    expect(log(2)).toBe(Math.LN2);
  });

  test('integer powers by squaring are exact where the result is, and within 1e-12 elsewhere (Adam runs ≤ 100,000 steps)', () => {
    expect(powInt(2, 10)).toBe(1024);
    expect(powInt(0.5, 3)).toBe(0.125);
    expect(powInt(7, 0)).toBe(1);
    for (const t of [1, 2, 10, 100, 1000, 20000, 100000]) {
      expect(Math.abs(powInt(0.999, t) / Math.pow(0.999, t) - 1)).toBeLessThan(1e-12);
      if (t <= 1000) expect(Math.abs(powInt(0.9, t) / Math.pow(0.9, t) - 1)).toBeLessThan(1e-12);
    }
  });
});
