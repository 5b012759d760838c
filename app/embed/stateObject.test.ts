import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../store/settingsSlice';
import { decodeStateObject, NUMBER_KEYS, STRING_KEYS, toStateObject, type CurrentState } from './stateObject';

const current = (settings: Partial<Settings> = {}, cursor = { t: 1, micro: 0 }): CurrentState => ({
  settings: { ...structuredClone(DEFAULT_SETTINGS), ...settings }, cursor, isPlaying: false,
});

describe('the embed state object', () => {
  test('carries every URL key with numbers as numbers, plus playing', () => {
    const state = toStateObject(DEFAULT_SETTINGS, { t: 3, micro: 2 }, true);
    expect(state).toEqual({
      v: 1, c: 'gru,lstm', is: 1, hs: 4, len: 12, s: 7, r: 'a', fb: 0, x: 'sine', o: '', par: 0,
      th: 'light', p: 'timeline,equations,inputs,whatif,params', n: 'pytorch', tl: '', u: 0, sp: 1, t: 3, m: 2, playing: true,
    });
    expect(Object.keys(state).sort()).toEqual([...NUMBER_KEYS, ...STRING_KEYS, 'playing'].sort());
  });

  test('never echoes imported weights', () => {
    const H = 1, I = 1;
    const imported = {
      cell: 'rnn' as const, h0: new Float64Array(H), c0: new Float64Array(H),
      weights: { wIh: new Float64Array(H * I), wHh: new Float64Array(H * H), bIh: new Float64Array(H), bHh: new Float64Array(H) },
    };
    expect(toStateObject({ ...DEFAULT_SETTINGS, hiddenSize: H, imported: { rnn: imported } }, { t: 1, micro: 0 }, false)).not.toHaveProperty('w');
  });

  test('a state object decodes back to the same settings and cursor', () => {
    const before = current({ cells: ['lstm', 'rnn'], hiddenSize: 9, steps: 30, theme: 'dark', panels: [], overrides: { gru: [], rnn: [], lstm: [{ gate: 'f', value: 1, t: 2 }] } }, { t: 17, micro: 4 });
    const decoded = decodeStateObject(toStateObject(before.settings, before.cursor, true), current());
    expect(decoded).toEqual({ ok: true, settings: before.settings, cursor: before.cursor, playing: true, adjusted: [] });
  });

  test('keys not given keep their current values, not the defaults', () => {
    const decoded = decodeStateObject({ hs: 8 }, current({ theme: 'projector', seed: 99, panels: ['inputs'] }, { t: 5, micro: 1 }));
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.settings).toMatchObject({ hiddenSize: 8, theme: 'projector', seed: 99, panels: ['inputs'] });
    expect(decoded.cursor).toEqual({ t: 5, micro: 1 });
    expect(decoded.playing).toBeUndefined();
  });

  test('strings are read exactly as in the hash', () => {
    const decoded = decodeStateObject({ c: 'gru,lstm,rnn', o: 'gru:z:1:t2', x: 'c:0.5,-1,2', len: 3, p: '' }, current());
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.settings.cells).toEqual(['gru', 'lstm', 'rnn']);
    expect(decoded.settings.overrides.gru).toEqual([{ gate: 'z', value: 1, t: 2 }]);
    expect(decoded.settings.input).toEqual({ kind: 'custom', values: [0.5, -1, 2] });
    expect(decoded.settings.panels).toEqual([]);
  });

  test.each([
    [{ hs: 99 }, /state: hs=99: must be a whole number from 1 to 64/],
    [{ th: 'neon' }, /state: th=neon: must be one of light, dark, projector/],
    [{ zz: 1 }, /state\.zz: unknown key/],
    [{ hs: Number.NaN }, /state\.hs: NaN is refused/],
    [{ hs: [4] }, /state\.hs: expected a number or a string/],
    [{ playing: 'yes' }, /state\.playing: expected true or false/],
    [{ v: 2 }, /state: v=2: unknown version/],
    [{ t: 13 }, /state: t=13: must be a step from 1 to 12/],
    [{ m: 4 }, /state\.m: micro-step 4 is out of range 0\.\.3 for gru/],
    [{ o: 'gru:z:1,gru:q:1' }, /state: o=.*"q" is not a gate of the gru/],
  ])('%j is refused with an error naming the key', (patch, error) => {
    const decoded = decodeStateObject(patch, current({ cells: ['gru'] }));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error).toMatch(error);
  });

  test('a key given with a dependent one is checked against the new values', () => {
    expect(decodeStateObject({ len: 20, t: 18 }, current()).ok).toBe(true);
    expect(decodeStateObject({ hs: 2, u: 1 }, current()).ok).toBe(true);
  });

  test('keys not given that no longer fit are clamped (cursor, unit) or reset and listed', () => {
    const decoded = decodeStateObject({ len: 4, hs: 2 }, current({ unit: 3, overrides: { gru: [{ gate: 'z', value: 1, unit: 3 }], lstm: [], rnn: [] } }, { t: 10, micro: 2 }));
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.cursor).toEqual({ t: 4, micro: 2 });
    expect(decoded.settings.unit).toBe(1);
    expect(decoded.settings.overrides.gru).toEqual([]);
    expect(decoded.adjusted).toEqual([expect.stringMatching(/^o=gru:z:1:u3: ignored/)]);
  });
});
