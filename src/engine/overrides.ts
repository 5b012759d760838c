/**
 * Gate overrides ("what if z = 1?") turned into per-step, per-unit tables the cells read.
 * Imports engine files only.
 */
import type { GateName, GateOverride } from './types';

/**
 * Validates overrides against the cell's blocks and sizes; returns one message per problem.
 * The rnn's single block is the hidden state itself and cannot be forced.
 */
export function overrideProblems(
  overrides: readonly GateOverride[], blocks: readonly GateName[], steps: number, hiddenSize: number,
): string[] {
  const problems: string[] = [];
  overrides.forEach((o, k) => {
    const at = `overrides[${k}]`;
    if (!blocks.includes(o.gate) || o.gate === 'h') {
      problems.push(`${at}.gate: "${o.gate}" is not a gate of this cell (${blocks.filter((b) => b !== 'h').join(', ') || 'none'})`);
    }
    if (!Number.isFinite(o.value)) problems.push(`${at}.value: must be a finite number`);
    if (o.t !== undefined && (!Number.isInteger(o.t) || o.t < 1 || o.t > steps)) {
      problems.push(`${at}.t: must be a whole number from 1 to ${steps}`);
    }
    if (o.unit !== undefined && (!Number.isInteger(o.unit) || o.unit < 0 || o.unit >= hiddenSize)) {
      problems.push(`${at}.unit: must be a whole number from 0 to ${hiddenSize - 1}`);
    }
  });
  return problems;
}

/**
 * Fills `forced` tables: (T, H) per overridden gate, the forced value or NaN where free.
 * Later overrides win over earlier ones where they overlap.
 */
export function expandOverrides(
  overrides: readonly GateOverride[], steps: number, hiddenSize: number,
): Partial<Record<GateName, Float64Array>> {
  const forced: Partial<Record<GateName, Float64Array>> = {};
  for (const o of overrides) {
    const table = (forced[o.gate] ??= new Float64Array(steps * hiddenSize).fill(NaN)); // (T, H)
    const t0 = o.t === undefined ? 0 : o.t - 1;
    const t1 = o.t === undefined ? steps : o.t;
    const j0 = o.unit === undefined ? 0 : o.unit;
    const j1 = o.unit === undefined ? hiddenSize : o.unit + 1;
    for (let t = t0; t < t1; t++) for (let j = j0; j < j1; j++) table[t * hiddenSize + j] = o.value;
  }
  return forced;
}
