/**
 * The lesson's checkpoints, checked on the trace's numbers: comparisons and products of values the
 * engine computed, for display (no cell maths). Each says what to do, whether the numbers show it
 * now, and the numbers that decide. Imports app/ and protocol types.
 */
import type { CellKind } from '../../src/engine/types';
import type { CellResult } from '../../src/worker/protocol';
import { previousState, quantityAt } from '../store/selectors';
import { formatShort } from '../vis/format';
import { unchangedSteps } from '../views/WhatIf/noOp';
import type { CheckpointId } from './types';

export type Results = Partial<Record<CellKind, CellResult>>;

export interface CheckpointStatus {
  isReached: boolean;
  /** Why, with the numbers. */
  text: string;
}

export interface Checkpoint {
  /** What the learner is asked to make happen. */
  goal: string;
  cell: CellKind;
  check: (result: CellResult) => CheckpointStatus;
}

/** Share of the gradient that survives, in words: "8.8 %", "1.6e−7 %". */
const percent = (x: number) => `${formatShort(x * 100)} %`;

/** "3", "3 and 5", "4–19": the steps, runs of consecutive ones joined. */
export function stepList(steps: readonly number[]): string {
  const runs: string[] = [];
  for (let k = 0; k < steps.length; ) {
    let end = k;
    while (end + 1 < steps.length && steps[end + 1] === steps[end] + 1) end++;
    runs.push(end > k ? `${steps[k]}–${steps[end]}` : String(steps[k]));
    k = end + 1;
  }
  return runs.length > 1 ? `${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}` : (runs[0] ?? '');
}

/** "step 3", "steps 4–19". */
const stepsWord = (steps: readonly number[]) => `step${steps.length > 1 ? 's' : ''} ${stepList(steps)}`;

/** Largest |value| of a vector and its unit. */
function largest(values: Float64Array): { value: number; unit: number } {
  let unit = 0;
  for (let j = 1; j < values.length; j++) if (Math.abs(values[j]) > Math.abs(values[unit])) unit = j;
  return { value: values[unit] ?? 0, unit };
}

const stepsOf = (result: CellResult) => Array.from({ length: result.trace.steps }, (_, k) => k + 1);
const isZero = (values: Float64Array) => values.every((v) => v === 0);

/** hₜ = hₜ₋₁ in every unit. */
function gruNoOp(result: CellResult): CheckpointStatus {
  const steps = unchangedSteps(result, 'h');
  if (steps.length > 0) {
    return { isReached: true, text: `hₜ = hₜ₋₁ in every unit at ${stepsWord(steps)}: the update gate copied the old state.` };
  }
  // The step that came closest: the smallest largest-change.
  let best = { t: 1, change: Infinity };
  for (const t of stepsOf(result)) {
    const h = quantityAt(result, 'h', t)!;
    const before = previousState(result, 'h', t);
    const change = Math.max(...Array.from(h, (v, j) => Math.abs(v - before[j])));
    if (change < best.change) best = { t, change };
  }
  return { isReached: false, text: `h changes at every step (the smallest change is ${formatShort(best.change)}, at step ${best.t}). Force z = 1.` };
}

/** cₜ = cₜ₋₁ while c holds something. */
function lstmKeeps(result: CellResult): CheckpointStatus {
  const steps = unchangedSteps(result, 'c').filter((t) => !isZero(quantityAt(result, 'c', t)!));
  if (steps.length === 0) return { isReached: false, text: 'c never stays the same while it holds a value. Force f = 1 and i = 0 after writing.' };
  const kept = largest(quantityAt(result, 'c', steps[0])!);
  return { isReached: true, text: `cₜ = cₜ₋₁ at ${stepsWord(steps)}: the cell keeps ${formatShort(kept.value)} (unit ${kept.unit}) unchanged.` };
}

/** h = 0 in every unit while c ≠ 0. */
function lstmHides(result: CellResult): CheckpointStatus {
  const steps = stepsOf(result).filter((t) => isZero(quantityAt(result, 'h', t)!) && !isZero(quantityAt(result, 'c', t)!));
  if (steps.length === 0) return { isReached: false, text: 'At every step h shows something or c holds nothing. Force o = 0 while the cell holds a value.' };
  const held = largest(quantityAt(result, 'c', steps[0])!);
  const after = stepsOf(result).find((t) => t > steps[steps.length - 1] && !isZero(quantityAt(result, 'h', t)!));
  const reveal = after === undefined ? '' : ` At step ${after} the output gate opens: h = ${formatShort(largest(quantityAt(result, 'h', after)!).value)}.`;
  return {
    isReached: true,
    text: `At ${stepsWord(steps)}, h = 0 in every unit while c holds ${formatShort(held.value)} (unit ${held.unit}): c is not h.${reveal}`,
  };
}

/** Some |c| > 1, while h stays inside (−1, 1). */
function lstmGrows(result: CellResult): CheckpointStatus {
  const step = stepsOf(result).find((t) => Math.abs(largest(quantityAt(result, 'c', t)!).value) > 1);
  const T = result.trace.steps;
  const end = largest(quantityAt(result, 'c', T)!);
  if (step === undefined) return { isReached: false, text: `|c| stays at most 1 (at step ${T}: ${formatShort(end.value)}). Force f = 1 and i = 1.` };
  const first = largest(quantityAt(result, 'c', step)!);
  const hMax = Math.max(...stepsOf(result).map((t) => Math.abs(largest(quantityAt(result, 'h', t)!).value)));
  return {
    isReached: true,
    text: `c passes 1 at step ${step} (${formatShort(first.value)}, unit ${first.unit}) and reaches ${formatShort(end.value)} by step ${T}; h = o·tanh(c) stays within ±${formatShort(hMax)}.`,
  };
}

/** ∏ₜ fₜ per unit over the whole sequence: the gradient share along the cell path. */
export function forgetProducts(result: CellResult): number[] {
  const H = result.trace.config.hiddenSize;
  const products = new Array<number>(H).fill(1);
  for (const t of stepsOf(result)) quantityAt(result, 'f', t)!.forEach((f, j) => (products[j] *= f));
  return products;
}

/** Every unit's ∏ fₜ ≥ 1 %. */
function cellPathKeeps(result: CellResult): CheckpointStatus {
  const products = forgetProducts(result);
  const low = Math.min(...products), high = Math.max(...products);
  const range = `∏ fₜ over ${result.trace.steps} steps is ${percent(low)} to ${percent(high)} across the units`;
  return low >= 0.01
    ? { isReached: true, text: `${range}: every unit keeps at least 1 % of the gradient along the cell path.` }
    : { isReached: false, text: `${range}: some unit keeps less than 1 %. Raise the forget bias.` };
}

export const CHECKPOINTS: Record<CheckpointId, Checkpoint> = {
  'gru-no-op': { goal: 'Make a GRU step a no-op: hₜ = hₜ₋₁.', cell: 'gru', check: gruNoOp },
  'lstm-keeps': { goal: 'Keep the LSTM cell unchanged: cₜ = cₜ₋₁.', cell: 'lstm', check: lstmKeeps },
  'lstm-hides': { goal: 'c is not h: the cell holds a value while h = 0.', cell: 'lstm', check: lstmHides },
  'lstm-grows': { goal: 'Keep all old memory and write the whole candidate: c grows past 1.', cell: 'lstm', check: lstmGrows },
  'cell-path-keeps': { goal: 'Keep at least 1 % of the gradient along the LSTM cell path after 50 steps.', cell: 'lstm', check: cellPathKeeps },
};

/** A checkpoint's status on the results on screen; null while its cell is not computed or not shown. */
export function checkCheckpoint(id: CheckpointId, results: Results): CheckpointStatus | null {
  const checkpoint = CHECKPOINTS[id];
  const result = results[checkpoint.cell];
  return result ? checkpoint.check(result) : null;
}
