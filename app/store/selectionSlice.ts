/**
 * Selection: what the learner points at (an equation term, a wire, a unit). Hovering a term
 * highlights its wire and value; hovering a wire highlights its term. Imports store types.
 */
import type { StateCreator } from 'zustand';
import type { CellKind } from '../../src/engine/types';
import type { Store } from './store';

/** A term of an equation / a wire of a diagram, named by the quantity it carries. */
export interface Highlight {
  cell: CellKind;
  /** A quantity (r, z, n, h, i, f, g, o, c) or an input wire: x, hPrev, cPrev. */
  term: string;
}

export interface SelectionSlice {
  highlight: Highlight | null;
  setHighlight: (highlight: Highlight | null) => void;
}

export const createSelectionSlice: StateCreator<Store, [], [], SelectionSlice> = (set) => ({
  highlight: null,
  setHighlight: (highlight) => set({ highlight }),
});
