import { describe, expect, test } from 'vitest';
import { crossEntropy, LOSSES, mse } from './losses';
import { createRng } from './prng';
import { worstGradientError } from './testing/gradcheck';

const random = (n: number, seed: number, scale = 1) => {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => scale * rng.normal());
};

describe('mse', () => {
  test('is the mean of squared errors over steps and outputs', () => {
    const y = Float64Array.of(1, 2, 3, 4);
    const target = Float64Array.of(0, 2, 5, 4);
    const dy = new Float64Array(4);
    expect(mse(y, target, 2, 2, dy)).toBe((1 + 0 + 4 + 0) / 4);
    expect(Array.from(dy)).toEqual([0.5, 0, -1, 0]);
  });

  test('a masked step adds nothing and the mean is over the steps that have a target', () => {
    const y = Float64Array.of(1, 10, 3);
    const target = Float64Array.of(0, 0, 0);
    const dy = new Float64Array(3);
    expect(mse(y, target, 1, 3, dy, Float64Array.of(1, 0, 1))).toBe((1 + 9) / 2);
    expect(dy[1]).toBe(0);
  });

  test('its gradient matches central differences', () => {
    const y = random(12, 1), target = random(12, 2), dy = new Float64Array(12);
    const mask = Float64Array.of(1, 0, 1, 1);
    mse(y, target, 3, 4, dy, mask);
    const err = worstGradientError(() => mse(y, target, 3, 4, new Float64Array(12), mask), y, dy);
    expect(err).toBeLessThanOrEqual(1e-6);
  });
});

describe('softmax cross-entropy', () => {
  test('equal logits cost ln O', () => {
    const dy = new Float64Array(4);
    expect(crossEntropy(new Float64Array(4), Float64Array.of(2), 4, 1, dy)).toBeCloseTo(Math.log(4), 14);
    expect(Array.from(dy)).toEqual([0.25, 0.25, -0.75, 0.25]);
  });

  test('stays finite for logits in the thousands', () => {
    const y = Float64Array.of(1000, -1000, 0, 5000);
    const dy = new Float64Array(4);
    const loss = crossEntropy(y, Float64Array.of(0), 4, 1, dy);
    expect(loss).toBe(4000);
    expect(Array.from(dy)).toEqual([-1, 0, 0, 1]);
  });

  test('its gradient matches central differences, with a masked step', () => {
    const O = 5, S = 4;
    const y = random(S * O, 3, 2), target = Float64Array.of(4, 0, 2, 2), dy = new Float64Array(S * O);
    const mask = Float64Array.of(1, 1, 0, 1);
    crossEntropy(y, target, O, S, dy, mask);
    for (let o = 0; o < O; o++) expect(dy[2 * O + o]).toBe(0);
    const err = worstGradientError(() => crossEntropy(y, target, O, S, new Float64Array(S * O), mask), y, dy);
    expect(err).toBeLessThanOrEqual(1e-6);
  });

  test('refuses a target that is not a class', () => {
    const dy = new Float64Array(3);
    expect(() => crossEntropy(new Float64Array(3), Float64Array.of(3), 3, 1, dy)).toThrow(/not a class/);
    expect(() => crossEntropy(new Float64Array(3), Float64Array.of(0.5), 3, 1, dy)).toThrow(/not a class/);
  });
});

test('the loss table names both losses', () => {
  expect(LOSSES.mse).toBe(mse);
  expect(LOSSES['cross-entropy']).toBe(crossEntropy);
});
