import { describe, expect, it } from 'vitest';
import { generateAdding } from './adding';
import { generateCopy } from './copy';
import { MAX_DATASET_VALUES, checkSpec, hotChannel, outputLength, sequenceInputs, splitSeeds, targetStep, targetsPerSequence } from './dataset';
import { TASKS } from './registry';

describe('splitSeeds', () => {
  it('gives a train seed and a test seed that differ from each other and from the lab seed', () => {
    for (const seed of [0, 1, 2, 42, -7, 2 ** 31, 123456789]) {
      const { train, test } = splitSeeds(seed);
      expect(train).not.toBe(test);
      expect(train).not.toBe(seed >>> 0);
      expect(test).not.toBe(seed >>> 0);
    }
  });

  it('is a pure function of the seed and gives different seeds for neighbouring lab seeds', () => {
    expect(splitSeeds(5)).toEqual(splitSeeds(5));
    const seen = new Set<number>();
    for (let seed = 0; seed < 200; seed++) {
      const { train, test } = splitSeeds(seed);
      seen.add(train);
      seen.add(test);
    }
    expect(seen.size).toBe(400);
  });
});

describe('checkSpec', () => {
  it('names the field that is out of range', () => {
    expect(() => checkSpec(TASKS.adding, { length: 1, count: 1, seed: 0 })).toThrow(/length/);
    expect(() => checkSpec(TASKS.adding, { length: 2.5, count: 1, seed: 0 })).toThrow(/length/);
    expect(() => checkSpec(TASKS.adding, { length: 10, count: 0, seed: 0 })).toThrow(/count/);
    expect(() => checkSpec(TASKS.adding, { length: 10, count: 1, seed: 0.5 })).toThrow(/seed/);
    expect(() => checkSpec(TASKS.copy, { length: TASKS.copy.maxLength + 1, count: 1, seed: 0 })).toThrow(/length/);
  });

  it('refuses a set larger than the cap before allocating it', () => {
    const count = Math.floor(MAX_DATASET_VALUES / (100 * 2)) + 1;
    expect(() => generateAdding({ length: 100, count, seed: 0 })).toThrow(/cap/);
    expect(() => checkSpec(TASKS.adding, { length: 100, count: count - 1, seed: 0 })).not.toThrow();
  });
});

describe('views into a data set', () => {
  it('sequenceInputs is a (T, I) view of the flat buffer, not a copy', () => {
    const data = generateAdding({ length: 6, count: 3, seed: 1 });
    const x = sequenceInputs(data, 2);
    expect(x.length).toBe(6 * 2);
    expect(x.buffer).toBe(data.inputs.buffer);
    expect(x[0]).toBe(data.inputs[2 * 6 * 2]);
  });

  it('last-step tasks have one target at step T − 1, all-step tasks one per step', () => {
    const last = generateAdding({ length: 7, count: 2, seed: 1 });
    expect(targetsPerSequence(last)).toBe(1);
    expect(targetStep(last, 0)).toBe(6);
    expect(outputLength(last)).toBe(2);
    const all = generateCopy({ length: 5, count: 2, seed: 1 });
    expect(targetsPerSequence(all)).toBe(25);
    expect(targetStep(all, 13)).toBe(13);
    expect(outputLength(all)).toBe(2 * 25 * 9);
  });

  it('hotChannel reads the symbol of a one-hot step', () => {
    const data = generateCopy({ length: 5, count: 1, seed: 3 });
    expect(hotChannel(data, 0, 5 + 9)).toBe(9); // the delimiter
    expect(hotChannel(data, 0, 12)).toBe(8); // a blank
  });
});
