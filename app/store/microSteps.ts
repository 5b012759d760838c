/**
 * The animation order of DESIGN.md: which quantity each micro-step computes, per cell.
 * Imports engine types only.
 */
import type { CellKind } from '../../src/engine/types';

/** A vector the views draw: gates, candidates and states. */
export type Quantity = 'r' | 'z' | 'n' | 'h' | 'i' | 'f' | 'g' | 'o' | 'c';

export interface MicroStep {
  quantity: Quantity;
  /** What the narration calls it. */
  label: string;
}

export const MICRO_STEPS: Record<CellKind, readonly MicroStep[]> = {
  gru: [
    { quantity: 'r', label: 'reset gate r' },
    { quantity: 'z', label: 'update gate z' },
    { quantity: 'n', label: 'candidate n' },
    { quantity: 'h', label: 'hidden state h = (1 − z)·n + z·h_prev' },
  ],
  lstm: [
    { quantity: 'f', label: 'forget gate f' },
    { quantity: 'i', label: 'input gate i' },
    { quantity: 'g', label: 'candidate g' },
    { quantity: 'c', label: 'cell state c = f·c_prev + i·g' },
    { quantity: 'o', label: 'output gate o' },
    { quantity: 'h', label: 'hidden state h = o·tanh(c)' },
  ],
  rnn: [{ quantity: 'h', label: 'hidden state h = tanh(W_ih x + W_hh h_prev + b)' }],
};

/** The quantities each cell shows, in diagram order. */
export const QUANTITIES: Record<CellKind, readonly Quantity[]> = {
  gru: ['r', 'z', 'n', 'h'],
  lstm: ['f', 'i', 'g', 'c', 'o', 'h'],
  rnn: ['h'],
};

export const CELL_NAMES: Record<CellKind, string> = { gru: 'GRU', lstm: 'LSTM', rnn: 'tanh RNN' };
