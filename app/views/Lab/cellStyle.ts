/**
 * How each cell is drawn in the lab's charts: an Okabe–Ito colour per theme (Lab.css; no red/green pair), a dash
 * pattern and a letter, so colour is never the only cue. Imports engine types only.
 */
import type { CellKind } from '../../../src/engine/types';

export const LAB_CELL_STYLE: Record<CellKind, { color: string; dash: string; letter: string }> = {
  rnn: { color: 'var(--lab-rnn)', dash: '2 3', letter: 'R' },
  gru: { color: 'var(--lab-gru)', dash: '8 3', letter: 'G' },
  lstm: { color: 'var(--lab-lstm)', dash: '', letter: 'L' },
};
