/**
 * Editing an input sequence: parsing what the learner typed and resizing a custom sequence when
 * its length or input size changes (pad with zeros, truncate), so edits are never thrown away.
 * Pure; imports nothing.
 */

/** The number a learner typed, or a message saying why it is not one. */
export function parseTyped(text: string, min = -1e6, max = 1e6): { ok: true; value: number } | { ok: false; error: string } {
  const trimmed = text.trim().replace(/^−/, '-');
  if (trimmed === '') return { ok: false, error: 'is empty' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, error: `"${text}" is not a finite number` };
  if (value < min || value > max) return { ok: false, error: `must be between ${min} and ${max}` };
  return { ok: true, value };
}

/** A (T, I) row-major sequence reshaped to (T2, I2): overlapping entries kept, new ones 0. */
export function resizeSequence(values: readonly number[], steps: number, inputSize: number, steps2: number, inputSize2: number): number[] {
  const out = new Array<number>(steps2 * inputSize2).fill(0);
  for (let t = 0; t < Math.min(steps, steps2); t++) {
    for (let c = 0; c < Math.min(inputSize, inputSize2); c++) out[t * inputSize2 + c] = values[t * inputSize + c] ?? 0;
  }
  return out;
}

/** Rounds to 3 decimals: what a drag on the sparkline stores. */
export function roundInput(x: number): number {
  return Math.round(x * 1000) / 1000;
}
