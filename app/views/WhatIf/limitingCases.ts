/**
 * The lesson's one-click limiting cases, as data: each forces gates of one cell and says what
 * the learner should see. Imports engine types only.
 */
import type { CellKind, GateOverride } from '../../../src/engine/types';

export interface LimitingCase {
  id: string;
  cell: CellKind;
  label: string;
  explanation: string;
  overrides: GateOverride[];
}

export const LIMITING_CASES: readonly LimitingCase[] = [
  {
    id: 'gru-copy', cell: 'gru', label: 'GRU z = 1 (copy h)',
    explanation: 'h = (1 − z)·n + z·h_prev = h_prev: every step is a no-op.',
    overrides: [{ gate: 'z', value: 1 }],
  },
  {
    id: 'gru-forget', cell: 'gru', label: 'GRU r = 0 (forget the past)',
    explanation: 'The candidate n no longer sees h_prev; with z = 0 too the past is ignored.',
    overrides: [{ gate: 'r', value: 0 }],
  },
  {
    id: 'gru-plain', cell: 'gru', label: 'GRU r = 1, z = 0 (a plain RNN)',
    explanation: 'h = n = tanh(W_in x + b_in + W_hn h_prev + b_hn): a tanh RNN.',
    overrides: [{ gate: 'r', value: 1 }, { gate: 'z', value: 0 }],
  },
  {
    id: 'lstm-keep', cell: 'lstm', label: 'LSTM f = 1, i = 0 (keep the cell)',
    explanation: 'c = 1·c_prev + 0·g = c_prev: the memory passes unchanged.',
    overrides: [{ gate: 'f', value: 1 }, { gate: 'i', value: 0 }],
  },
  {
    id: 'lstm-hide', cell: 'lstm', label: 'LSTM o = 0 (hide the cell)',
    explanation: 'h = 0·tanh(c) = 0: the cell still remembers, but nothing is exposed.',
    overrides: [{ gate: 'o', value: 0 }],
  },
];
