import { describe, expect, test } from 'vitest';
import { createAppStore } from './store';
import { applyHash, startUrlSync } from './urlSync';

/** A window with just what the URL sync uses, counting the hash writes. */
function fakeWindow(hash: string) {
  const location = { pathname: '/', search: '', hash };
  const writes: string[] = [];
  const win = {
    location,
    history: {
      state: null,
      replaceState: (_: unknown, __: string, url: string) => {
        location.hash = url.slice(url.indexOf('#'));
        writes.push(location.hash);
      },
    },
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  return { win: win as unknown as Window, writes };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the URL sync', () => {
  test('a burst of cursor moves (a slider drag) is written once at once and once at the end', async () => {
    const store = createAppStore();
    const { win, writes } = fakeWindow('#v=1&len=50');
    const stop = startUrlSync(store, win);
    writes.length = 0;
    store.getState().seek(2);
    await wait(5);
    expect(writes).toEqual(['#v=1&len=50&t=2']);
    for (let t = 3; t <= 20; t++) store.getState().seek(t);
    await wait(5);
    expect(writes).toHaveLength(1);
    await wait(300);
    expect(writes).toEqual(['#v=1&len=50&t=2', '#v=1&len=50&t=20']);
    stop();
  });

  test('a change of settings is written at once, even during a burst of moves', async () => {
    const store = createAppStore();
    const { win, writes } = fakeWindow('#v=1&len=50');
    const stop = startUrlSync(store, win);
    store.getState().seek(2);
    await wait(5);
    store.getState().seek(3);
    store.getState().applySettings({ seed: 5 });
    await wait(5);
    expect(win.location.hash).toBe('#v=1&len=50&s=5&t=3');
    stop();
  });

  test('a hash that changes only the seed leaves every other setting as it was (same objects)', () => {
    const store = createAppStore();
    applyHash(store, '#v=1&c=gru,lstm,rnn&len=30&o=gru:z:1');
    const before = store.getState().settings;
    expect(before.overrides.gru).toHaveLength(1);
    applyHash(store, '#v=1&c=gru,lstm,rnn&len=30&o=gru:z:1');
    expect(store.getState().settings).toBe(before);
    applyHash(store, '#v=1&c=gru,lstm,rnn&len=30&o=gru:z:1&s=9');
    const after = store.getState().settings;
    expect(after.seed).toBe(9);
    for (const key of ['cells', 'overrides', 'input', 'panels', 'imported'] as const) expect(after[key]).toBe(before[key]);
  });
});
