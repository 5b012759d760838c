/**
 * Gradient-norm clipping over a list of gradient buffers, treated as one long vector
 * (Pascanu et al. 2013). Imports nothing.
 */

/** ‖g‖₂ over every number of every buffer. */
export function globalNorm(buffers: readonly Float64Array[]): number {
  let sum = 0;
  for (const g of buffers) {
    for (let k = 0; k < g.length; k++) sum += g[k] * g[k];
  }
  return Math.sqrt(sum);
}

/** Multiplies every number of every buffer by s, in place. */
export function scaleBuffers(buffers: readonly Float64Array[], s: number): void {
  for (const g of buffers) {
    for (let k = 0; k < g.length; k++) g[k] *= s;
  }
}

/**
 * Rescales the buffers in place so their global norm is at most maxNorm, keeping the
 * direction. Returns the norm before clipping (what a training curve should plot).
 */
export function clipGlobalNorm(buffers: readonly Float64Array[], maxNorm: number): number {
  if (!(maxNorm > 0)) throw new RangeError(`clip: max norm must be positive, got ${maxNorm}`);
  const norm = globalNorm(buffers);
  if (norm > maxNorm) scaleBuffers(buffers, maxNorm / norm);
  return norm;
}
