/**
 * Test support: bit-level comparison of float64 buffers and a flat list of every buffer of a
 * Trace or Grads, for determinism and finiteness checks. Imports engine types only.
 */
import type { Grads, Trace } from '../types';

/** True when both buffers hold exactly the same bytes (so −0 ≠ 0 and NaN payloads count). */
export function sameBits(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return false;
  return true;
}

/** Every buffer of a trace, named (`pre.z`, `act.n`, `forced.f`, `h`, …), in a fixed order. */
export function traceBuffers(trace: Trace): [string, Float64Array][] {
  const named: [string, Float64Array][] = [
    ['x', trace.x], ['h0', trace.h0], ['c0', trace.c0], ['aIh', trace.aIh], ['aHh', trace.aHh],
    ['h', trace.h], ['c', trace.c], ['tanhC', trace.tanhC],
  ];
  for (const group of ['pre', 'act', 'forced'] as const) {
    for (const [gate, buffer] of Object.entries(trace[group]).sort(([a], [b]) => a.localeCompare(b))) {
      if (buffer) named.push([`${group}.${gate}`, buffer]);
    }
  }
  return named;
}

/** Every buffer of a Grads, named, in a fixed order. */
export function gradBuffers(grads: Grads): [string, Float64Array][] {
  return [
    ['wIh', grads.wIh], ['wHh', grads.wHh], ['bIh', grads.bIh], ['bHh', grads.bHh],
    ['x', grads.x], ['h0', grads.h0], ['c0', grads.c0],
  ];
}

/** The names of buffers holding a NaN or ±Infinity (forced tables use NaN on purpose: skip them). */
export function nonFinite(buffers: [string, Float64Array][]): string[] {
  return buffers
    .filter(([name, b]) => !name.startsWith('forced.') && b.some((v) => !Number.isFinite(v)))
    .map(([name]) => name);
}
