import { describe, expect, it } from 'vitest';
import { hotChannel } from './dataset';
import { ORDER_CLASSES, ORDER_SYMBOLS, generateOrder, order, orderWindows } from './order';

/** The sequence as symbol letters, position 1 first. */
function symbols(data: ReturnType<typeof generateOrder>, n: number): string[] {
  return Array.from({ length: data.steps }, (_, t) => ORDER_SYMBOLS[hotChannel(data, n, t)]);
}

/** 1-based positions of X or Y. */
function relevant(seq: string[]): number[] {
  return seq.flatMap((s, k) => (s === 'X' || s === 'Y' ? [k + 1] : []));
}

describe('temporal order windows', () => {
  it('are [3, 12] and [25, 40] (1-based) at the reference length 50', () => {
    expect(orderWindows(50)).toEqual({ first: [3, 12], second: [25, 40] });
  });

  it('scale in proportion to the length', () => {
    expect(orderWindows(100)).toEqual({ first: [6, 24], second: [50, 80] });
    expect(orderWindows(25)).toEqual({ first: [2, 6], second: [13, 20] });
  });

  it('stay after B, before E and apart at every allowed length', () => {
    for (let T = order.minLength; T <= 400; T++) {
      const { first, second } = orderWindows(T);
      expect(first[0]).toBeGreaterThanOrEqual(2);
      expect(first[0]).toBeLessThanOrEqual(first[1]);
      expect(second[0]).toBeGreaterThan(first[1] + 1);
      expect(second[0]).toBeLessThanOrEqual(second[1]);
      expect(second[1]).toBeLessThanOrEqual(T - 1);
    }
  });
});

describe('temporal order data', () => {
  it('has one-hot inputs (N, T, 8) and one label in [0, 4) per sequence', () => {
    const data = generateOrder({ length: 50, count: 30, seed: 1 });
    expect(data.inputs.length).toBe(30 * 50 * 8);
    expect(data.labels.length).toBe(30);
    expect(data).toMatchObject({ inputSize: 8, outputSize: 4, targetsAt: 'last', loss: 'cross-entropy' });
    for (let row = 0; row < 30 * 50; row++) {
      const step = data.inputs.subarray(row * 8, row * 8 + 8);
      expect(step.reduce((a, b) => a + b, 0)).toBe(1);
    }
  });

  it('starts with B, ends with E, holds X/Y at t1 ∈ [3, 12] and t2 ∈ [25, 40], distractors elsewhere', () => {
    const data = generateOrder({ length: 50, count: 500, seed: 2 });
    for (let n = 0; n < data.count; n++) {
      const seq = symbols(data, n);
      expect(seq[0]).toBe('B');
      expect(seq[49]).toBe('E');
      const [t1, t2, ...rest] = relevant(seq);
      expect(rest).toEqual([]);
      expect(t1).toBeGreaterThanOrEqual(3);
      expect(t1).toBeLessThanOrEqual(12);
      expect(t2).toBeGreaterThanOrEqual(25);
      expect(t2).toBeLessThanOrEqual(40);
      const others = seq.filter((_, k) => k !== 0 && k !== 49 && k + 1 !== t1 && k + 1 !== t2);
      expect(others.every((s) => 'abcd'.includes(s))).toBe(true);
      expect(ORDER_CLASSES[data.labels[n]]).toBe(seq[t1 - 1] + seq[t2 - 1]);
    }
  });

  it('reaches both ends of both windows', () => {
    const data = generateOrder({ length: 50, count: 1000, seed: 3 });
    const t1s = new Set<number>(), t2s = new Set<number>();
    for (let n = 0; n < data.count; n++) {
      const [t1, t2] = relevant(symbols(data, n));
      t1s.add(t1);
      t2s.add(t2);
    }
    expect([...t1s].sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(Math.min(...t2s)).toBe(25);
    expect(Math.max(...t2s)).toBe(40);
  });

  it('draws the four classes roughly uniformly over 1000 sequences', () => {
    const data = generateOrder({ length: 50, count: 1000, seed: 4 });
    const counts = [0, 0, 0, 0];
    for (const label of data.labels) counts[label]++;
    // Binomial(1000, 1/4): mean 250, sd ≈ 13.7; allow 4 sd
    for (const c of counts) expect(Math.abs(c - 250)).toBeLessThan(4 * 13.7);
  });

  it('the same seed gives identical bits; another seed gives other data', () => {
    const a = generateOrder({ length: 30, count: 20, seed: 9 });
    const b = generateOrder({ length: 30, count: 20, seed: 9 });
    const c = generateOrder({ length: 30, count: 20, seed: 10 });
    expect(b.inputs).toEqual(a.inputs);
    expect(b.labels).toEqual(a.labels);
    expect(c.inputs).not.toEqual(a.inputs);
  });
});

describe('temporal order baseline and score', () => {
  it('chance is accuracy 0.25 and cross-entropy ln 4', () => {
    expect(order.baseline(50)).toMatchObject({ metric: 0.25, loss: Math.log(4) });
    const data = generateOrder({ length: 50, count: 4000, seed: 5 });
    const score = order.score(data, order.baselineOutputs(data));
    expect(score.loss).toBeCloseTo(Math.log(4), 12);
    // equal logits pick class 0: accuracy = share of XX ~ Binomial(4000, 1/4) / 4000, sd ≈ 0.0068
    expect(Math.abs(score.metric - 0.25)).toBeLessThan(4 * 0.0068);
    expect(score.solved).toBe(false);
  });

  it('confident right logits solve it; accuracy 0.95 is the threshold', () => {
    const data = generateOrder({ length: 50, count: 100, seed: 6 });
    const logits = new Float64Array(100 * 4);
    for (let n = 0; n < 100; n++) logits[n * 4 + data.labels[n]] = 10;
    expect(order.score(data, logits)).toMatchObject({ metric: 1, solved: true });
    for (let n = 0; n < 5; n++) logits[n * 4 + ((data.labels[n] + 1) % 4)] = 20; // 5 wrong
    expect(order.score(data, logits)).toMatchObject({ metric: 0.95, solved: true });
    logits[5 * 4 + ((data.labels[5] + 1) % 4)] = 20; // 6 wrong
    expect(order.score(data, logits).solved).toBe(false);
  });
});
