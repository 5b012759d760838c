/**
 * Which units of a gate an override holds at a step, and the short tag the diagram shows for
 * them ("forced = 1"). Reads the trace's `forced` tables; pure. Imports engine and app types.
 */
import type { GateName } from '../../../src/engine/types';
import type { CellResult } from '../../../src/worker/protocol';
import type { Quantity } from '../../store/microSteps';
import { formatShort } from '../../vis/format';

export interface Forcing {
  /** Forced units, ascending. */
  units: number[];
  /** The forced value of each of those units. */
  values: number[];
  /** H: how many units the gate has. */
  hiddenSize: number;
}

/** The forcing of a quantity at 1-based step t, or null when every unit is free. */
export function forcingAt(result: CellResult, quantity: Quantity, t: number): Forcing | null {
  const table = result.trace.forced[quantity as GateName]; // (T, H), NaN where free
  if (!table) return null;
  const H = result.trace.config.hiddenSize;
  const units: number[] = [];
  const values: number[] = [];
  for (let j = 0; j < H; j++) {
    const v = table[(t - 1) * H + j];
    if (!Number.isNaN(v)) {
      units.push(j);
      values.push(v);
    }
  }
  return units.length ? { units, values, hiddenSize: H } : null;
}

const sameValue = (values: readonly number[]) => values.every((v) => v === values[0]);

/** The tag on the gate: "forced = 1" (every unit), "forced = 0 (u2)" (one unit), "forced (3/8)". */
export function forcedTag({ units, values, hiddenSize }: Forcing): string {
  const value = sameValue(values) ? ` = ${formatShort(values[0])}` : '';
  if (units.length === hiddenSize) return `forced${value}`;
  const which = units.length === 1 ? `u${units[0]}` : `${units.length}/${hiddenSize}`;
  return `forced${value} (${which})`;
}

/** The same in words with full precision, for aria-labels and tooltips. */
export function forcedWords({ units, values, hiddenSize }: Forcing): string {
  if (units.length === hiddenSize && sameValue(values)) return `forced to ${values[0]} in every unit`;
  return `forced: ${units.map((u, k) => `unit ${u} to ${values[k]}`).join(', ')}`;
}
