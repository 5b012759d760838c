import { describe, expect, it } from 'vitest';
import { accuracy, argmaxRow, meanCrossEntropy, meanSquaredError, shareWithin } from './metrics';

const f64 = (xs: number[]) => Float64Array.from(xs);

describe('regression metrics', () => {
  it('mean squared error averages the squared differences over every element', () => {
    expect(meanSquaredError(f64([1, 2, 3]), f64([1, 0, 6]))).toBeCloseTo((0 + 4 + 9) / 3, 15);
  });

  it('shareWithin counts strictly smaller errors only', () => {
    expect(shareWithin(f64([0.5, 1.03, 2.05, 0]), f64([0.5, 1, 2, 0.04]), 0.04)).toBe(0.5);
  });
});

describe('classification metrics', () => {
  it('cross-entropy of equal logits is ln C', () => {
    expect(meanCrossEntropy(new Float64Array(8), f64([0, 3]), 4)).toBeCloseTo(Math.log(4), 15);
  });

  it('cross-entropy averages −log softmax over rows, computed by hand', () => {
    const z = f64([1, 2, 0.5, /* row 2 */ 0, 0, 0]);
    const p1 = Math.exp(2) / (Math.exp(1) + Math.exp(2) + Math.exp(0.5));
    expect(meanCrossEntropy(z, f64([1, 2]), 3)).toBeCloseTo((-Math.log(p1) + Math.log(3)) / 2, 14);
  });

  it('cross-entropy stays finite for logits of a thousand', () => {
    expect(meanCrossEntropy(f64([1000, -1000, 0]), f64([2]), 3)).toBeCloseTo(1000, 9);
    expect(meanCrossEntropy(f64([1000, -1000, 0]), f64([0]), 3)).toBeCloseTo(0, 12);
  });

  it('accuracy compares each row’s argmax with its label, ties going to the first class', () => {
    expect(argmaxRow(f64([0, 0, 0]), 0, 3)).toBe(0);
    const logits = f64([0.1, 0.9, /* row 2 */ 2, -1, /* row 3 */ 0, 0]);
    expect(accuracy(logits, f64([1, 1, 0]), 2)).toBeCloseTo(2 / 3, 15);
  });
});
