/**
 * exp, log and integer powers from + − × ÷ and bit operations only, so every JavaScript
 * engine computes the same bits. V8's Math.exp, Math.log, Math.pow and Math.tanh differ between
 * versions (Node 20 and Chromium 156 disagree in the last bit on many inputs: measured), which made
 * a lab run in the browser end a few ulps away from the same run in Node. IEEE 754 fixes the
 * result of every basic operation, so these functions give the same bits everywhere.
 *
 * The algorithms are the classic ones of Sun's fdlibm (Cody–Waite range reduction and a
 * minimax polynomial; errors below one ulp). σ and tanh, which need speed more than range, are
 * in activations.ts. Imports nothing.
 */

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** Which 32-bit word of a float64 holds the sign, exponent and top of the mantissa. */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

const LN2_HI = 6.93147180369123816490e-1; // ln 2, top 32 bits (k · LN2_HI is exact)
const LN2_LO = 1.90821492927058770002e-10; // ln 2 − LN2_HI
const INV_LN2 = 1.44269504088896338700;
const EXP_OVERFLOW = 709.782712893383973096; // above: +Infinity
const EXP_UNDERFLOW = -745.13321910194110842; // below: 0

// Minimax polynomial for R(r²) in exp(r) = 1 + 2r / (R − r) on |r| ≤ ln2 / 2.
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;

/** 2^k for a whole k in [−1022, 1023], built from its bits. */
function twoTo(k: number): number {
  u32[HI] = (0x3ff + k) << 20;
  u32[LO] = 0;
  return f64[0];
}

/**
 * POW2[k + 1022] = 2^k for every whole k in [−1022, 1023], made once by twoTo, so the same
 * bits. exp reads its scale factor here: building it through memory on every call made exp
 * about 15 % slower (measured; a 64-bit load cannot take its bytes from two 32-bit stores still
 * in flight, so the processor waits for them to reach the cache).
 */
const POW2 = new Float64Array(2046);
for (let k = -1022; k <= 1023; k++) POW2[k + 1022] = twoTo(k);

/** e^x, within one ulp, the same bits on every engine. */
export function exp(x: number): number {
  if (x !== x) return NaN;
  if (x > EXP_OVERFLOW) return Infinity;
  if (x < EXP_UNDERFLOW) return 0;
  const ax = x < 0 ? -x : x;
  if (ax < 3.725290298461914e-9) return 1 + x; // 2^-28: e^x rounds to 1 + x
  // x = k·ln2 + r, |r| ≤ ln2/2, with r held as hi − lo for extra precision.
  const k = ax < 0.34657359027997264 ? 0 : Math.trunc(INV_LN2 * x + (x < 0 ? -0.5 : 0.5));
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  if (k === 0) return y;
  // y · 2^k in steps that never leave the normal range of a scale factor.
  if (k > 1023) return y * 2 * POW2[k - 1 + 1022];
  if (k < -1021) return y * POW2[k + 1000 + 1022] * POW2[-1000 + 1022];
  return y * POW2[k + 1022];
}

// Minimax polynomial for log(1 + f) = f − s(f − R(s²)), s = f / (2 + f).
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;
const TWO54 = 18014398509481984;

/** The natural logarithm, within one ulp, the same bits on every engine. */
export function log(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  let k = 0;
  f64[0] = x;
  if (u32[HI] < 0x00100000) { // subnormal: scale into the normal range first
    f64[0] = x * TWO54;
    k = -54;
  }
  const hx = u32[HI];
  k += (hx >>> 20) - 1023;
  // x = 2^k · m with √2/2 ≤ m < √2, so f = m − 1 is small.
  const mant = hx & 0x000fffff;
  const carry = (mant + 0x95f64) & 0x100000;
  u32[HI] = mant | (carry ^ 0x3ff00000);
  k += carry >>> 20;
  const f = f64[0] - 1;
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const R = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7))) + w * (LG2 + w * (LG4 + w * LG6));
  const hfsq = 0.5 * f * f;
  return k * LN2_HI - ((hfsq - (s * (hfsq + R) + k * LN2_LO)) - f);
}

/** base^n for a whole n ≥ 0 by repeated squaring (Adam's β^t). */
export function powInt(base: number, n: number): number {
  let result = 1, b = base, e = n;
  while (e > 0) {
    if (e & 1) result *= b;
    b *= b;
    e = Math.floor(e / 2);
  }
  return result;
}
