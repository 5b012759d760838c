/**
 * The words of a cell diagram: names of its gates and states, the accessible name of each
 * node (with its values at full precision) and of the whole diagram. Pure; imports app/ only.
 */
import type { CellKind, ResetPlacement } from '../../../src/engine/types';
import { CELL_NAMES, type MicroStep } from '../../store/microSteps';
import { formatFull } from '../../vis/format';
import type { Term } from './diagram';

/** Values are listed one by one up to this hidden size; beyond it only their range. */
export const MAX_LISTED_UNITS = 8;

const NAMES: Record<CellKind, Partial<Record<Term, string>>> = {
  gru: {
    hPrev: 'previous hidden state h(t−1)', x: 'input x(t)', r: 'reset gate r', z: 'update gate z',
    n: 'candidate n', h: 'hidden state h(t)',
  },
  lstm: {
    cPrev: 'previous cell state c(t−1)', hPrev: 'previous hidden state h(t−1)', x: 'input x(t)',
    f: 'forget gate f', i: 'input gate i', g: 'candidate g', c: 'cell state c(t)', o: 'output gate o',
    h: 'hidden state h(t)',
  },
  rnn: { hPrev: 'previous hidden state h(t−1)', x: 'input x(t)', h: 'hidden state h(t) = tanh(·)' },
};

/** What a term of a cell is called. */
export function termName(cell: CellKind, term: Term): string {
  return NAMES[cell][term] ?? term;
}

/** A vector in words at full precision: every value up to 8 units, else the count and range. */
export function valuesInWords(values: ArrayLike<number>): string {
  const list = Array.from(values);
  if (list.length <= MAX_LISTED_UNITS) return list.map(formatFull).join(', ');
  return `${list.length} units from ${formatFull(Math.min(...list))} to ${formatFull(Math.max(...list))}`;
}

export interface NodeStatus {
  /** Computed at this very micro-step. */
  isActive: boolean;
  /** Not computed yet at this micro-step (dimmed). */
  isPending: boolean;
  /** Words about an override, if one holds the gate. */
  forced?: string;
}

/** "update gate z, step 3, computing now: 0.52, 0.31, 0.77, 0.1". */
export function nodeLabel(cell: CellKind, term: Term, t: number, values: ArrayLike<number>, status: NodeStatus): string {
  const when = status.isActive ? ', computing now' : status.isPending ? ', computed later in this step' : '';
  const forced = status.forced ? `, ${status.forced}` : '';
  return `${termName(cell, term)}, step ${t}${when}${forced}: ${valuesInWords(values)}`;
}

const RESET_WORDS: Record<ResetPlacement, string> = {
  after: 'reset applied after the recurrent matmul, as in PyTorch',
  before: 'reset applied before the recurrent matmul, as in Cho et al. 2014',
};

/** The accessible name of a whole diagram at the cursor. */
export function diagramLabel(cell: CellKind, t: number, active: MicroStep | null, reset: ResetPlacement): string {
  const variant = cell === 'gru' ? ` (${RESET_WORDS[reset]})` : '';
  const doing = active ? `computing the ${active.label}` : 'all gates of the step at once';
  return `${CELL_NAMES[cell]} cell diagram${variant}, time step ${t}: ${doing}. Arrow keys move between its gates and states.`;
}
