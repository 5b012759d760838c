import { describe, expect, test } from 'vitest';
import { hiddenSizeOf } from './cellSizes';
import { createAppStore } from './store';
import type { TrainedModels } from './trainedModels';
import { importedFor } from './weights.testing';

const T = 100, I = 2;
const trained: TrainedModels = {
  label: 'Adding problem, length 100, seed 1: trained 2000 steps',
  inputSize: I, steps: T,
  inputs: Array.from({ length: T * I }, (_, k) => (k % 2 === 0 ? Math.sin(k) / 2 : k === 21 || k === 161 ? 1 : 0)),
  models: [importedFor('rnn', 33, I), importedFor('gru', 19, I), importedFor('lstm', 16, I)],
};

const opened = () => {
  const store = createAppStore();
  store.getState().seek(7, 2);
  store.getState().setOverride('gru', { gate: 'z', value: 1 });
  store.getState().openTrainedModels(trained);
  return store;
};
const texts = (store: ReturnType<typeof createAppStore>) => store.getState().notices.map((n) => n.text);

describe('openTrainedModels', () => {
  test('shows exactly the trained cells on the test sequence, each at its own size, cursor at the start', () => {
    const store = opened();
    const { settings, cursor } = store.getState();
    expect(settings.cells).toEqual(['rnn', 'gru', 'lstm']);
    expect(settings.cells.map((cell) => hiddenSizeOf(settings, cell))).toEqual([33, 19, 16]);
    expect(settings.input).toEqual({ kind: 'custom', values: trained.inputs });
    expect(settings).toMatchObject({ inputSize: I, steps: T, reset: 'after', trainedLabel: trained.label });
    expect(settings.overrides).toEqual({ rnn: [], gru: [], lstm: [] });
    expect(cursor).toEqual({ t: 1, micro: 0 });
    expect(texts(store)).toEqual([`Opened the tanh RNN, the GRU and the LSTM trained in the lab: ${trained.label}.`]);
  });

  test('refuses bad models with a notice naming the problem and changes nothing', () => {
    const store = createAppStore();
    store.getState().seek(4, 1);
    const before = store.getState().settings;
    store.getState().openTrainedModels({ ...trained, models: [importedFor('gru', 19, 3)] });
    expect(store.getState().settings).toBe(before);
    expect(store.getState().cursor).toEqual({ t: 4, micro: 1 });
    expect(texts(store)).toEqual(['Could not open the trained models: models[0]: gru weight_ih: expected 114 numbers (3·19 × input size 2), got 171. Nothing was changed.']);
  });

  test('changing the GRU reset placement drops only the GRU and says so; the label stays for the others', () => {
    const store = opened();
    store.getState().applySettings({ reset: 'before' });
    const { settings } = store.getState();
    expect(Object.keys(settings.imported).sort()).toEqual(['lstm', 'rnn']);
    expect(hiddenSizeOf(settings, 'gru')).toBe(settings.hiddenSize);
    expect(settings.trainedLabel).toBe(trained.label);
    expect(texts(store).at(-1)).toBe("Imported weights that no longer fit were dropped (the GRU's weights were fitted with the reset after the matmul, not before); that cell uses seeded weights again.");
  });

  test('changing the input size drops every import that no longer fits, and the label with them', () => {
    const store = opened();
    store.getState().applySettings({ inputSize: 3, input: { kind: 'preset', preset: 'sine' } });
    expect(store.getState().settings.imported).toEqual({});
    expect(store.getState().settings.trainedLabel).toBeNull();
    expect(texts(store).at(-1)).toMatch(/^Imported weights that no longer fit were dropped \(the tanh RNN's weights expect input size 2, not 3; the GRU's .*; the LSTM's .*\); those cells use seeded weights again\.$/);
  });

  test('a new shared hidden size resizes seeded cells only', () => {
    const store = opened();
    store.getState().applySettings({ hiddenSize: 8, cells: ['gru', 'lstm', 'rnn'] });
    const { settings } = store.getState();
    expect(['gru', 'lstm', 'rnn'].map((cell) => hiddenSizeOf(settings, cell as 'gru'))).toEqual([19, 16, 33]);
    expect(settings.trainedLabel).toBe(trained.label);
  });

  test('back to seeded weights ends the label; another import replaces it', () => {
    const store = opened();
    store.getState().applySettings({ imported: {} });
    expect(store.getState().settings.trainedLabel).toBeNull();
    store.getState().openTrainedModels(trained);
    const { imported } = store.getState().settings;
    store.getState().applySettings({ imported: { ...imported, gru: importedFor('gru', 5, I) } });
    expect(store.getState().settings.trainedLabel).toBeNull();
  });

  test('the focused unit ranges over the largest shown cell and is clamped when it shrinks', () => {
    const store = opened();
    store.getState().applySettings({ unit: 30 });
    expect(store.getState().settings.unit).toBe(30);
    store.getState().applySettings({ cells: ['gru', 'lstm'] });
    expect(store.getState().settings.unit).toBe(18);
    store.getState().applySettings({ unit: 99 });
    expect(store.getState().settings.unit).toBe(18);
  });
});
