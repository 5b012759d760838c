import { describe, expect, test } from 'vitest';
import { hasMixedSizes, hiddenSizeOf, importedCells, importedInputSize, largestHiddenSize, unitOf } from './cellSizes';
import { DEFAULT_SETTINGS, type Settings } from './settingsSlice';
import { importedFor } from './weights.testing';

const trained: Settings = {
  ...DEFAULT_SETTINGS, cells: ['rnn', 'gru', 'lstm'], inputSize: 2, hiddenSize: 4,
  imported: { rnn: importedFor('rnn', 33, 2), gru: importedFor('gru', 19, 2), lstm: importedFor('lstm', 16, 2) },
};

describe("each cell's hidden size", () => {
  test('seeded cells use the shared hidden size', () => {
    expect(DEFAULT_SETTINGS.cells.map((cell) => hiddenSizeOf(DEFAULT_SETTINGS, cell))).toEqual([4, 4]);
  });

  test('an imported cell has the size its weights say, whatever the shared size', () => {
    expect(['rnn', 'gru', 'lstm'].map((cell) => hiddenSizeOf(trained, cell as 'rnn'))).toEqual([33, 19, 16]);
    expect(hiddenSizeOf({ ...trained, hiddenSize: 50 }, 'gru')).toBe(19);
    expect(importedInputSize(trained.imported.lstm!)).toBe(2);
  });

  test('one imported cell beside a seeded one', () => {
    const s: Settings = { ...DEFAULT_SETTINGS, hiddenSize: 7, imported: { lstm: importedFor('lstm', 2, 1) } };
    expect(hiddenSizeOf(s, 'gru')).toBe(7);
    expect(hiddenSizeOf(s, 'lstm')).toBe(2);
    expect(hasMixedSizes(s)).toBe(true);
    expect(hasMixedSizes({ ...s, hiddenSize: 2 })).toBe(false);
    expect(importedCells(s)).toEqual(['lstm']);
  });

  test('the largest counts shown cells only', () => {
    expect(largestHiddenSize(trained)).toBe(33);
    expect(largestHiddenSize({ ...trained, cells: ['gru', 'lstm'] })).toBe(19);
    expect(largestHiddenSize({ ...trained, cells: ['lstm'] })).toBe(16);
  });

  test('a cell with fewer units than the focused unit shows its last one', () => {
    const s = { ...trained, unit: 18 };
    expect(unitOf(s, 'gru')).toBe(18);
    expect(unitOf(s, 'lstm')).toBe(15);
    expect(unitOf({ ...s, unit: 3 }, 'lstm')).toBe(3);
  });
});
