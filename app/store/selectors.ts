/**
 * Derived values: pure functions of the store's state, never stored copies. Imports store types.
 */
import type { CellKind } from '../../src/engine/types';
import type { CellResult } from '../../src/worker/protocol';
import { MICRO_STEPS, QUANTITIES, type MicroStep, type Quantity } from './microSteps';

/** Micro-steps per time step when these cells stand side by side: the longest cell's count. */
export function microStepCount(cells: readonly CellKind[]): number {
  return Math.max(1, ...cells.map((c) => MICRO_STEPS[c].length));
}

/**
 * The micro-step a cell is on at the shared counter: a shorter cell finishes its step and waits
 * for the longer one, so both stay on the same time step. Parallel shows the whole step.
 */
export function cellMicro(cell: CellKind, micro: number, isParallel: boolean): number {
  const n = MICRO_STEPS[cell].length;
  return isParallel ? n - 1 : Math.min(micro, n - 1);
}

/** The quantity a cell computes at the shared counter, or null when it shows the whole step. */
export function activeStep(cell: CellKind, micro: number, isParallel: boolean): MicroStep | null {
  return isParallel ? null : MICRO_STEPS[cell][cellMicro(cell, micro, false)];
}

/** Whether a quantity of this step is already computed at the cursor (later ones are dimmed). */
export function isRevealed(cell: CellKind, quantity: Quantity, micro: number, isParallel: boolean): boolean {
  if (isParallel) return true;
  const order = MICRO_STEPS[cell].findIndex((s) => s.quantity === quantity);
  return order <= cellMicro(cell, micro, false);
}

/** (T, H) buffer of a quantity in a computed cell, or undefined if the cell has no such quantity. */
export function quantityBuffer(result: CellResult, quantity: Quantity): Float64Array | undefined {
  const { trace } = result;
  if (quantity === 'h') return trace.h;
  if (quantity === 'c') return trace.config.kind === 'lstm' ? trace.c : undefined;
  return QUANTITIES[trace.config.kind].includes(quantity) ? trace.act[quantity] : undefined;
}

/** One step's vector of a quantity: H numbers at 1-based step t. */
export function quantityAt(result: CellResult, quantity: Quantity, t: number): Float64Array | undefined {
  const buffer = quantityBuffer(result, quantity);
  const H = result.trace.config.hiddenSize;
  return buffer?.subarray((t - 1) * H, t * H);
}

/** h_{t−1} (h0 at t = 1) and, for the LSTM, c_{t−1}. */
export function previousState(result: CellResult, state: 'h' | 'c', t: number): Float64Array {
  const { trace } = result;
  const H = trace.config.hiddenSize;
  if (t <= 1) return state === 'h' ? trace.h0 : trace.c0;
  return (state === 'h' ? trace.h : trace.c).subarray((t - 2) * H, (t - 1) * H);
}

/** x_t at 1-based step t. */
export function inputAt(result: CellResult, t: number): Float64Array {
  const I = result.trace.config.inputSize;
  return result.trace.x.subarray((t - 1) * I, t * I);
}
