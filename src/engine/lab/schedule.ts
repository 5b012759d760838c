/**
 * The learning-rate schedule of a lab run: the spec's rate for the first three quarters of the
 * updates, then a linear decay to a tenth of it, so the last updates settle rather than jitter
 * around the minimum Adam found at full rate. Imports nothing but types.
 */
import type { ResolvedLabSpec } from './spec';

/** The share of the run that trains at the full rate. */
export const DECAY_FROM = 0.75;
/** Where the decay ends, as a fraction of the full rate. */
export const DECAY_TO = 0.1;

/** The learning rate for update number `step` (0-based) of `spec.steps`. */
export function learningRateAt(spec: Pick<ResolvedLabSpec, 'learningRate' | 'steps'>, step: number): number {
  const from = Math.floor(DECAY_FROM * spec.steps);
  if (step < from) return spec.learningRate;
  const progress = (step - from) / Math.max(1, spec.steps - from);
  return spec.learningRate * (1 - (1 - DECAY_TO) * progress);
}
