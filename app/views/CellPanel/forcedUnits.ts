/**
 * Which units of a quantity an override holds at a step (to mark them on screen).
 * Reads the trace's `forced` tables. Imports app/ and engine types only.
 */
import type { GateName } from '../../../src/engine/types';
import type { CellResult } from '../../../src/worker/protocol';
import type { Quantity } from '../../store/microSteps';

export function forcedUnitsAt(result: CellResult, quantity: Quantity, t: number): ReadonlySet<number> | undefined {
  const table = result.trace.forced[quantity as GateName];
  if (!table) return undefined;
  const H = result.trace.config.hiddenSize;
  const units = new Set<number>();
  for (let j = 0; j < H; j++) if (!Number.isNaN(table[(t - 1) * H + j])) units.add(j);
  return units;
}
