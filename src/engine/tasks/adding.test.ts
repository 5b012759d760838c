import { describe, expect, it } from 'vitest';
import { ADDING_BASELINE_MSE, adding, generateAdding } from './adding';

const I = 2;

/** 0-based steps whose marker is set, for sequence n. */
function markers(data: ReturnType<typeof generateAdding>, n: number): number[] {
  const out: number[] = [];
  for (let t = 0; t < data.steps; t++) if (data.inputs[(n * data.steps + t) * I + 1] !== 0) out.push(t);
  return out;
}

describe('adding problem data', () => {
  it('has inputs (N, T, 2), one target per sequence and a last-step MSE contract', () => {
    const data = generateAdding({ length: 30, count: 7, seed: 1 });
    expect(data.inputs.length).toBe(7 * 30 * 2);
    expect(data.targets.length).toBe(7);
    expect(data).toMatchObject({ steps: 30, inputSize: 2, outputSize: 1, targetsAt: 'last', loss: 'mse' });
  });

  it('marks exactly two steps per sequence, one in each half, for even and odd lengths', () => {
    for (const T of [2, 3, 10, 51]) {
      const data = generateAdding({ length: T, count: 300, seed: T });
      const half = Math.floor(T / 2);
      for (let n = 0; n < data.count; n++) {
        const m = markers(data, n);
        expect(m).toHaveLength(2);
        expect(m[0]).toBeLessThan(half);
        expect(m[1]).toBeGreaterThanOrEqual(half);
      }
    }
  });

  it('marker values are exactly 0 or 1 and values lie in [0, 1)', () => {
    const data = generateAdding({ length: 20, count: 50, seed: 2 });
    for (let k = 0; k < data.inputs.length; k += 2) {
      expect(data.inputs[k]).toBeGreaterThanOrEqual(0);
      expect(data.inputs[k]).toBeLessThan(1);
      expect([0, 1]).toContain(data.inputs[k + 1]);
    }
  });

  it('the target is the sum of the two marked values', () => {
    const data = generateAdding({ length: 40, count: 100, seed: 3 });
    for (let n = 0; n < data.count; n++) {
      const [a, b] = markers(data, n);
      const value = (t: number) => data.inputs[(n * data.steps + t) * I];
      expect(data.targets[n]).toBe(value(a) + value(b));
    }
  });

  it('markers cover both halves roughly uniformly over 1000 sequences', () => {
    const T = 20;
    const data = generateAdding({ length: T, count: 1000, seed: 4 });
    const hits = new Array<number>(T).fill(0);
    for (let n = 0; n < data.count; n++) for (const t of markers(data, n)) hits[t]++;
    // each step of a half is hit ~ Binomial(1000, 1/10): mean 100, sd ≈ 9.5
    for (const h of hits) expect(Math.abs(h - 100)).toBeLessThan(5 * 9.5);
  });

  it('the same seed gives identical bits; another seed gives other data', () => {
    const a = generateAdding({ length: 25, count: 20, seed: 9 });
    const b = generateAdding({ length: 25, count: 20, seed: 9 });
    const c = generateAdding({ length: 25, count: 20, seed: 10 });
    expect(b.inputs).toEqual(a.inputs);
    expect(b.targets).toEqual(a.targets);
    expect(c.inputs).not.toEqual(a.inputs);
  });
});

describe('adding problem baseline and score', () => {
  it('always predicting 1 scores MSE ≈ 1/6 on a large sample', () => {
    const data = generateAdding({ length: 10, count: 40_000, seed: 5 });
    const score = adding.score(data, adding.baselineOutputs(data));
    // (s − 1)² for s = u_a + u_b has variance 1/15 − 1/36 = 7/180; allow 5 standard errors
    const tolerance = 5 * Math.sqrt(7 / 180 / data.count);
    expect(Math.abs(score.metric - 1 / 6)).toBeLessThan(tolerance);
    expect(adding.baseline(10).loss).toBe(ADDING_BASELINE_MSE);
    expect(score.solved).toBe(false);
  });

  it('perfect outputs are solved with every sequence within the tolerance', () => {
    const data = generateAdding({ length: 10, count: 50, seed: 6 });
    const score = adding.score(data, data.targets.slice());
    expect(score).toMatchObject({ loss: 0, metric: 0, solved: true, withinTolerance: 1 });
  });

  it('an error of 0.05 on every sequence misses the tolerance but is solved (MSE 0.0025)', () => {
    const data = generateAdding({ length: 10, count: 50, seed: 6 });
    const score = adding.score(data, data.targets.map((y) => y + 0.05));
    expect(score.withinTolerance).toBe(0);
    expect(score.loss).toBeCloseTo(0.0025, 12);
    expect(score.solved).toBe(true);
  });

  it('refuses outputs of the wrong length', () => {
    const data = generateAdding({ length: 10, count: 5, seed: 6 });
    expect(() => adding.score(data, new Float64Array(4))).toThrow(RangeError);
  });
});
