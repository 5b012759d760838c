/**
 * What the equation panel shows for one cell at a time step: its convention notes, each equation
 * with the chosen unit's numbers, and every term's value; and, per micro-step, which equation is
 * active. Pure functions of the trace and the settings. Imports app/ only.
 */
import type { CellKind, ResetPlacement } from '../../../src/engine/types';
import type { CellResult } from '../../../src/worker/protocol';
import type { Quantity } from '../../store/microSteps';
import { activeStep } from '../../store/selectors';
import { typesetStrings, type Piece, type Term } from './pieces';
import { numbersLine, termValues } from './substitution';
import { cellEquations, conventionNotes, type Notation } from './symbolic';

export interface EquationView {
  quantity: Quantity;
  name: string;
  symbolic: Piece[];
  /** The chosen unit's numbers; null while the cell is computing. */
  numbers: Piece[] | null;
}

export interface CellView {
  cell: CellKind;
  notes: string[];
  equations: EquationView[];
  /** Each term's value at the unit, for the term buttons' labels. */
  values: Partial<Record<Term, number[]>>;
  isComputed: boolean;
  /** The unit whose numbers are shown: the focused one, or this cell's last if it has fewer units. */
  unit: number;
  /** The cell has fewer units than the focused unit needs, so it shows its last one. */
  isLastUnit: boolean;
}

/** What the numbers depend on; the micro-step only moves the emphasis (see equationActivity). */
export interface ViewSettings {
  /** 1-based time step. */
  t: number;
  notation: Notation;
  /** The reset placement of the settings, used until the cell's trace has arrived. */
  reset: ResetPlacement;
  unit: number;
}

export function cellView(cell: CellKind, result: CellResult | undefined, s: ViewSettings): CellView {
  const isComputed = result !== undefined && s.t <= result.trace.steps;
  // The symbols follow the trace on screen, so they always match its numbers.
  const variant = { reset: result?.trace.config.reset ?? s.reset, notation: s.notation };
  const unit = isComputed ? Math.min(s.unit, result.trace.config.hiddenSize - 1) : 0;
  return {
    cell,
    notes: conventionNotes(cell, variant),
    isComputed,
    unit,
    isLastUnit: isComputed && unit < s.unit,
    values: isComputed ? termValues(result, s.t, unit, s.notation) : {},
    equations: cellEquations(cell, variant).map((eq) => ({
      quantity: eq.quantity,
      name: eq.name,
      symbolic: eq.pieces,
      numbers: isComputed ? numbersLine(result, eq.quantity, s.t, unit, s.notation) : null,
    })),
  };
}

export interface Activity {
  /** The active micro-step's equation (every equation in parallel mode). */
  isActive: boolean;
  /** Active because it is this micro-step (not because all of the step is shown). */
  isCurrentStep: boolean;
}

/** How an equation stands at the shared micro-step counter. */
export function equationActivity(cell: CellKind, quantity: Quantity, micro: number, isParallel: boolean): Activity {
  const active = activeStep(cell, micro, isParallel);
  return { isActive: active === null || active.quantity === quantity, isCurrentStep: active?.quantity === quantity };
}

/** Every TeX string the views will typeset, so KaTeX can set them ahead in small slices. */
export function texOfViews(views: readonly CellView[]): string[] {
  const all = views.flatMap((view) =>
    view.equations.flatMap((eq) => [...typesetStrings(eq.symbolic), ...typesetStrings(eq.numbers ?? [])]));
  return [...new Set(all)];
}
