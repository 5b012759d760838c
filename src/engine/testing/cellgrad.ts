/**
 * Test support: checks a cell's backward pass against central differences of its forward pass,
 * in float64, for L = Σ_t Σ_j wh[t, j]·h_t[j] + Σ_t Σ_j wc[t, j]·c_t[j], over every weight,
 * bias, input and initial state. Imports engine files and testing/ only; used by tests only.
 */
import { backward } from '../bptt';
import type { Grads } from '../types';
import { forward } from '../unroll';
import { worstGradientError } from './gradcheck';
import type { Problem } from './problems';

/** The buffers a cell gradient check perturbs, named as in Grads. */
export const CHECKED = ['wIh', 'wHh', 'bIh', 'bHh', 'x', 'h0', 'c0'] as const;
export type Checked = (typeof CHECKED)[number];

/** Finite-difference step: O(h²) truncation ≈ 1e-13, rounding ε·|L| / h ≈ 1e-9. */
export const STEP = 1e-6;
/** Pass mark for |analytic − numeric| / max(|analytic|, |numeric|, FLOOR). */
export const TOLERANCE = 1e-6;
/**
 * Below this size a gradient is compared in absolute terms (to TOLERANCE · FLOOR = 1e-8):
 * the difference quotient's own rounding noise, measured at up to 7e-10 on these problems,
 * would otherwise fail a relative test on gradients near zero.
 */
export const FLOOR = 1e-2;

/** The problem's loss as it stands (gradient checks perturb its buffers in place). */
export function lossOf(p: Problem): number {
  const trace = forward(p.config, p.weights, p.x, { h0: p.h0, c0: p.c0, overrides: p.overrides });
  let L = 0;
  for (let k = 0; k < trace.h.length; k++) L += p.wh[k] * trace.h[k] + p.wc[k] * trace.c[k];
  return L;
}

/** The engine's gradients of the loss: ∂L/∂h_t = wh_t and (lstm) ∂L/∂c_t = wc_t. */
export function analyticGradients(p: Problem): Grads {
  const trace = forward(p.config, p.weights, p.x, { h0: p.h0, c0: p.c0, overrides: p.overrides });
  const dc = p.config.kind === 'lstm' ? p.wc : undefined;
  return backward(trace, p.weights, { dh: p.wh, dc });
}

/** The problem's buffer that a gradient buffer differentiates. */
export function parameterOf(p: Problem, name: Checked): Float64Array {
  switch (name) {
    case 'wIh': case 'wHh': case 'bIh': case 'bHh': return p.weights[name];
    case 'x': return p.x;
    case 'h0': return p.h0;
    case 'c0': return p.c0;
  }
}

/**
 * The worst error of every checked buffer, comparing `analytic` (by default the engine's own
 * gradients) with central differences of lossOf.
 */
export function cellGradientErrors(p: Problem, analytic: Grads = analyticGradients(p)): Record<Checked, number> {
  const errors = {} as Record<Checked, number>;
  for (const name of CHECKED) {
    errors[name] = worstGradientError(() => lossOf(p), parameterOf(p, name), analytic[name], { eps: STEP, floor: FLOOR });
  }
  return errors;
}
