import { describe, expect, test } from 'vitest';
import { createAppStore } from '../store/store';
import { createAutoPause } from './autoPause';

describe('pausing while unseen', () => {
  test('playback pauses when scrolled away and resumes when seen again', () => {
    const store = createAppStore();
    const auto = createAutoPause(store);
    store.getState().play();
    auto.setHidden('offscreen', true);
    expect(store.getState().isPlaying).toBe(false);
    auto.setHidden('offscreen', false);
    expect(store.getState().isPlaying).toBe(true);
  });

  test('it resumes only when every reason to hide is gone', () => {
    const store = createAppStore();
    const auto = createAutoPause(store);
    store.getState().play();
    auto.setHidden('tab', true);
    auto.setHidden('offscreen', true);
    auto.setHidden('tab', false);
    expect(store.getState().isPlaying).toBe(false);
    auto.setHidden('offscreen', false);
    expect(store.getState().isPlaying).toBe(true);
  });

  test('a paused embed does not start playing when it comes back into view', () => {
    const store = createAppStore();
    const auto = createAutoPause(store);
    auto.setHidden('offscreen', true);
    auto.setHidden('offscreen', false);
    expect(store.getState().isPlaying).toBe(false);
  });

  test('a play or pause while hidden wins over the automatic resume', () => {
    const store = createAppStore();
    const auto = createAutoPause(store);
    store.getState().play();
    auto.setHidden('tab', true);
    store.getState().play();
    store.getState().pause();
    auto.setHidden('tab', false);
    expect(store.getState().isPlaying).toBe(false);
  });

  test('after dispose it no longer listens to the store', () => {
    const store = createAppStore();
    const auto = createAutoPause(store);
    auto.dispose();
    expect(() => store.getState().play()).not.toThrow();
  });
});
