/**
 * Test support: imported weights of any cell and size, filled with distinct small numbers (no
 * engine maths: the shapes are what the tests are about). Used by tests only.
 */
import type { CellKind } from '../../src/engine/types';
import { WEIGHT_BLOCKS } from './cellSizes';
import type { ImportedWeights } from './settingsSlice';

export function importedFor(cell: CellKind, hiddenSize: number, inputSize: number): ImportedWeights {
  const GH = WEIGHT_BLOCKS[cell] * hiddenSize;
  const fill = (n: number, offset: number) => Float64Array.from({ length: n }, (_, k) => Math.sin(offset + k) / 7);
  return {
    cell,
    weights: { wIh: fill(GH * inputSize, 1), wHh: fill(GH * hiddenSize, 2), bIh: fill(GH, 3), bHh: fill(GH, 4) },
    h0: fill(hiddenSize, 5),
    c0: cell === 'lstm' ? fill(hiddenSize, 6) : new Float64Array(hiddenSize),
  };
}
