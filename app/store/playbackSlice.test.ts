import { describe, expect, test } from 'vitest';
import { createAppStore } from './store';

describe('playback', () => {
  test('gru and lstm side by side take six micro-steps per time step, then move to t + 1', () => {
    const store = createAppStore();
    const s = () => store.getState();
    expect(s().cursor).toEqual({ t: 1, micro: 0 });
    for (let k = 0; k < 5; k++) s().stepForward();
    expect(s().cursor).toEqual({ t: 1, micro: 5 });
    s().stepForward();
    expect(s().cursor).toEqual({ t: 2, micro: 0 });
    s().stepBack();
    expect(s().cursor).toEqual({ t: 1, micro: 5 });
  });

  test('a gru alone has four micro-steps', () => {
    const store = createAppStore();
    store.getState().setCells(['gru']);
    for (let k = 0; k < 4; k++) store.getState().stepForward();
    expect(store.getState().cursor).toEqual({ t: 2, micro: 0 });
  });

  test('parallel mode moves a whole time step at a time', () => {
    const store = createAppStore();
    store.getState().applySettings({ isParallel: true });
    store.getState().stepForward();
    expect(store.getState().cursor).toEqual({ t: 2, micro: 0 });
  });

  test('seek clamps into the sequence and shortening the sequence pulls the cursor in', () => {
    const store = createAppStore();
    store.getState().seek(99, 99);
    expect(store.getState().cursor).toEqual({ t: 12, micro: 5 });
    store.getState().applySettings({ steps: 5 });
    expect(store.getState().cursor.t).toBe(5);
  });

  test('playing at the end stops; play again starts over', () => {
    const store = createAppStore();
    store.getState().goToEnd();
    store.getState().play();
    expect(store.getState().cursor).toEqual({ t: 1, micro: 0 });
    expect(store.getState().isPlaying).toBe(true);
    store.getState().goToEnd();
    store.getState().stepForward();
    expect(store.getState().isPlaying).toBe(false);
  });
});
