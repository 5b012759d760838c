/**
 * The words the live region says for the cursor: which step, which gate, with its values.
 * A pure function of the trace and the cursor. Imports app/ only.
 */
import type { CellKind } from '../../../src/engine/types';
import type { CellResult } from '../../../src/worker/protocol';
import { CELL_NAMES, MICRO_STEPS } from '../../store/microSteps';
import { activeStep, quantityAt } from '../../store/selectors';
import { formatShort } from '../../vis/format';

function vectorWords(values: Float64Array | undefined, max = 4): string {
  if (!values) return '';
  const shown = Array.from(values.subarray(0, max), formatShort).join(', ');
  return values.length > max ? `${shown}, … (${values.length} units)` : shown;
}

export function narrate(
  cells: readonly CellKind[], results: Partial<Record<CellKind, CellResult>>,
  t: number, micro: number, isParallel: boolean, steps: number,
): string {
  const parts = cells.map((cell) => {
    const result = results[cell];
    if (!result) return `${CELL_NAMES[cell]}: computing.`;
    const step = activeStep(cell, micro, isParallel);
    if (!step) {
      return `${CELL_NAMES[cell]}: all gates at once, h = ${vectorWords(quantityAt(result, 'h', t))}.`;
    }
    const k = MICRO_STEPS[cell].indexOf(step) + 1;
    return `${CELL_NAMES[cell]} (${k} of ${MICRO_STEPS[cell].length}): ${step.label}, ${step.quantity} = ${vectorWords(quantityAt(result, step.quantity, t))}.`;
  });
  return `Time step ${t} of ${steps}. ${parts.join(' ')}`;
}
