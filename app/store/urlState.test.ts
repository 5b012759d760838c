import { describe, expect, test } from 'vitest';
import { hiddenSizeOf } from './cellSizes';
import { encodeFloat64 } from './float64Codec';
import { DEFAULT_SETTINGS, type Settings } from './settingsSlice';
import { decodeUrlState, encodeUrlState } from './urlState';
import { importedFor } from './weights.testing';

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

describe('per-cell imported weights in the URL', () => {
  const I = 2;
  const trained: Settings = {
    ...DEFAULT_SETTINGS, cells: ['rnn', 'gru', 'lstm'], inputSize: I, hiddenSize: 4, steps: 3,
    input: { kind: 'custom', values: [0.5, 0, 0, 1, -0.25, 0] },
    imported: { rnn: importedFor('rnn', 33, I), gru: importedFor('gru', 19, I), lstm: importedFor('lstm', 16, I) },
    trainedLabel: 'Adding problem, length 50, seed 1: trained 2000 steps',
    overrides: { rnn: [], gru: [{ gate: 'z', value: 1, unit: 18 }], lstm: [] },
    unit: 30,
  };
  const entries = (hash: string) => new URLSearchParams(hash).get('w')!.split(',');

  test('each cell keeps its own weights, size and h0/c0 bit for bit, with the label', () => {
    const hash = encodeUrlState({ settings: trained, cursor: { t: 2, micro: 1 } });
    expect(entries(hash).map((e) => e.split(':').slice(0, 2).join(':'))).toEqual(['rnn:33', 'gru:19', 'lstm:16']);
    const decoded = decodeUrlState(hash);
    expect(decoded.ignored).toEqual([]);
    expect(decoded.settings).toEqual(trained);
    expect(['rnn', 'gru', 'lstm'].map((cell) => hiddenSizeOf(decoded.settings, cell as 'rnn'))).toEqual([33, 19, 16]);
  });

  test('a model of about 1,300 numbers makes a hash of tens of kilobytes, not more', () => {
    const hash = encodeUrlState({ settings: trained, cursor: { t: 1, micro: 0 } });
    expect(hash.length).toBeLessThan(60_000);
  });

  test('links from before per-cell sizes (w=cell:base64 at hs) still open', () => {
    const gru = importedFor('gru', 3, 1);
    const { weights: w, h0, c0 } = gru;
    const old = `v=1&hs=3&w=gru:${encodeFloat64(new Float64Array([...w.wIh, ...w.wHh, ...w.bIh, ...w.bHh, ...h0, ...c0]))}`;
    const decoded = decodeUrlState(old);
    expect(decoded.ignored).toEqual([]);
    expect(decoded.settings.imported).toEqual({ gru });
    expect(hiddenSizeOf(decoded.settings, 'gru')).toBe(3);
  });

  test('a malformed entry is ignored and named; the good entries stay', () => {
    const [rnn, gru, lstm] = entries(encodeUrlState({ settings: trained, cursor: { t: 1, micro: 0 } }));
    const cut = `${lstm.slice(0, -40)}`;
    const hash = `v=1&c=rnn,gru,lstm&is=2&len=3&x=c:0.5,0,0,1,-0.25,0&w=${rnn},${gru.replace('gru:19:', 'gru:99:')},${cut},cnn:2:AAAA,${rnn}&tl=Lab`;
    const { settings, ignored } = decodeUrlState(hash);
    expect(Object.keys(settings.imported)).toEqual(['rnn']);
    expect(settings.trainedLabel).toBe('Lab');
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatch(/^w=.*: ignored gru:99:.* \(hidden size "99" must be a whole number from 1 to 64\); lstm:16:.* \(expected 1312 numbers for a lstm of input 2 and hidden 16\); cnn:2:AAAA \(unknown cell "cnn"\); rnn:33:.* \(a second rnn\)$/);
  });

  test('non-finite weights are refused, naming the part', () => {
    const lstm = importedFor('lstm', 2, 1);
    lstm.weights.wHh[3] = Number.NaN;
    const hash = encodeUrlState({ settings: { ...DEFAULT_SETTINGS, imported: { lstm } }, cursor: { t: 1, micro: 0 } });
    const { settings, ignored } = decodeUrlState(hash);
    expect(settings.imported).toEqual({});
    expect(ignored.join()).toMatch(/lstm weight_hh\[3\]: NaN is not a finite number/);
  });

  test('a label without imported weights is ignored', () => {
    const { settings, ignored } = decodeUrlState('v=1&tl=Adding');
    expect(settings.trainedLabel).toBeNull();
    expect(ignored).toEqual(['tl=Adding: a lab label without imported weights']);
  });

  test('forced units and the focused unit are checked against each cell, not the shared size', () => {
    const base = encodeUrlState({ settings: { ...trained, overrides: DEFAULT_SETTINGS.overrides, unit: 0 }, cursor: { t: 1, micro: 0 } });
    const { settings, ignored } = decodeUrlState(`${base}&o=gru:z:1:u18,lstm:f:1:u16&u=32`);
    expect(settings.overrides.gru).toEqual([{ gate: 'z', value: 1, unit: 18 }]);
    expect(settings.overrides.lstm).toEqual([]);
    expect(settings.unit).toBe(32);
    expect(ignored).toEqual(['o=gru:z:1:u18,lstm:f:1:u16: ignored lstm:f:1:u16 ("u16" is not a step t1..t3 or a unit u0..u15)']);
    expect(decodeUrlState(`${base}&u=33`).ignored).toEqual(['u=33: must be a unit from 0 to 32']);
  });
});

