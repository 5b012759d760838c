import { describe, expect, it } from 'vitest';
import { COPY_BLANK, COPY_DELIMITER, copy, copyBaseline, generateCopy } from './copy';
import { hotChannel } from './dataset';

describe('copy memory data', () => {
  it('has T + 20 steps of one-hot inputs over 10 channels and a label over 9 classes at every step', () => {
    const data = generateCopy({ length: 20, count: 6, seed: 1 });
    expect(data.steps).toBe(40);
    expect(data.inputs.length).toBe(6 * 40 * 10);
    expect(data.labels.length).toBe(6 * 40);
    expect(data).toMatchObject({ inputSize: 10, outputSize: 9, targetsAt: 'every', loss: 'cross-entropy' });
    for (let row = 0; row < 6 * 40; row++) {
      expect(data.inputs.subarray(row * 10, row * 10 + 10).reduce((a, b) => a + b, 0)).toBe(1);
    }
  });

  it('shows ten symbols, T − 1 blanks, the delimiter, ten blanks; and asks for the symbols last', () => {
    for (const T of [1, 2, 20, 57]) {
      const data = generateCopy({ length: T, count: 50, seed: T });
      for (let n = 0; n < data.count; n++) {
        const input = Array.from({ length: data.steps }, (_, t) => hotChannel(data, n, t));
        const target = Array.from(data.labels.subarray(n * data.steps, (n + 1) * data.steps));
        const shown = input.slice(0, 10);
        expect(shown.every((s) => s >= 0 && s < 8)).toBe(true);
        expect(input.slice(10, T + 9).every((s) => s === COPY_BLANK)).toBe(true);
        expect(input[T + 9]).toBe(COPY_DELIMITER);
        expect(input.slice(T + 10).every((s) => s === COPY_BLANK)).toBe(true);
        expect(target.slice(0, T + 10).every((y) => y === COPY_BLANK)).toBe(true);
        expect(target.slice(T + 10)).toEqual(shown);
      }
    }
  });

  it('uses all eight symbols roughly equally', () => {
    const data = generateCopy({ length: 5, count: 800, seed: 2 });
    const counts = new Array<number>(9).fill(0);
    for (const y of data.labels) counts[y]++;
    // 8000 recalled symbols ~ Binomial(8000, 1/8) each: mean 1000, sd ≈ 29.6
    for (let s = 0; s < 8; s++) expect(Math.abs(counts[s] - 1000)).toBeLessThan(4 * 29.6);
    expect(counts[COPY_BLANK]).toBe(800 * 15);
  });

  it('the same seed gives identical bits; another seed gives other data', () => {
    const a = generateCopy({ length: 10, count: 20, seed: 9 });
    const b = generateCopy({ length: 10, count: 20, seed: 9 });
    const c = generateCopy({ length: 10, count: 20, seed: 10 });
    expect(b.inputs).toEqual(a.inputs);
    expect(b.labels).toEqual(a.labels);
    expect(c.labels).not.toEqual(a.labels);
  });
});

describe('copy memory baseline and score', () => {
  it('the baseline 10·ln 8 / (T + 20) is 0.520 at T = 20', () => {
    expect(copyBaseline(20)).toBeCloseTo(0.5199, 4);
    expect(copyBaseline(100)).toBeCloseTo((10 * Math.log(8)) / 120, 15);
    expect(copy.baseline(20).loss).toBe(copyBaseline(20));
  });

  it('the memoryless predictor scores exactly the baseline formula on generated data', () => {
    for (const T of [1, 20, 100]) {
      const data = generateCopy({ length: T, count: 40, seed: T });
      const score = copy.score(data, copy.baselineOutputs(data));
      expect(score.loss).toBeCloseTo(copyBaseline(T), 12);
      expect(score.solved).toBe(false);
    }
  });

  it('is solved below a tenth of the baseline', () => {
    const data = generateCopy({ length: 20, count: 10, seed: 3 });
    const logits = new Float64Array(10 * 40 * 9); // (N, T + 20, 9)
    for (let row = 0; row < 10 * 40; row++) logits[row * 9 + data.labels[row]] = 10;
    const score = copy.score(data, logits);
    expect(score.loss).toBeLessThan(0.1 * copyBaseline(20));
    expect(score).toMatchObject({ solved: true, baseline: copyBaseline(20) });
  });
});
