/**
 * The equations of each cell, one per micro-step, in PyTorch's letters and storage order, with
 * the variant (GRU reset after/before) and notation (PyTorch or Chung et al.'s swapped z) chosen,
 * and the notes that name the convention. Pure; imports app/ only.
 */
import type { CellKind, ResetPlacement } from '../../../src/engine/types';
import { MICRO_STEPS, type Quantity } from '../../store/microSteps';
import type { Settings } from '../../store/settingsSlice';
import { parseTemplate, termName, type Piece } from './pieces';

export type Notation = Settings['notation'];

export interface EquationVariant {
  reset: ResetPlacement;
  notation: Notation;
}

export interface Equation {
  /** The quantity the equation computes (its micro-step). */
  quantity: Quantity;
  /** In words: "update gate". */
  name: string;
  pieces: Piece[];
}

/** q = act(W_iq x + b_iq + W_hq h_{t−1} + b_hq): every gate and the RNN's h have this shape. */
function affine(q: Quantity, activation: 'sigma' | 'tanh'): string {
  return `@${q} = \\${activation}(W_{i${q}} @x + b_{i${q}} + W_{h${q}} @hPrev + b_{h${q}})`;
}

/** The template of one quantity's equation. */
function template(cell: CellKind, q: Quantity, { reset, notation }: EquationVariant): string {
  if (cell === 'rnn') return affine('h', 'tanh');
  if (cell === 'gru') {
    switch (q) {
      case 'z':
        // Chung et al.'s z is PyTorch's 1 − z: written with PyTorch's weights, that is 1 − σ(…).
        return notation === 'chung'
          ? '@z = 1 - \\sigma(W_{iz} @x + b_{iz} + W_{hz} @hPrev + b_{hz})'
          : affine('z', 'sigma');
      case 'n':
        return reset === 'after'
          ? '@n = \\tanh(W_{in} @x + b_{in} + @r \\odot (W_{hn} @hPrev + b_{hn}))'
          : '@n = \\tanh(W_{in} @x + b_{in} + W_{hn} (@r \\odot @hPrev) + b_{hn})';
      case 'h':
        return notation === 'chung'
          ? '@h = @z \\odot @n + (1 - @z) \\odot @hPrev'
          : '@h = (1 - @z) \\odot @n + @z \\odot @hPrev';
      default:
        return affine(q, 'sigma');
    }
  }
  switch (q) {
    case 'g': return affine('g', 'tanh');
    case 'c': return '@c = @f \\odot @cPrev + @i \\odot @g';
    case 'h': return '@h = @o \\odot \\tanh(@c)';
    default: return affine(q, 'sigma');
  }
}

/** A cell's equations in micro-step order. */
export function cellEquations(cell: CellKind, variant: EquationVariant): Equation[] {
  return MICRO_STEPS[cell].map(({ quantity }) => ({
    quantity,
    name: termName(cell, quantity),
    pieces: parseTemplate(template(cell, quantity, variant)),
  }));
}

/** The sentences that name the convention a cell's equations follow. */
export function conventionNotes(cell: CellKind, { reset, notation }: EquationVariant): string[] {
  switch (cell) {
    case 'gru':
      return [
        reset === 'after'
          ? 'GRU reset after the matmul (PyTorch, cuDNN, Keras reset_after=True).'
          : 'GRU reset before the matmul (Cho et al. 2014, Keras reset_after=False).',
        notation === 'pytorch'
          ? 'z ≈ 1 keeps the old state (PyTorch’s notation, the one the engine computes).'
          : 'Chung et al. 2014 notation: their z is PyTorch’s 1 − z, so z ≈ 1 takes the new candidate. ' +
            'Every z shown here is 1 − the engine’s z: the same cell, relabelled for display.',
      ];
    case 'lstm':
      return ['PyTorch gate order i, f, g, o. f ≈ 1 keeps the old cell state; o ≈ 0 hides it from h.'];
    case 'rnn':
      return ['A plain tanh RNN: no gates, the whole state is rewritten at every step.'];
  }
}
