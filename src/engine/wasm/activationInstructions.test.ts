/**
 * The σ and tanh instructions against activations.ts, bit for bit (Object.is), over random
 * doubles and the places where activations.ts changes route: 0, subnormals, tanh's saturation
 * at ±20, σ's far tail beyond ±708 (where the instructions set the tail flag instead), NaN.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sigmoid, tanh } from '../activations';
import type { WebAssemblyApi } from '../hiddenPath';
import { pushSigmoid, pushTanh, TABLES_END, writeActivationTables, type ActivationLocals } from './activationInstructions';
import { assembleModule, F64, I32, Instructions } from './emit';

// apply(at): x = f64 at byte `at`; σ(x) to at + 8, tanh(x) to at + 16; returns the tail flag.
const AT = 0, X = 1;
const L: ActivationLocals = { y: 2, kf: 3, r: 4, scale: 5, s: 6, q: 7, k: 8, j: 9, tail: 10 };
const code = new Instructions();
code.localGet(AT).f64Load(0).localSet(X);
code.localGet(AT);
pushSigmoid(code, X, L);
code.f64Store(8).localGet(AT);
pushTanh(code, X, L);
code.f64Store(16).localGet(L.tail);
const bytes = assembleModule([{ name: 'apply', paramCount: 1, hasResult: true, locals: [F64, F64, F64, F64, F64, F64, F64, I32, I32, I32], body: code }], 1);
const api = globalThis.WebAssembly as unknown as WebAssemblyApi;
const { exports } = new api.Instance(new api.Module(bytes), {});
const f64 = new Float64Array((exports.memory as { buffer: ArrayBuffer }).buffer);
writeActivationTables(f64);
const apply = exports.apply as (at: number) => number;

/** σ(x) and tanh(x) by the instructions, and whether σ's argument was in the far tail. */
function inWasm(x: number): { s: number; t: number; isTail: boolean } {
  const at = TABLES_END;
  f64[at] = x;
  const isTail = apply(8 * at) !== 0;
  return { s: f64[at + 1], t: f64[at + 2], isTail };
}

/** True when the instructions agree with activations.ts (σ only outside the flagged tail). */
function agrees(x: number): boolean {
  const { s, t, isTail } = inWasm(x);
  const isFarTail = -Math.abs(x) < -708; // where expNonPositive calls portableMath.exp
  return isTail === isFarTail && (isTail || Object.is(s, sigmoid(x))) && Object.is(t, tanh(x));
}

const EDGES = [
  0, -0, 5e-324, -5e-324, 2.2250738585072014e-308, -2.2250738585072014e-308, 1e-300, -1e-300, 1e-17, -1e-17,
  20, -20, 19.999999999999996, 20.000000000000004, 354, -354, 708, -708, 708.0000000000001, -708.0000000000001,
  709, -709, 745, -745, 1000, -1000, 1e308, -1e308, Infinity, -Infinity, NaN,
];

describe('σ and tanh as WebAssembly instructions', () => {
  test('equal activations.ts at the edges of its routes, and flag σ’s far tail', () => {
    for (const x of EDGES) expect(agrees(x), String(x)).toBe(true);
    expect(inWasm(709).isTail && inWasm(-Infinity).isTail && !inWasm(708).isTail && !inWasm(NaN).isTail).toBe(true);
  });

  test('equal activations.ts bit for bit for any double', () => {
    fc.assert(fc.property(fc.double(), agrees), { numRuns: 3000 });
  });

  test('equal activations.ts bit for bit near 0, near saturation and near the tail', () => {
    const ranges = [1e-6, 1, 25, 360, 720].map((max) => fc.double({ min: -max, max }));
    fc.assert(fc.property(fc.oneof(...ranges), agrees), { numRuns: 20000 });
  });
});
