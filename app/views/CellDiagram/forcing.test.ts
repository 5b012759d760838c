import { describe, expect, test } from 'vitest';
import { forcedTag, forcedWords, forcingAt } from './forcing';
import { computedCell } from './testResults';

describe('forced gates on the diagram', () => {
  test('a free gate has no forcing', () => {
    expect(forcingAt(computedCell('gru'), 'z', 2)).toBeNull();
  });

  test('forcing z = 1 everywhere holds every unit at every step', () => {
    const result = computedCell('gru', 4, [{ gate: 'z', value: 1 }]);
    const forcing = forcingAt(result, 'z', 3)!;
    expect(forcing).toEqual({ units: [0, 1, 2, 3], values: [1, 1, 1, 1], hiddenSize: 4 });
    expect(forcedTag(forcing)).toBe('forced = 1');
    expect(forcedWords(forcing)).toBe('forced to 1 in every unit');
    expect(forcingAt(result, 'r', 3)).toBeNull();
  });

  test('a one-unit, one-step override names its unit, and only at that step', () => {
    const result = computedCell('lstm', 4, [{ gate: 'f', value: 0.25, t: 2, unit: 2 }]);
    const forcing = forcingAt(result, 'f', 2)!;
    expect(forcedTag(forcing)).toBe('forced = 0.25 (u2)');
    expect(forcedWords(forcing)).toBe('forced: unit 2 to 0.25');
    expect(forcingAt(result, 'f', 3)).toBeNull();
  });

  test('different values on several units give a count instead of a value', () => {
    const result = computedCell('lstm', 8, [{ gate: 'o', value: 0, unit: 1 }, { gate: 'o', value: 1, unit: 5 }]);
    const forcing = forcingAt(result, 'o', 1)!;
    expect(forcedTag(forcing)).toBe('forced (2/8)');
    expect(forcedWords(forcing)).toBe('forced: unit 1 to 0, unit 5 to 1');
  });
});
