/**
 * σ and tanh as WebAssembly instructions, the same operations in the same order as
 * activations.ts, so they give the same bits; and the tables they read, at fixed places in the
 * module's memory. Imports the emitter and activations.ts (its constants and tables).
 *
 * Why the bits match: activations.ts uses only IEEE + − × ÷, abs, comparisons, the rounding
 * (y · 64/ln2 + 1.5·2^52) − 1.5·2^52, `kf | 0`, `k & 63`, `k >> 6` and table loads. WebAssembly's
 * f64 operations are IEEE with one rounding each (never fused); i32.trunc_sat_f64_s equals
 * `| 0` on the whole numbers kf takes (and gives 0 for NaN, as `| 0` does); i32.and and
 * i32.shr_s are `&` and `>>`; the tables are copies of the same float64 values.
 *
 * What differs: activations.ts hands e^x for x < −708 to portableMath.exp. Here such an argument
 * is clamped to −708 (so every table index stays in range) and a flag local is set: the caller
 * then recomputes that work in JavaScript. tanh never reaches it (its argument is clamped to ±20).
 */
import { EXP_CONSTANTS } from '../activations';
import { EXP2_HI, EXP2_LO } from '../exp2Table';
import type { Instructions } from './emit';

const { C2, C3, C4, C5, C6, LN2_64_HI, LN2_64_LO, N_OVER_LN2, POW2, SHIFT, TAIL, TANH_SATURATES } = EXP_CONSTANTS;

// The tables' places in memory, in f64 elements, after the hidden-path kernel's 64 bytes of scratch.
const HI_AT = 8; // (64) EXP2_HI
const LO_AT = HI_AT + 64; // (64) EXP2_LO
const POW2_AT = LO_AT + 64; // (1023) POW2
/** The first f64 element after the tables (even, so what follows is 16-byte aligned). */
export const TABLES_END = (POW2_AT + 1023 + 1) & ~1;

/** Copies the tables into memory (as f64 elements); once per instance. */
export function writeActivationTables(f64: Float64Array): void {
  f64.set(EXP2_HI, HI_AT);
  f64.set(EXP2_LO, LO_AT);
  f64.set(POW2, POW2_AT);
}

/** The local indices the instructions use as scratch (f64 unless marked i32). */
export interface ActivationLocals {
  y: number; kf: number; r: number; scale: number; s: number; q: number;
  k: number; // i32
  j: number; // i32: (k & 63) · 8, a table entry's byte offset
  tail: number; // i32: set to 1 when a σ argument was below −708
}

/** Pushes c[0] + r · (c[1] + r · (… + r · c[n−1])), as activations.ts nests it. */
function pushHorner(code: Instructions, L: ActivationLocals, c: readonly number[]): void {
  code.f64Const(c[0]);
  if (c.length === 1) return;
  code.localGet(L.r);
  pushHorner(code, L, c.slice(1));
  code.f64Mul().f64Add();
}

/**
 * Sets s and q with e^y = s + q for −708 ≤ y ≤ 0 (or NaN), as expNonPositive and tanh form them:
 *   kf = (y · 64/ln2 + SHIFT) − SHIFT;  r = (y − kf · LN2_64_HI) − kf · LN2_64_LO;  k = kf | 0
 *   scale = POW2[(k >> 6) + 1022];  s = HI[k & 63] · scale
 *   q = LO[k & 63] · scale + s · (r + r · r · (C2 + r · (C3 + r · (C4 + r · C5 [+ r · C6]))))
 */
function setExpParts(code: Instructions, L: ActivationLocals, hasC6: boolean): void {
  code.localGet(L.y).f64Const(N_OVER_LN2).f64Mul().f64Const(SHIFT).f64Add().f64Const(SHIFT).f64Sub().localTee(L.kf);
  code.i32TruncSatF64S().localSet(L.k);
  code.localGet(L.y).localGet(L.kf).f64Const(LN2_64_HI).f64Mul().f64Sub();
  code.localGet(L.kf).f64Const(LN2_64_LO).f64Mul().f64Sub().localSet(L.r);
  code.localGet(L.k).i32Const(6).i32ShrS().i32Const(1022).i32Add().i32Const(3).i32Shl().f64Load(8 * POW2_AT).localSet(L.scale);
  code.localGet(L.k).i32Const(63).i32And().i32Const(3).i32Shl().localTee(L.j).f64Load(8 * HI_AT).localGet(L.scale).f64Mul().localSet(L.s);
  code.localGet(L.j).f64Load(8 * LO_AT).localGet(L.scale).f64Mul();
  code.localGet(L.s).localGet(L.r).localGet(L.r).localGet(L.r).f64Mul();
  pushHorner(code, L, hasC6 ? [C2, C3, C4, C5, C6] : [C2, C3, C4, C5]);
  code.f64Mul().f64Add().f64Mul().f64Add().localSet(L.q);
}

/**
 * Pushes σ(x) of local x: e = e^−|x|, then (x ≥ 0 ? 1 : e) / (1 + e). An argument below −708
 * (|x| > 708, ±∞) sets L.tail and gives a wrong value, to be recomputed by the caller.
 */
export function pushSigmoid(code: Instructions, x: number, L: ActivationLocals): void {
  code.localGet(x).f64Abs().f64Neg().localSet(L.y);
  code.localGet(L.tail).localGet(L.y).f64Const(TAIL).f64Lt().i32Or().localSet(L.tail);
  code.f64Const(TAIL).localGet(L.y).localGet(L.y).f64Const(TAIL).f64Lt().select().localSet(L.y);
  setExpParts(code, L, false);
  code.localGet(L.s).localGet(L.q).f64Add().localSet(L.q); // q = e
  code.f64Const(1).localGet(L.q).localGet(x).f64Const(0).f64Ge().select();
  code.f64Const(1).localGet(L.q).f64Add().f64Div();
}

/**
 * Pushes tanh(x) of local x: e = e^(−2 · min(|x|, 20)) = s + q, t = ((1 − s) − q) / ((1 + s) + q),
 * then x < 0 ? −t : t.
 */
export function pushTanh(code: Instructions, x: number, L: ActivationLocals): void {
  code.f64Const(-2).f64Const(TANH_SATURATES).localGet(x).f64Abs().localTee(L.y);
  code.localGet(L.y).f64Const(TANH_SATURATES).f64Gt().select().f64Mul().localSet(L.y);
  setExpParts(code, L, true);
  code.f64Const(1).localGet(L.s).f64Sub().localGet(L.q).f64Sub();
  code.f64Const(1).localGet(L.s).f64Add().localGet(L.q).f64Add().f64Div().localTee(L.q); // q = t
  code.f64Neg().localGet(L.q).localGet(x).f64Const(0).f64Lt().select();
}
