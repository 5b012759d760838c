/**
 * What a key does on a focused timeline map: ← → (and PageDown / PageUp by ten, Home / End)
 * move the time step; ↑ ↓ move the unit, and past the first or last unit move on to the
 * neighbouring map. Pure, so every key's meaning is tested without a DOM. Imports nothing.
 */

/** Where the keyboard is: the cursor's step (1-based) and the focused row (0-based) of a map. */
export interface KeyPlace {
  t: number;
  steps: number;
  row: number;
  rows: number;
}

export type KeyAction =
  | { kind: 'seek'; t: number }
  | { kind: 'row'; row: number }
  /** Focus the previous (−1) or next (+1) map, on its last or first row. */
  | { kind: 'map'; delta: -1 | 1; row: 'first' | 'last' };

/** Steps that PageUp / PageDown jump. */
export const PAGE_STEPS = 10;

/** The action for `key`, or null for keys the map leaves to the page. Steps are clamped to 1..T. */
export function keyAction(key: string, { t, steps, row, rows }: KeyPlace): KeyAction | null {
  const seek = (to: number): KeyAction => ({ kind: 'seek', t: Math.min(steps, Math.max(1, to)) });
  switch (key) {
    case 'ArrowLeft': return seek(t - 1);
    case 'ArrowRight': return seek(t + 1);
    case 'PageDown': return seek(t - PAGE_STEPS);
    case 'PageUp': return seek(t + PAGE_STEPS);
    case 'Home': return seek(1);
    case 'End': return seek(steps);
    case 'ArrowUp': return row > 0 ? { kind: 'row', row: row - 1 } : { kind: 'map', delta: -1, row: 'last' };
    case 'ArrowDown': return row < rows - 1 ? { kind: 'row', row: row + 1 } : { kind: 'map', delta: 1, row: 'first' };
    default: return null;
  }
}
