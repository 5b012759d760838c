/**
 * The standard LSTM's per-unit step as a WebAssembly function, `lstmUnits`: the same equations
 * and operations as lstm.ts's step without ablations or forced gates, so the same bits. It reads
 * the hidden path affinePairs left in memory and writes h_t where affinePairs reads its vector,
 * so the recurrence stays in memory between steps. Imports the emitter and the σ/tanh
 * instructions.
 *
 * For each unit j (all offsets in bytes; S is the stride between the output regions):
 *   p_i = aIh[j] + aHh[j]            p_f, p_g, p_o likewise at + 8H, + 16H, + 24H
 *   f = σ(p_f)   i = σ(p_i)   g = tanh(p_g)   o = σ(p_o)
 *   c = f · cPrev[j] + i · g     tc = tanh(c)     h = o · tc
 *   out + 8j + k·S for k = 0 … 10:  p_i p_f p_g p_o  i f g o  c tc h
 *   v + 16j, v + 16j + 8:  h twice (the hidden-path kernel's next vector, see hiddenPathModule.ts)
 * It returns 1 when some σ argument was beyond ±708, where activations.ts takes another route:
 * the caller then recomputes the step in JavaScript. Scalar f64 is enough: the forward at hidden
 * 32 ran 1.5× as fast as with lstm.ts's loop in one process, 1.8× in `npm run bench`, above its
 * 1.6 GFLOP/s target (README.md); two units per f64x2 lane pair was not needed, so not tried.
 */
import { pushSigmoid, pushTanh, type ActivationLocals } from './activationInstructions';
import { F64, I32, Instructions, type FunctionDef } from './emit';

// Parameters (i32 byte offsets and counts).
const AIH = 0, AHH = 1, OUT = 2, CPREV = 3, V = 4, COUNT = 5, STRIDE = 6;
// Locals: i32 then f64.
const H8 = 7, H16 = 8, H24 = 9, P = 10, K = 11, J = 12, TAIL = 13;
const PI = 14, PF = 15, PG = 16, PO = 17, FU = 18, IU = 19, GU = 20, OU = 21, CU = 22, TC = 23, HU = 24;
const Y = 25, KF = 26, R = 27, SCALE = 28, S = 29, Q = 30;
const LOCALS = [I32, I32, I32, I32, I32, I32, I32, ...Array.from({ length: 17 }, () => F64)];
const L: ActivationLocals = { y: Y, kf: KF, r: R, scale: SCALE, s: S, q: Q, k: K, j: J, tail: TAIL };

/** local = aIh[block] + aHh[block] at the current unit; `offset` holds the block's byte offset. */
function setPre(code: Instructions, local: number, offset: number | null): void {
  code.localGet(AIH);
  if (offset !== null) code.localGet(offset).i32Add();
  code.f64Load(0).localGet(AHH);
  if (offset !== null) code.localGet(offset).i32Add();
  code.f64Load(0).f64Add().localSet(local);
}

/** local += step */
function advance(code: Instructions, local: number, step: number): void {
  code.localGet(local).i32Const(step).i32Add().localSet(local);
}

function lstmUnitsBody(): Instructions {
  const code = new Instructions();
  code.localGet(COUNT).i32Const(3).i32Shl().localTee(H8).localGet(H8).i32Add().localTee(H16).localGet(H8).i32Add().localSet(H24);
  code.block().localGet(COUNT).i32Eqz().brIf(0);
  code.loop();
  {
    setPre(code, PI, null);
    setPre(code, PF, H8);
    setPre(code, PG, H16);
    setPre(code, PO, H24);
    pushSigmoid(code, PF, L); code.localSet(FU);
    pushSigmoid(code, PI, L); code.localSet(IU);
    pushTanh(code, PG, L); code.localSet(GU);
    pushSigmoid(code, PO, L); code.localSet(OU);
    code.localGet(FU).localGet(CPREV).f64Load(0).f64Mul().localGet(IU).localGet(GU).f64Mul().f64Add().localSet(CU);
    pushTanh(code, CU, L); code.localSet(TC);
    code.localGet(OU).localGet(TC).f64Mul().localSet(HU);
    // The eleven outputs, S bytes apart.
    code.localGet(OUT).localTee(P).localGet(PI).f64Store(0);
    for (const value of [PF, PG, PO, IU, FU, GU, OU, CU, TC, HU]) {
      code.localGet(P).localGet(STRIDE).i32Add().localTee(P).localGet(value).f64Store(0);
    }
    code.localGet(V).localGet(HU).f64Store(0).localGet(V).localGet(HU).f64Store(8);
    for (const pointer of [AIH, AHH, OUT, CPREV]) advance(code, pointer, 8);
    advance(code, V, 16);
  }
  code.localGet(COUNT).i32Const(1).i32Sub().localTee(COUNT).brIf(0);
  code.end().end();
  code.localGet(TAIL);
  return code;
}

/** lstmUnits(aIh, aHh, out, cPrev, v, H, S) → 1 if the step must be recomputed in JavaScript. */
export function lstmUnitsFunction(): FunctionDef {
  return { name: 'lstmUnits', paramCount: 7, hasResult: true, locals: LOCALS, body: lstmUnitsBody() };
}
