/**
 * Which heatmaps the timeline draws: the input x (one row per channel), then for every shown
 * cell each quantity over time (h, c, and every gate), with its title and colour scale.
 * Pure: reads computed traces, computes nothing. Imports app/ store helpers and engine types.
 */
import type { CellKind } from '../../../src/engine/types';
import type { CellResult } from '../../../src/worker/protocol';
import { CELL_NAMES, QUANTITIES, type Quantity } from '../../store/microSteps';
import { quantityBuffer } from '../../store/selectors';
import { isGate } from '../../vis/palette';

/** What a letter means in each cell (the RNN's only block is its hidden state). */
export const QUANTITY_NAMES: Record<Quantity, string> = {
  r: 'reset gate',
  z: 'update gate',
  n: 'candidate',
  h: 'hidden state',
  i: 'input gate',
  f: 'forget gate',
  g: 'candidate',
  c: 'cell state',
  o: 'output gate',
};

/** One heatmap: `values` (T, rows) over time, read straight from a trace. */
export interface TimelineMap {
  /** Stable key: `x` for the input, else `${cell}-${quantity}`. */
  id: string;
  cell: CellKind | null;
  letter: Quantity | 'x';
  /** "GRU", "tanh RNN", or "Input". */
  group: string;
  /** "update gate", "hidden state", "input". */
  name: string;
  /** "GRU · z update gate", "Input · x input". */
  title: string;
  scale: 'gate' | 'value';
  values: Float64Array; // (T, rows)
  rows: number;
  /** What a row is: a unit of the hidden state, or a channel of the input. */
  rowName: 'unit' | 'channel';
}

/** A toggle of the map picker: the map's id and the words for it. */
export interface MapChoice {
  id: string;
  letter: Quantity | 'x';
  name: string;
}

/** The maps each shown cell can draw, in the cell's diagram order, grouped per cell (input first). */
export function mapChoices(cells: readonly CellKind[]): { group: string; choices: MapChoice[] }[] {
  return [
    { group: 'Input', choices: [{ id: 'x', letter: 'x', name: 'input' }] },
    ...cells.map((cell) => ({
      group: CELL_NAMES[cell],
      choices: QUANTITIES[cell].map((q) => ({ id: `${cell}-${q}`, letter: q, name: QUANTITY_NAMES[q] })),
    })),
  ];
}

/** The maps to draw for these cells, leaving out hidden ids and cells not computed yet. */
export function timelineMaps(
  cells: readonly CellKind[],
  results: Partial<Record<CellKind, CellResult>>,
  hidden: ReadonlySet<string>,
): TimelineMap[] {
  const maps: TimelineMap[] = [];
  const first = cells.map((c) => results[c]).find((r) => r !== undefined);
  if (first && !hidden.has('x')) {
    const { x, config } = first.trace;
    maps.push({
      id: 'x', cell: null, letter: 'x', group: 'Input', name: 'input', title: 'Input · x input',
      scale: 'value', values: x, rows: config.inputSize, rowName: 'channel',
    });
  }
  for (const cell of cells) {
    const result = results[cell];
    if (!result) continue;
    for (const q of QUANTITIES[cell]) {
      const id = `${cell}-${q}`;
      const values = quantityBuffer(result, q);
      if (hidden.has(id) || !values) continue;
      const group = CELL_NAMES[cell], name = QUANTITY_NAMES[q];
      maps.push({
        id, cell, letter: q, group, name, title: `${group} · ${q} ${name}`,
        scale: isGate(q) ? 'gate' : 'value', values, rows: result.trace.config.hiddenSize, rowName: 'unit',
      });
    }
  }
  return maps;
}
