import { describe, expect, test } from 'vitest';
import type { CellKind } from '../../../src/engine/types';
import type { ScenarioData } from '../../../src/worker/protocol';
import { hiddenSizeOf } from '../../store/cellSizes';
import { DEFAULT_SETTINGS, type Settings } from '../../store/settingsSlice';
import { importedFor } from '../../store/weights.testing';
import { scenarioPatch } from './scenarioPatch';

const scenario = (kind: CellKind, hiddenSize: number, inputSize: number, steps = 4): ScenarioData => {
  const { weights, h0, c0 } = importedFor(kind, hiddenSize, inputSize);
  return {
    config: { kind, inputSize, hiddenSize, reset: 'after', ablation: 'none' },
    weights, h0, c0, steps, inputs: Float64Array.from({ length: steps * inputSize }, (_, k) => k / 10),
  };
};

describe('a scenario file for one cell', () => {
  test("sets that cell's weights at the file size; seeded cells take the file size too", () => {
    const fit = scenarioPatch(scenario('gru', 5, 3), DEFAULT_SETTINGS);
    if (!fit.ok) throw new Error(fit.error);
    const next = { ...DEFAULT_SETTINGS, ...fit.patch } as Settings;
    expect(hiddenSizeOf(next, 'gru')).toBe(5);
    expect(hiddenSizeOf(next, 'lstm')).toBe(5);
    expect(fit).toMatchObject({ kept: [], dropped: [] });
  });

  test('another cell imported at the same input size keeps its weights and its own size', () => {
    const current: Settings = { ...DEFAULT_SETTINGS, inputSize: 3, hiddenSize: 5, imported: { gru: importedFor('gru', 5, 3) } };
    const fit = scenarioPatch(scenario('lstm', 7, 3), current);
    if (!fit.ok) throw new Error(fit.error);
    const next = { ...current, ...fit.patch } as Settings;
    expect(fit.kept).toEqual(['gru']);
    expect(next.imported.gru).toBe(current.imported.gru);
    expect([hiddenSizeOf(next, 'gru'), hiddenSizeOf(next, 'lstm')]).toEqual([5, 7]);
  });

  test('imports that expect another input size are dropped and listed', () => {
    const current: Settings = { ...DEFAULT_SETTINGS, inputSize: 2, imported: { gru: importedFor('gru', 19, 2), rnn: importedFor('rnn', 3, 2) } };
    const fit = scenarioPatch(scenario('lstm', 4, 1), current);
    if (!fit.ok) throw new Error(fit.error);
    expect(fit.dropped).toEqual(['rnn', 'gru']);
    expect(Object.keys(fit.patch.imported!)).toEqual(['lstm']);
  });

  test('a file past the visualizer limits is refused', () => {
    const fit = scenarioPatch(scenario('gru', 2, 11), DEFAULT_SETTINGS);
    expect(fit.ok ? 'accepted' : fit.error).toBe("input_size: 11 is more than the visualizer shows (at most 10); the command line (npm run trace) takes up to the engine's limits");
  });
});
