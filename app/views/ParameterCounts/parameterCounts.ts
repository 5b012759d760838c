/**
 * Parameter counts of a recurrent cell, with the formula written out: G gate blocks of n units,
 * each with input weights (n × d), recurrent weights (n × n) and biases. The textbook counts one
 * bias per block, G·n(d + n + 1) (Chung et al. 2014); PyTorch stores two, G·n(d + n + 2).
 * Arithmetic on sizes only (the engine's `parameterCount` agrees; its module would pull the cell
 * maths into the main bundle). Imports engine types only.
 */
import type { CellKind } from '../../../src/engine/types';

/** G: weight blocks per cell (rnn h · gru r z n · lstm i f g o). */
export const GATE_BLOCKS: Record<CellKind, number> = { rnn: 1, gru: 3, lstm: 4 };

/** One way of counting: the formula in letters, with the sizes substituted, and the result. */
export interface Count {
  formula: string; // "3n(d + n + 1)"
  substituted: string; // "3·4·(1 + 4 + 1)"
  total: number;
}

export interface CellCounts {
  cell: CellKind;
  blocks: number;
  /** One bias vector per block. */
  textbook: Count;
  /** PyTorch's bias_ih and bias_hh: two per block. */
  pytorch: Count;
  /** The textbook total split into its parts: G·n·d, G·n·n, G·n. */
  parts: { input: number; recurrent: number; bias: number };
}

function count(blocks: number, d: number, n: number, biases: 1 | 2): Count {
  const g = blocks === 1 ? '' : String(blocks);
  return {
    formula: `${g}n(d + n + ${biases})`,
    substituted: `${g ? `${g}·` : ''}${n}·(${d} + ${n} + ${biases})`,
    total: blocks * n * (d + n + biases),
  };
}

/** The counts of a cell with input size d and hidden size n. */
export function cellCounts(cell: CellKind, inputSize: number, hiddenSize: number): CellCounts {
  const G = GATE_BLOCKS[cell];
  return {
    cell,
    blocks: G,
    textbook: count(G, inputSize, hiddenSize, 1),
    pytorch: count(G, inputSize, hiddenSize, 2),
    parts: { input: G * hiddenSize * inputSize, recurrent: G * hiddenSize * hiddenSize, bias: G * hiddenSize },
  };
}

/**
 * The largest hidden size whose textbook count fits `budget` at input size d: the way Chung et al.
 * matched their models (≈ 20 K parameters at d ≈ 100 gives 100 / 46 / 36 units).
 */
export function unitsForBudget(cell: CellKind, inputSize: number, budget: number): number {
  const G = GATE_BLOCKS[cell];
  let n = 0;
  while (G * (n + 1) * (inputSize + n + 2) <= budget) n++;
  return n;
}
