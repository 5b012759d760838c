/**
 * Test support: central-difference gradient checks in float64. Used by tests only.
 */

/**
 * The worst relative error between an analytic gradient and central differences
 * (f(p + ε) − f(p − ε)) / 2ε over every entry of `param`. The relative error is
 * |analytic − numeric| / max(|analytic|, |numeric|, floor): the floor keeps entries whose
 * true gradient is (near) zero from dividing by nothing. With ε = 1e-5 the rounding error of
 * a difference quotient is about 1e-16 / ε = 1e-11 and the truncation error about ε² = 1e-10,
 * so an entry below the floor of 1e-4 is held to an absolute error of 1e-10.
 */
export function worstGradientError(
  loss: () => number, param: Float64Array, analytic: ArrayLike<number>,
  { eps = 1e-5, floor = 1e-4 }: { eps?: number; floor?: number } = {},
): number {
  let worst = 0;
  for (let k = 0; k < param.length; k++) {
    const keep = param[k];
    param[k] = keep + eps;
    const up = loss();
    param[k] = keep - eps;
    const down = loss();
    param[k] = keep;
    const numeric = (up - down) / (2 * eps);
    const error = Math.abs(analytic[k] - numeric) / Math.max(Math.abs(analytic[k]), Math.abs(numeric), floor);
    if (!(error <= worst)) worst = Number.isNaN(error) ? Infinity : error;
  }
  return worst;
}
