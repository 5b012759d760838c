import { describe, expect, test } from 'vitest';
import { createAppStore } from '../store/store';
import { runCommand } from './commands';

const fresh = () => createAppStore();
const snapshot = (store: ReturnType<typeof createAppStore>) => {
  const s = store.getState();
  return { settings: s.settings, cursor: s.cursor, isPlaying: s.isPlaying };
};

describe('embed commands', () => {
  test('play and pause switch playback and answer with the state', () => {
    const store = fresh();
    expect(runCommand(store, { gatelab: 1, cmd: 'play' })).toMatchObject({ ok: true, result: { playing: true } });
    expect(store.getState().isPlaying).toBe(true);
    expect(runCommand(store, { gatelab: 1, cmd: 'pause' })).toMatchObject({ ok: true, result: { playing: false } });
  });

  test('step and back move one micro-step by default, or one time step', () => {
    const store = fresh();
    expect(runCommand(store, { gatelab: 1, cmd: 'step' })).toMatchObject({ ok: true, result: { t: 1, m: 1 } });
    expect(runCommand(store, { gatelab: 1, cmd: 'step', unit: 'time' })).toMatchObject({ result: { t: 2, m: 0 } });
    expect(runCommand(store, { gatelab: 1, cmd: 'back' })).toMatchObject({ result: { t: 1, m: 5 } });
    runCommand(store, { gatelab: 1, cmd: 'seek', t: 3, micro: 2 });
    expect(runCommand(store, { gatelab: 1, cmd: 'back', unit: 'time' })).toMatchObject({ result: { t: 2, m: 0 } });
  });

  test('seek jumps to a 1-based step and micro-step', () => {
    const store = fresh();
    expect(runCommand(store, { gatelab: 1, cmd: 'seek', t: 7, micro: 3 })).toMatchObject({ ok: true, result: { t: 7, m: 3 } });
    expect(store.getState().cursor).toEqual({ t: 7, micro: 3 });
  });

  test.each([
    [{ t: 9999 }, 'seek: t=9999 is out of range 1..12'],
    [{ t: 0 }, 'seek: t=0 is out of range 1..12'],
    [{ t: 2, micro: 6 }, 'seek: micro=6 is out of range 0..5'],
  ])('seek %j is refused and the cursor stays', (args, error) => {
    const store = fresh();
    store.getState().seek(3, 1);
    const before = snapshot(store);
    expect(runCommand(store, { gatelab: 1, cmd: 'seek', ...args })).toEqual({ ok: false, error });
    expect(snapshot(store)).toEqual(before);
  });

  test('set merges over the current state and can start playback', () => {
    const store = fresh();
    store.getState().applySettings({ theme: 'dark' });
    const answer = runCommand(store, { gatelab: 1, cmd: 'set', state: { hs: 16, c: 'gru,lstm,rnn', playing: true } });
    expect(answer).toMatchObject({ ok: true, result: { hs: 16, c: 'gru,lstm,rnn', th: 'dark', playing: true } });
    expect(store.getState().settings.hiddenSize).toBe(16);
  });

  test('a refused set changes nothing at all', () => {
    const store = fresh();
    const before = snapshot(store);
    expect(runCommand(store, { gatelab: 1, cmd: 'set', state: { th: 'dark', hs: 65 } })).toEqual({ ok: false, error: 'state: hs=65: must be a whole number from 1 to 64' });
    expect(snapshot(store)).toEqual(before);
    expect(store.getState().notices).toEqual([]);
  });

  test('a set that resets a setting which no longer fits says so in a notice', () => {
    const store = fresh();
    store.getState().setOverride('gru', { gate: 'z', value: 1, unit: 3 });
    expect(runCommand(store, { gatelab: 1, cmd: 'set', state: { hs: 2 } })).toMatchObject({ ok: true, result: { hs: 2, o: '' } });
    expect(store.getState().notices.map((n) => n.text)).toEqual([expect.stringMatching(/^The host page's change reset settings that no longer fit: o=gru:z:1:u3/)]);
  });

  test('get answers with the state and changes nothing', () => {
    const store = fresh();
    const before = snapshot(store);
    expect(runCommand(store, { gatelab: 1, cmd: 'get' })).toMatchObject({ ok: true, result: { v: 1, t: 1, m: 0, hs: 4, playing: false } });
    expect(snapshot(store)).toEqual(before);
  });
});
