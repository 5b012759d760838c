/**
 * Tests of the seeded generator: pinned first numbers (a change of generator must be noticed),
 * agreement with the published xoshiro128** algorithm, ranges and moments of every draw.
 */
import { describe, expect, test } from 'vitest';
import { createRng } from './prng';

/** xoshiro128** as published by Blackman & Vigna, over a Uint32Array state: the test's own copy. */
function referenceXoshiro(state: Uint32Array): () => number {
  const s = state.slice();
  const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;
  return () => {
    const result = Math.imul(rotl(Math.imul(s[1], 5) >>> 0, 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result;
  };
}

/** The seeding prng.ts documents: a Weyl sequence (step 0x9e3779b9) through the murmur3 finaliser. */
function referenceSeedState(seed: number): Uint32Array {
  const out = new Uint32Array(4);
  let w = seed >>> 0;
  for (let k = 0; k < 4; k++) {
    w = (w + 0x9e3779b9) >>> 0;
    let z = w;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    out[k] = z ^ (z >>> 16);
  }
  return out;
}

describe('the generator is pinned and is the documented algorithm', () => {
  test('seeds 0 and 42 give these first three numbers, bit for bit', () => {
    const first3 = (seed: number) => { const r = createRng(seed); return [r.next(), r.next(), r.next()]; };
    expect(first3(0)).toEqual([0.8868539502021594, 0.012474988946590604, 0.032522145755498943]);
    expect(first3(42)).toEqual([0.6606157208001621, 0.1117019639532224, 0.0791056456144914]);
  });

  test('the reference xoshiro128** reproduces the published outputs for state (1, 2, 3, 4)', () => {
    const next = referenceXoshiro(Uint32Array.of(1, 2, 3, 4));
    expect(Array.from({ length: 6 }, next)).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  test('next() is 53 bits from two xoshiro128** outputs (27 high bits, then 26), for any seed', () => {
    for (const seed of [0, 1, 7, 42, -1, 123456789, 0x7fffffff]) {
      const u32 = referenceXoshiro(referenceSeedState(seed));
      const rng = createRng(seed);
      for (let k = 0; k < 1000; k++) {
        const want = ((u32() >>> 5) * 2 ** 26 + (u32() >>> 6)) / 2 ** 53;
        if (rng.next() !== want) expect.fail(`seed ${seed}, draw ${k}`);
      }
    }
  });

  test('a seed is reduced to 32 bits: 2^32 + 42 is 42 and −1 is 2^32 − 1', () => {
    expect(createRng(2 ** 32 + 42).next()).toBe(createRng(42).next());
    expect(createRng(-1).next()).toBe(createRng(2 ** 32 - 1).next());
    expect(createRng(1).next()).not.toBe(createRng(2).next());
  });
});

describe('every kind of draw has the range and moments it promises', () => {
  const N = 100_000;

  test('next() lies in [0, 1), is a multiple of 2^−53 using its low bits, with mean ≈ 1/2 and variance ≈ 1/12', () => {
    const rng = createRng(2024);
    let sum = 0, sumSq = 0, odd = 0, lo = 1, hi = 0, offGrid = 0;
    for (let k = 0; k < N; k++) {
      const u = rng.next();
      lo = Math.min(lo, u); hi = Math.max(hi, u);
      sum += u; sumSq += u * u;
      const bits = u * 2 ** 53;
      if (!Number.isInteger(bits)) offGrid++;
      odd += bits % 2;
    }
    const mean = sum / N;
    expect(offGrid).toBe(0);
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThan(1);
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005); // σ/√N ≈ 0.0009
    expect(Math.abs(sumSq / N - mean * mean - 1 / 12)).toBeLessThan(0.002);
    expect(Math.abs(odd / N - 0.5)).toBeLessThan(0.01);
  });

  test('uniform(lo, hi) lies in [lo, hi)', () => {
    const rng = createRng(3);
    const draws = Array.from({ length: 10_000 }, () => rng.uniform(-0.25, 0.75));
    expect(draws.every((u) => u >= -0.25 && u < 0.75)).toBe(true);
  });

  test('int(n) gives whole numbers in [0, n), each about equally often', () => {
    const rng = createRng(5);
    expect(Array.from({ length: 100 }, () => rng.int(1)).every((v) => v === 0)).toBe(true);
    const n = 7, counts = new Array<number>(n).fill(0);
    let outside = 0;
    for (let k = 0; k < 70_000; k++) {
      const v = rng.int(n);
      if (Number.isInteger(v) && v >= 0 && v < n) counts[v]++; else outside++;
    }
    expect(outside).toBe(0);
    const chiSquare = counts.reduce((s, c) => s + (c - 10_000) ** 2 / 10_000, 0);
    expect(chiSquare).toBeLessThan(22.5); // 6 degrees of freedom: p ≈ 0.001
  });

  test('normal() has mean ≈ 0, variance ≈ 1 and 68.3 % of draws within one σ', () => {
    const rng = createRng(11);
    let sum = 0, sumSq = 0, within = 0;
    for (let k = 0; k < N; k++) {
      const v = rng.normal();
      sum += v; sumSq += v * v;
      if (Math.abs(v) < 1) within++;
    }
    expect(Number.isFinite(sum + sumSq)).toBe(true);
    expect(Math.abs(sum / N)).toBeLessThan(0.015); // σ/√N ≈ 0.0032
    expect(Math.abs(sumSq / N - 1)).toBeLessThan(0.02); // √(2/N) ≈ 0.0045
    expect(Math.abs(within / N - 0.6827)).toBeLessThan(0.007);
  });
});
