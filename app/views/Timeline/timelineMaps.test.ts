import { describe, expect, test } from 'vitest';
import { initWeights } from '../../../src/engine/init';
import type { CellKind } from '../../../src/engine/types';
import { forward } from '../../../src/engine/unroll';
import type { CellResult } from '../../../src/worker/protocol';
import { mapChoices, timelineMaps } from './timelineMaps';

function computed(kind: CellKind, inputSize = 2, hiddenSize = 3, steps = 5): CellResult {
  const config = { kind, inputSize, hiddenSize };
  const weights = initWeights(config, 11);
  const x = new Float64Array(steps * inputSize).map((_, k) => Math.sin(k)); // (T, I)
  return { trace: forward(config, weights, x), weights };
}

describe('timeline maps', () => {
  const results = { gru: computed('gru'), lstm: computed('lstm') };

  test('gru and lstm give the input, then r z n h and f i g c o h, titled with letter and name', () => {
    const maps = timelineMaps(['gru', 'lstm'], results, new Set());
    expect(maps.map((m) => m.id)).toEqual([
      'x', 'gru-r', 'gru-z', 'gru-n', 'gru-h', 'lstm-f', 'lstm-i', 'lstm-g', 'lstm-c', 'lstm-o', 'lstm-h',
    ]);
    expect(maps.find((m) => m.id === 'gru-z')?.title).toBe('GRU · z update gate');
    expect(maps.find((m) => m.id === 'lstm-c')?.title).toBe('LSTM · c cell state');
  });

  test('maps read the trace buffers themselves, so nothing is copied or recomputed', () => {
    const maps = timelineMaps(['gru', 'lstm'], results, new Set());
    expect(maps.find((m) => m.id === 'gru-h')?.values).toBe(results.gru.trace.h);
    expect(maps.find((m) => m.id === 'lstm-c')?.values).toBe(results.lstm.trace.c);
    expect(maps.find((m) => m.id === 'lstm-f')?.values).toBe(results.lstm.trace.act.f);
    const x = maps[0];
    expect(x.values).toBe(results.gru.trace.x);
    expect(x.rows).toBe(2);
    expect(x.rowName).toBe('channel');
  });

  test('gates use the sequential 0..1 scale and states and candidates the diverging one', () => {
    const maps = timelineMaps(['gru', 'lstm'], results, new Set());
    const scaleOf = (id: string) => maps.find((m) => m.id === id)?.scale;
    expect(['gru-r', 'gru-z', 'lstm-f', 'lstm-i', 'lstm-o'].map(scaleOf)).toEqual(['gate', 'gate', 'gate', 'gate', 'gate']);
    expect(['x', 'gru-n', 'gru-h', 'lstm-g', 'lstm-c', 'lstm-h'].map(scaleOf)).toEqual(['value', 'value', 'value', 'value', 'value', 'value']);
  });

  test('hidden maps and cells without a trace yet are left out', () => {
    const maps = timelineMaps(['gru', 'lstm', 'rnn'], results, new Set(['x', 'gru-r', 'lstm-o']));
    expect(maps.map((m) => m.id)).toEqual(['gru-z', 'gru-n', 'gru-h', 'lstm-f', 'lstm-i', 'lstm-g', 'lstm-c', 'lstm-h']);
    expect(timelineMaps(['gru'], {}, new Set())).toEqual([]);
  });

  test('the tanh rnn has a single map, its hidden state', () => {
    const maps = timelineMaps(['rnn'], { rnn: computed('rnn') }, new Set(['x']));
    expect(maps.map((m) => m.title)).toEqual(['tanh RNN · h hidden state']);
  });

  test('the picker offers the input and every quantity of each shown cell, grouped by cell', () => {
    const groups = mapChoices(['gru', 'rnn']);
    expect(groups.map((g) => g.group)).toEqual(['Input', 'GRU', 'tanh RNN']);
    expect(groups[1].choices.map((c) => `${c.letter} ${c.name}`)).toEqual(['r reset gate', 'z update gate', 'n candidate', 'h hidden state']);
  });
});
