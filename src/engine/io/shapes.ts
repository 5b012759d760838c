/**
 * Reading nested number arrays from untrusted JSON into row-major Float64Array, with messages
 * that name the field and the expected shape, and writing them back as nested arrays.
 * Imports engine types only.
 */
import type { CellConfig, CellKind } from '../types';

/** A checked value, or the one message that says what is wrong with it. */
export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

export function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

/** What a value is, in words, for a message ("the string \"5\"", "null", "an object"). */
export function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 24 ? `${v.slice(0, 24)}…` : v)}`;
  if (Array.isArray(v)) return `an array of ${v.length}`;
  return `${typeof v === 'object' ? 'an' : 'a'} ${typeof v}`;
}

/** A value as the subject of a sentence: numbers bare ("600 is past …"), the rest described. */
export function shown(v: unknown): string {
  return typeof v === 'number' ? String(v) : describe(v);
}

/** "a gru", "an lstm", "an rnn". */
export function aCell(kind: CellKind): string {
  return `${kind === 'gru' ? 'a' : 'an'} ${kind}`;
}

/** "a gru with hidden_size 5" — the words every shape message ends with. */
export function cellWords(config: Pick<CellConfig, 'kind' | 'hiddenSize'>): string {
  return `${aCell(config.kind)} with hidden_size ${config.hiddenSize}`;
}

const NON_FINITE_WORDS = new Set(['nan', 'infinity', '+infinity', '-infinity', 'inf', '-inf', '+inf']);

/** One number of a numeric array; NaN, ±Infinity and their spellings as strings are refused. */
function readNumber(v: unknown, field: string): Read<number> {
  if (typeof v === 'number') {
    return Number.isFinite(v) ? { ok: true, value: v } : fail(`${field}: not a finite number (NaN/Infinity are refused), got ${v}`);
  }
  if (typeof v === 'string' && NON_FINITE_WORDS.has(v.trim().toLowerCase())) {
    return fail(`${field}: not a finite number (NaN/Infinity are refused), got ${describe(v)}`);
  }
  return fail(`${field}: expected a number, got ${describe(v)}`);
}

/**
 * A vector of exactly `n` finite numbers. `why` explains n in the message, e.g.
 * "H for hidden_size 5".
 */
export function readVector(v: unknown, field: string, n: number, why: string): Read<Float64Array> {
  const expected = `expected ${n} numbers (${why})`;
  if (!Array.isArray(v)) return fail(`${field}: ${expected}, got ${describe(v)}`);
  if (v.length > 0 && v.every(Array.isArray)) {
    return fail(`${field}: ${expected}, got a ${v.length}×${(v[0] as unknown[]).length} array`);
  }
  if (v.length !== n) return fail(`${field}: ${expected}, got ${v.length}`);
  const out = new Float64Array(n); // (n)
  for (let k = 0; k < n; k++) {
    const x = readNumber(v[k], `${field}[${k}]`);
    if (!x.ok) return x;
    out[k] = x.value;
  }
  return { ok: true, value: out };
}

/**
 * A matrix of `rows` rows of `cols` finite numbers, returned row-major (rows, cols).
 * Checks, in order: an array of arrays, not ragged, the shape, then every element.
 */
export function readMatrix(v: unknown, field: string, rows: number, cols: number, why: string): Read<Float64Array> {
  const expected = `expected ${rows}×${cols} numbers (${why})`;
  if (!Array.isArray(v)) return fail(`${field}: ${expected}, got ${describe(v)}`);
  for (let r = 0; r < v.length; r++) {
    if (!Array.isArray(v[r])) return fail(`${field}[${r}]: expected a row of ${cols} numbers (${why}), got ${describe(v[r])}`);
  }
  const lengths = (v as unknown[][]).map((row) => row.length);
  const ragged = lengths.findIndex((n) => n !== lengths[0]);
  if (ragged > 0) {
    return fail(`${field}: ragged array: row 0 has ${lengths[0]} numbers but row ${ragged} has ${lengths[ragged]} (expected ${rows}×${cols}, ${why})`);
  }
  if (v.length !== rows || (v.length > 0 && lengths[0] !== cols)) {
    return fail(`${field}: ${expected}, got ${v.length}×${lengths[0] ?? 0}`);
  }
  const out = new Float64Array(rows * cols); // (rows, cols)
  for (let r = 0; r < rows; r++) {
    const row = v[r] as unknown[];
    for (let k = 0; k < cols; k++) {
      const x = readNumber(row[k], `${field}[${r}][${k}]`);
      if (!x.ok) return x;
      out[r * cols + k] = x.value;
    }
  }
  return { ok: true, value: out };
}

/** A row-major (rows, cols) buffer as nested arrays: rows arrays of cols numbers. */
export function toRows(buffer: ArrayLike<number>, rows: number, cols: number): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < rows; r++) out.push(Array.from({ length: cols }, (_, k) => buffer[r * cols + k]));
  return out;
}

/** A buffer as a plain array of numbers. */
export function toList(buffer: ArrayLike<number>): number[] {
  return Array.from(buffer);
}
