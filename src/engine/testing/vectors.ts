/**
 * Test support: reads the conformance vectors in fixtures/ and compares arrays at the
 * conformance tolerance. Used by tests only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
export const conformanceDir = join(here, '..', 'fixtures', 'conformance');

export type Nested = number | Nested[];

export interface VectorFile {
  name: string;
  cell: 'rnn' | 'gru' | 'lstm';
  variant?: 'pytorch' | 'classic';
  input_size: number;
  hidden_size: number;
  seq_len: number;
  weights: Record<string, Nested>;
  inputs: number[][];
  h0: number[];
  c0?: number[];
  expected: Record<string, Nested>;
  grad: Record<string, Nested>;
}

export function loadVectors(dir = conformanceDir): { file: string; vector: VectorFile }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, vector: JSON.parse(readFileSync(join(dir, file), 'utf8')) as VectorFile }));
}

export function flat(a: Nested): Float64Array {
  return Float64Array.from((Array.isArray(a) ? a : [a]).flat(Infinity as 1) as number[]);
}

/** The worst |got − want| / max(1, |want|) over two arrays of equal length. */
export function worstError(got: ArrayLike<number>, want: ArrayLike<number>): number {
  if (got.length !== want.length) return Infinity;
  let worst = 0;
  for (let k = 0; k < want.length; k++) {
    const e = Math.abs(got[k] - want[k]) / Math.max(1, Math.abs(want[k]));
    if (!(e <= worst)) worst = Number.isNaN(e) ? Infinity : e;
  }
  return worst;
}

export const TOLERANCE = 1e-9;
