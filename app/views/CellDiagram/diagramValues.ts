/**
 * The vector a diagram node shows at a step, and the colour of each of its numbers: gates on
 * the sequential 0..1 scale, states, candidates and inputs on the diverging one. Pure; reads
 * the trace through the store's selectors. Imports app/ only.
 */
import type { CellResult } from '../../../src/worker/protocol';
import { inputAt, previousState, quantityAt } from '../../store/selectors';
import { colorFor } from '../../vis/palette';
import type { Term } from './diagram';

/** The values of a term at 1-based step t (x_t, h_{t−1}, c_{t−1}, or a quantity). */
export function valuesOf(result: CellResult, term: Term, t: number): Float64Array {
  switch (term) {
    case 'x':
      return inputAt(result, t);
    case 'hPrev':
      return previousState(result, 'h', t);
    case 'cPrev':
      return previousState(result, 'c', t);
    default:
      return quantityAt(result, term, t) ?? new Float64Array(0);
  }
}

/** The fill of one number of a term. */
export function fillOf(term: Term, value: number): string {
  if (term === 'cPrev') return colorFor('c', value);
  if (term === 'x' || term === 'hPrev') return colorFor('h', value);
  return colorFor(term, value);
}

/** Same numbers, bit for bit (views compare them to skip a redraw when only the array is new). */
export function sameNumbers(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (!Object.is(a[k], b[k])) return false;
  return true;
}
