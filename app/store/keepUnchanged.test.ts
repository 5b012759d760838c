import { describe, expect, test } from 'vitest';
import { isSameValue, keepUnchanged } from './keepUnchanged';

describe('isSameValue', () => {
  test('compares arrays, typed arrays and plain objects by content', () => {
    expect(isSameValue(['gru', 'lstm'], ['gru', 'lstm'])).toBe(true);
    expect(isSameValue(['gru', 'lstm'], ['lstm', 'gru'])).toBe(false);
    expect(isSameValue({ gru: [{ gate: 'z', value: 1 }], lstm: [] }, { gru: [{ gate: 'z', value: 1 }], lstm: [] })).toBe(true);
    expect(isSameValue({ gru: [{ gate: 'z', value: 1 }] }, { gru: [{ gate: 'z', value: 0.5 }] })).toBe(false);
    expect(isSameValue(Float64Array.of(1, 2), Float64Array.of(1, 2))).toBe(true);
    expect(isSameValue(Float64Array.of(1, 2), Float64Array.of(1, 3))).toBe(false);
    expect(isSameValue(Float64Array.of(1, 2), [1, 2])).toBe(false);
    expect(isSameValue(Float64Array.of(0), Float64Array.of(-0))).toBe(false);
  });

  test('tells a missing key from an undefined one, and an array from an object', () => {
    expect(isSameValue({ t: undefined }, { u: undefined })).toBe(false);
    expect(isSameValue({ t: 1 }, { t: 1, unit: 2 })).toBe(false);
    expect(isSameValue([], {})).toBe(false);
    expect(isSameValue(null, {})).toBe(false);
    expect(isSameValue(NaN, NaN)).toBe(true);
  });
});

describe('keepUnchanged', () => {
  const current = { cells: ['gru', 'lstm'], seed: 7, input: { kind: 'preset', preset: 'sine' } };

  test('keeps the current reference of each equal value and takes the changed ones', () => {
    const next = keepUnchanged(current, { cells: ['gru', 'lstm'], seed: 8, input: { kind: 'preset', preset: 'sine' } });
    expect(next).not.toBe(current);
    expect(next.seed).toBe(8);
    expect(next.cells).toBe(current.cells);
    expect(next.input).toBe(current.input);
  });

  test('returns the current object when nothing changed', () => {
    expect(keepUnchanged(current, structuredClone(current))).toBe(current);
  });

  test('a changed nested value is taken whole', () => {
    const next = keepUnchanged(current, { ...current, input: { kind: 'preset', preset: 'noise' } });
    expect(next.input).toEqual({ kind: 'preset', preset: 'noise' });
    expect(next.cells).toBe(current.cells);
  });
});
