import { describe, expect, test } from 'vitest';
import { whenIdle } from './whenIdle';

describe('whenIdle', () => {
  test('asks for an idle callback with a deadline, and cancels it', () => {
    const asked: { timeout?: number }[] = [];
    const cancelled: number[] = [];
    const win = {
      setTimeout, clearTimeout,
      requestIdleCallback: (_: () => void, options?: { timeout?: number }) => (asked.push(options ?? {}), 7),
      cancelIdleCallback: (handle: number) => void cancelled.push(handle),
    } as unknown as Window;
    const cancel = whenIdle(() => {}, 300, win);
    expect(asked).toHaveLength(1);
    expect(asked[0].timeout).toBe(300);
    cancel();
    expect(cancelled).toEqual([7]);
  });

  test('falls back to a timer where there is no idle callback, and the cancel stops it', async () => {
    const win = { setTimeout, clearTimeout } as unknown as Window;
    let runs = 0;
    whenIdle(() => runs++, 300, win);
    whenIdle(() => runs++, 300, win)();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs).toBe(1);
  });
});
