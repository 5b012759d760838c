/**
 * Test support: a small hand-made CellResult (T = 2, H = 2, I = 1) whose numbers say where they
 * sit in the trace. Used by the equation panel's unit tests only. Imports engine and protocol types.
 */
import type { CellKind, GateName, Trace } from '../../../src/engine/types';
import type { CellResult } from '../../../src/worker/protocol';

const T = 2, H = 2, I = 1;
const GATES: Record<CellKind, GateName[]> = { rnn: ['h'], gru: ['r', 'z', 'n'], lstm: ['i', 'f', 'g', 'o'] };

/**
 * A trace whose numbers are distinct and deliberately NOT consistent with each other
 * (act is not σ(pre), h is not the blend): a line that shows them proves it reads the trace
 * instead of computing cell maths. Every number encodes where it sits: block·100 + step·10 + unit.
 */
export function fakeResult(kind: CellKind, reset: 'after' | 'before' = 'after', forced: Partial<Record<GateName, number>> = {}): CellResult {
  const gates = GATES[kind];
  const G = gates.length;
  const tagged = (base: number, n: number, width: number) =>
    Float64Array.from({ length: n }, (_, k) => base + Math.floor(k / width) * 10 + (k % width)); // (T, width)
  const byGate = (base: number) => Object.fromEntries(gates.map((g, b) => [g, tagged(base + b * 100, T * H, H)]));
  const trace: Trace = {
    config: { kind, inputSize: I, hiddenSize: H, reset, ablation: 'none' },
    steps: T,
    x: Float64Array.from([0.5, -0.25]), // (T, I)
    h0: Float64Array.from([0.01, 0.02]),
    c0: Float64Array.from([0.03, 0.04]),
    // aIh / aHh: one row per step of G blocks of H; a hidden path that is negative shows parentheses.
    aIh: Float64Array.from({ length: T * G * H }, (_, k) => 1000 + k),
    aHh: Float64Array.from({ length: T * G * H }, (_, k) => -(2000 + k)),
    pre: byGate(3000),
    act: byGate(4000),
    forced: Object.fromEntries(Object.entries(forced).map(([g, v]) => [g, Float64Array.from({ length: T * H }, (_, k) => (k === H + 1 ? v : NaN))])),
    h: kind === 'rnn' ? byGate(4000).h : tagged(5000, T * H, H),
    c: tagged(6000, T * H, H),
    tanhC: tagged(7000, T * H, H),
  };
  return { trace, weights: { wIh: new Float64Array(), wHh: new Float64Array(), bIh: new Float64Array(), bHh: new Float64Array() } };
}
