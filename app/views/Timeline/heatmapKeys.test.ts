import { describe, expect, test } from 'vitest';
import { keyAction, PAGE_STEPS } from './heatmapKeys';

const at = { t: 5, steps: 12, row: 1, rows: 4 };

describe('timeline keys', () => {
  test('left and right arrows move one time step and stop at the ends', () => {
    expect(keyAction('ArrowRight', at)).toEqual({ kind: 'seek', t: 6 });
    expect(keyAction('ArrowLeft', at)).toEqual({ kind: 'seek', t: 4 });
    expect(keyAction('ArrowLeft', { ...at, t: 1 })).toEqual({ kind: 'seek', t: 1 });
    expect(keyAction('ArrowRight', { ...at, t: 12 })).toEqual({ kind: 'seek', t: 12 });
  });

  test('Home and End go to the first and last step, PageUp and PageDown jump ten', () => {
    expect(keyAction('Home', at)).toEqual({ kind: 'seek', t: 1 });
    expect(keyAction('End', at)).toEqual({ kind: 'seek', t: 12 });
    expect(keyAction('PageUp', { ...at, steps: 100 })).toEqual({ kind: 'seek', t: 5 + PAGE_STEPS });
    expect(keyAction('PageDown', at)).toEqual({ kind: 'seek', t: 1 });
  });

  test('up and down arrows move between units of the map', () => {
    expect(keyAction('ArrowDown', at)).toEqual({ kind: 'row', row: 2 });
    expect(keyAction('ArrowUp', at)).toEqual({ kind: 'row', row: 0 });
  });

  test('past the first or last unit the arrows move on to the neighbouring map', () => {
    expect(keyAction('ArrowUp', { ...at, row: 0 })).toEqual({ kind: 'map', delta: -1, row: 'last' });
    expect(keyAction('ArrowDown', { ...at, row: 3 })).toEqual({ kind: 'map', delta: 1, row: 'first' });
    expect(keyAction('ArrowDown', { ...at, row: 0, rows: 1 })).toEqual({ kind: 'map', delta: 1, row: 'first' });
  });

  test('other keys are left to the page (Tab, Space, letters)', () => {
    for (const key of ['Tab', ' ', 'a', 'Enter', 'Escape']) expect(keyAction(key, at)).toBeNull();
  });
});
