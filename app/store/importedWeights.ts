/**
 * Checks that imported weights can be shown: consistent shapes for their cell, a hidden size the
 * visualizer draws, the input size on screen, finite numbers. Shared by the URL state, the lab's
 * trained models and the scenario import, so each refuses the same things with the same words.
 * Pure; imports store files.
 */
import type { CellKind } from '../../src/engine/types';
import { CELL_NAMES } from './microSteps';
import { importedHiddenSize, WEIGHT_BLOCKS } from './cellSizes';
import { SIZE_LIMITS, type ImportedWeights } from './settingsSlice';

/** "hidden_size: 80 is more than the visualizer shows (at most 64)", or null within the limit. */
export function beyondVisualizer(field: string, value: number, limit: { min: number; max: number }): string | null {
  if (!Number.isInteger(value) || value < limit.min) return `${field}: ${value} is not a whole number from ${limit.min} to ${limit.max}`;
  return value > limit.max ? `${field}: ${value} is more than the visualizer shows (at most ${limit.max})` : null;
}

const firstNonFinite = (values: Float64Array): number => values.findIndex((x) => !Number.isFinite(x));

/**
 * Why these weights cannot be shown at this input size, naming the part (`gru weight_hh`), or
 * null when they can.
 */
export function importedProblem(imported: ImportedWeights, inputSize: number): string | null {
  const { cell, weights, h0, c0 } = imported;
  if (!(cell in WEIGHT_BLOCKS)) return `unknown cell "${String(cell)}"`;
  const G = WEIGHT_BLOCKS[cell];
  const H = importedHiddenSize(imported);
  if (!Number.isInteger(H) || H < 1) return `${cell} bias_ih: ${weights.bIh.length} numbers is not ${G} × a hidden size`;
  const tooBig = beyondVisualizer(`${cell} hidden size`, H, SIZE_LIMITS.hiddenSize);
  if (tooBig) return tooBig;
  const parts: [string, Float64Array, number][] = [
    ['weight_ih', weights.wIh, G * H * inputSize],
    ['weight_hh', weights.wHh, G * H * H],
    ['bias_ih', weights.bIh, G * H],
    ['bias_hh', weights.bHh, G * H],
    ['h0', h0, H],
    ['c0', c0, H],
  ];
  for (const [name, values, want] of parts) {
    if (!(values instanceof Float64Array)) return `${cell} ${name}: expected a Float64Array`;
    if (values.length !== want) {
      const shape = name === 'weight_ih' ? ` (${G}·${H} × input size ${inputSize})` : '';
      return `${cell} ${name}: expected ${want} numbers${shape}, got ${values.length}`;
    }
    const bad = firstNonFinite(values);
    if (bad >= 0) return `${cell} ${name}[${bad}]: ${values[bad]} is not a finite number`;
  }
  return null;
}

/** "the GRU and the LSTM" */
export function cellList(cells: readonly CellKind[]): string {
  const names = cells.map((cell) => `the ${CELL_NAMES[cell]}`);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
