import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from './settingsSlice';
import { decodeUrlState, encodeUrlState } from './urlState';

const roundTrip = (settings: Settings, cursor = { t: 1, micro: 0 }) =>
  decodeUrlState(encodeUrlState({ settings, cursor }));

describe('the URL state', () => {
  test('the defaults encode to just the version', () => {
    expect(encodeUrlState({ settings: DEFAULT_SETTINGS, cursor: { t: 1, micro: 0 } })).toBe('v=1');
  });

  test('every setting and the cursor survive a round trip', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      cells: ['lstm', 'rnn', 'gru'], inputSize: 2, hiddenSize: 9, steps: 30, seed: 123, reset: 'before',
      forgetBias: 1.5, input: { kind: 'preset', preset: 'square' },
      overrides: { gru: [{ gate: 'z', value: 1 }, { gate: 'r', value: 0, t: 3, unit: 2 }], lstm: [{ gate: 'o', value: 0.25, unit: 8 }], rnn: [] },
      isParallel: true, theme: 'projector', panels: ['timeline'], notation: 'chung', unit: 5, speed: 2,
    };
    const decoded = roundTrip(settings, { t: 17, micro: 4 });
    expect(decoded.ignored).toEqual([]);
    expect(decoded.settings).toEqual(settings);
    expect(decoded.cursor).toEqual({ t: 17, micro: 4 });
  });

  test('custom inputs and imported weights round-trip bit for bit', () => {
    const H = 2, I = 1;
    const weights = {
      wIh: Float64Array.from({ length: 3 * H * I }, (_, k) => Math.PI / (k + 1)),
      wHh: Float64Array.from({ length: 3 * H * H }, (_, k) => -Math.E * k * 1e-7),
      bIh: Float64Array.from([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]),
      bHh: Float64Array.from([1e-300, -2, 3, -4, 5, 6]),
    };
    const settings: Settings = {
      ...DEFAULT_SETTINGS, hiddenSize: H, inputSize: I, steps: 3,
      input: { kind: 'custom', values: [0.125, -3, 1e-5] },
      imported: { gru: { cell: 'gru', weights, h0: Float64Array.from([0.3, -0.7]), c0: new Float64Array(2) } },
    };
    const decoded = roundTrip(settings);
    expect(decoded.ignored).toEqual([]);
    expect(decoded.settings.input).toEqual(settings.input);
    expect(Array.from(decoded.settings.imported.gru!.weights.wHh)).toEqual(Array.from(weights.wHh));
    expect(Array.from(decoded.settings.imported.gru!.h0)).toEqual([0.3, -0.7]);
  });

  test('bad keys fall back to their defaults and each is named', () => {
    const { settings, cursor, ignored } = decodeUrlState('#v=1&hs=900&len=abc&c=gru,cnn&th=neon&t=9999&o=gru:f:1,lstm:f:1&bogus=1');
    expect(settings.hiddenSize).toBe(DEFAULT_SETTINGS.hiddenSize);
    expect(settings.steps).toBe(DEFAULT_SETTINGS.steps);
    expect(settings.cells).toEqual(DEFAULT_SETTINGS.cells);
    expect(settings.theme).toBe('light');
    expect(cursor.t).toBe(1);
    expect(settings.overrides.lstm).toEqual([{ gate: 'f', value: 1 }]);
    expect(settings.overrides.gru).toEqual([]);
    const keys = ignored.map((line) => line.split(/[=:]/)[0]);
    expect(keys).toEqual(['c', 'hs', 'len', 'o', 'th', 't', 'bogus']);
    expect(ignored.join(' ')).toMatch(/"f" is not a gate of the gru/);
  });

  test('garbage never throws', () => {
    for (const hash of ['#%%%', '#v=2', '#w=gru:!!!', '#x=c:1,2', '#o=::::', '#&&&=', `#x=c:${'9,'.repeat(5000)}`]) {
      expect(() => decodeUrlState(hash)).not.toThrow();
      expect(decodeUrlState(hash).settings.steps).toBe(DEFAULT_SETTINGS.steps);
    }
  });
});
