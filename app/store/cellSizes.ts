/**
 * Each cell's hidden size: an imported cell has its own (read from its weights), a seeded cell
 * uses `settings.hiddenSize`. Every view that needs a cell's size asks here. Pure; imports
 * engine and store types only.
 */
import type { CellKind } from '../../src/engine/types';
import type { ImportedWeights, Settings } from './settingsSlice';

/** G: how many H-row blocks each weight matrix of a cell has (rnn h · gru r z n · lstm i f g o). */
export const WEIGHT_BLOCKS: Record<CellKind, number> = { rnn: 1, gru: 3, lstm: 4 };

/** The hidden size of imported weights: bias_ih holds G·H numbers. */
export function importedHiddenSize(imported: ImportedWeights): number {
  return imported.weights.bIh.length / WEIGHT_BLOCKS[imported.cell];
}

/** The input size imported weights expect: weight_ih is (G·H, I). */
export function importedInputSize(imported: ImportedWeights): number {
  const GH = imported.weights.bIh.length;
  return GH === 0 ? 0 : imported.weights.wIh.length / GH;
}

type SizeSource = Pick<Settings, 'hiddenSize' | 'imported'>;

/** A cell's hidden size on screen: its imported weights' size, else the seeded size. */
export function hiddenSizeOf(s: SizeSource, cell: CellKind): number {
  const imported = s.imported[cell];
  return imported ? importedHiddenSize(imported) : s.hiddenSize;
}

/** The largest hidden size among the shown cells: the focused unit ranges up to it. */
export function largestHiddenSize(s: SizeSource & Pick<Settings, 'cells'>): number {
  return Math.max(1, ...s.cells.map((cell) => hiddenSizeOf(s, cell)));
}

/** Whether the shown cells differ in hidden size (the columns then say how many units each has). */
export function hasMixedSizes(s: SizeSource & Pick<Settings, 'cells'>): boolean {
  return new Set(s.cells.map((cell) => hiddenSizeOf(s, cell))).size > 1;
}

/**
 * The unit a cell shows for the focused unit `s.unit`: the same unit, or the cell's last one when
 * it has fewer (the focus ranges over the largest shown cell, so no unit is out of reach).
 */
export function unitOf(s: SizeSource & Pick<Settings, 'unit'>, cell: CellKind): number {
  return Math.min(s.unit, hiddenSizeOf(s, cell) - 1);
}

/** The imported cells, in the order rnn, gru, lstm. */
export function importedCells(s: Pick<Settings, 'imported'>): CellKind[] {
  return (['rnn', 'gru', 'lstm'] as const).filter((cell) => s.imported[cell] !== undefined);
}
