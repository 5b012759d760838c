import { describe, expect, test } from 'vitest';
import { clickBack, clickForward, walkEnd } from './clicker';

describe('the clicker', () => {
  test('forward walks the micro-steps of each walked step, jumps to the next walked step, then asks for the next slide', () => {
    const walk = [3, 20];
    expect(clickForward(walk, { t: 3, micro: 0 }, 6)).toEqual({ kind: 'cursor', cursor: { t: 3, micro: 1 } });
    expect(clickForward(walk, { t: 3, micro: 5 }, 6)).toEqual({ kind: 'cursor', cursor: { t: 20, micro: 0 } });
    expect(clickForward(walk, { t: 20, micro: 5 }, 6)).toEqual({ kind: 'slide', delta: 1 });
  });

  test('back undoes one micro-step, returns to the end of the walked step before, then asks for the previous slide', () => {
    const walk = [3, 20];
    expect(clickBack(walk, { t: 20, micro: 2 }, 6)).toEqual({ kind: 'cursor', cursor: { t: 20, micro: 1 } });
    expect(clickBack(walk, { t: 20, micro: 0 }, 6)).toEqual({ kind: 'cursor', cursor: { t: 3, micro: 5 } });
    expect(clickBack(walk, { t: 3, micro: 0 }, 6)).toEqual({ kind: 'slide', delta: -1 });
  });

  test('in parallel mode (one micro-step per time step) each press is a whole step', () => {
    expect(clickForward([1, 50], { t: 1, micro: 0 }, 1)).toEqual({ kind: 'cursor', cursor: { t: 50, micro: 0 } });
    expect(clickBack([1, 50], { t: 50, micro: 0 }, 1)).toEqual({ kind: 'cursor', cursor: { t: 1, micro: 0 } });
  });

  test('a slide without a walk moves straight to the next or previous slide', () => {
    expect(clickForward([], { t: 7, micro: 2 }, 6)).toEqual({ kind: 'slide', delta: 1 });
    expect(clickBack([], { t: 7, micro: 2 }, 6)).toEqual({ kind: 'slide', delta: -1 });
  });

  test('a cursor the learner moved off the walk rejoins it at the nearest walked step ahead or behind', () => {
    const walk = [3, 20];
    expect(clickForward(walk, { t: 10, micro: 4 }, 6)).toEqual({ kind: 'cursor', cursor: { t: 20, micro: 0 } });
    expect(clickForward(walk, { t: 22, micro: 0 }, 6)).toEqual({ kind: 'slide', delta: 1 });
    expect(clickBack(walk, { t: 10, micro: 4 }, 6)).toEqual({ kind: 'cursor', cursor: { t: 3, micro: 5 } });
    expect(clickBack(walk, { t: 1, micro: 0 }, 6)).toEqual({ kind: 'slide', delta: -1 });
  });

  test('coming back to a slide lands at the end of its walk, or nowhere in particular without one', () => {
    expect(walkEnd([2, 12], 6)).toEqual({ t: 12, micro: 5 });
    expect(walkEnd([], 6)).toBeNull();
  });
});
