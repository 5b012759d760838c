/**
 * Checks a lesson claim on the numbers: at which steps h_t equals h_{t−1} (a no-op), or c_t equals
 * c_{t−1}. A comparison of the trace's numbers for display, not cell maths. Imports protocol types.
 */
import type { CellResult } from '../../../src/worker/protocol';

/** 1-based steps at which the state did not change at all. */
export function unchangedSteps(result: CellResult, state: 'h' | 'c'): number[] {
  const { trace } = result;
  const H = trace.config.hiddenSize;
  const now = state === 'h' ? trace.h : trace.c;
  const first = state === 'h' ? trace.h0 : trace.c0;
  const steps: number[] = [];
  for (let t = 0; t < trace.steps; t++) {
    let same = true;
    for (let j = 0; j < H && same; j++) same = now[t * H + j] === (t === 0 ? first[j] : now[(t - 1) * H + j]);
    if (same) steps.push(t + 1);
  }
  return steps;
}
