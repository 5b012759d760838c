/**
 * Test support: compares a trace in the CLI's JSON form (h, c, gates, `pre: {…}`, d_* gradients)
 * with a conformance vector's `expected` and `grad`, or with another such trace, key by key at
 * the conformance tolerance. Used by tests only.
 */
import { flat, worstError, type Nested, type VectorFile } from './vectors';

/** A trace as the CLI prints it: arrays by name, pre-activations under `pre`. */
export type TraceLike = object;

export interface Comparison {
  /** The worst error over all keys, and where. */
  worst: number;
  worstKey: string;
  /** Keys the reference has and `got` lacks, and the other way round. */
  missing: string[];
  extra: string[];
}

/** Flattens `{ pre: { pre_r: … }, h: … }` into `{ 'pre.pre_r': …, h: … }`. */
function leaves(o: TraceLike): Map<string, Nested> {
  const out = new Map<string, Nested>();
  for (const [k, v] of Object.entries(o)) {
    if (Array.isArray(v)) out.set(k, v as Nested);
    else if (v !== null && typeof v === 'object') for (const [p, w] of Object.entries(v)) out.set(`${k}.${p}`, w as Nested);
  }
  return out;
}

/** Every array of `want` against the same key of `got` (|got − want| / max(1, |want|)). */
export function compareTraces(got: TraceLike, want: TraceLike): Comparison {
  const g = leaves(got), w = leaves(want);
  const result: Comparison = { worst: 0, worstKey: '', missing: [], extra: [...g.keys()].filter((k) => !w.has(k)) };
  for (const [k, v] of w) {
    if (!g.has(k)) { result.missing.push(k); continue; }
    const e = worstError(flat(g.get(k)!), flat(v));
    if (!(e <= result.worst)) { result.worst = e; result.worstKey = k; }
  }
  return result;
}

/** The vector's expected numbers and gradients in the CLI's shape (the `loss` note dropped). */
export function vectorAsTrace(vector: VectorFile): Record<string, unknown> {
  const { loss: _loss, ...grad } = vector.grad;
  return { ...vector.expected, ...grad };
}
