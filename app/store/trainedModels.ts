/**
 * The lab's hand-over to the visualizer: the models it trained, each with its own hidden size, and
 * the test sequence to show them on. Checked as strictly as a scenario file (sizes within the
 * visualizer's limits, finite numbers) before anything changes. Pure; imports store files.
 */
import type { CellKind } from '../../src/engine/types';
import { importedProblem, beyondVisualizer } from './importedWeights';
import { SIZE_LIMITS, type ImportedWeights, type Settings } from './settingsSlice';

export interface TrainedModels {
  /** Said on screen and in the notice, e.g. "Adding problem, length 50, seed 1: trained 2000 steps". */
  label: string;
  inputSize: number;
  /** T of the test sequence. */
  steps: number;
  /** (T, I) row-major, the test sequence. */
  inputs: number[];
  /** One per cell kind (rnn, gru, lstm), each with its own hidden size; GRUs use reset 'after'. */
  models: ImportedWeights[];
}

/** Longest label kept (it lives in the URL and on one line above the columns). */
export const MAX_LABEL_CHARS = 200;
/** The same bound the URL state puts on a custom input's numbers. */
export const MAX_INPUT_MAGNITUDE = 1e6;
const ORDER: readonly CellKind[] = ['rnn', 'gru', 'lstm'];

export type TrainedPatch = { ok: true; patch: Partial<Settings>; cells: CellKind[] } | { ok: false; error: string };

/** A label as one line of plain text, or why it cannot be one. */
export function cleanLabel(label: unknown): string | { error: string } {
  if (typeof label !== 'string') return { error: 'label: expected text' };
  const line = label.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  if (line === '') return { error: 'label: empty' };
  if (line.length > MAX_LABEL_CHARS) return { error: `label: ${line.length} characters, more than ${MAX_LABEL_CHARS}` };
  return line;
}

/**
 * The settings that show the trained models (in the order rnn, gru, lstm) on their test sequence,
 * with the label, no forced gates and the first unit focused; or the first problem found.
 */
export function trainedPatch(t: TrainedModels): TrainedPatch {
  const label = cleanLabel(t.label);
  if (typeof label !== 'string') return { ok: false, error: label.error };
  const sizeProblem =
    beyondVisualizer('inputSize', t.inputSize, SIZE_LIMITS.inputSize) ??
    beyondVisualizer('steps (test sequence length)', t.steps, SIZE_LIMITS.steps);
  if (sizeProblem) return { ok: false, error: sizeProblem };
  const want = t.steps * t.inputSize;
  if (!Array.isArray(t.inputs) || t.inputs.length !== want) {
    return { ok: false, error: `inputs: expected ${want} numbers (steps ${t.steps} × input size ${t.inputSize}), got ${Array.isArray(t.inputs) ? t.inputs.length : 'no array'}` };
  }
  const bad = t.inputs.findIndex((x) => typeof x !== 'number' || !Number.isFinite(x) || Math.abs(x) > MAX_INPUT_MAGNITUDE);
  if (bad >= 0) {
    return { ok: false, error: `inputs[${Math.floor(bad / t.inputSize)}][${bad % t.inputSize}]: ${String(t.inputs[bad])} is not a finite number within ±${MAX_INPUT_MAGNITUDE}` };
  }
  if (!Array.isArray(t.models) || t.models.length === 0) return { ok: false, error: 'models: expected one to three trained cells' };
  const imported: Partial<Record<CellKind, ImportedWeights>> = {};
  for (const [k, model] of t.models.entries()) {
    if (typeof model?.weights !== 'object' || model.weights === null) return { ok: false, error: `models[${k}]: expected { cell, weights, h0, c0 }` };
    const problem = importedProblem(model, t.inputSize);
    if (problem) return { ok: false, error: `models[${k}]: ${problem}` };
    if (imported[model.cell]) return { ok: false, error: `models[${k}]: a second ${model.cell} (one model per cell kind)` };
    // Copies: the lab may train on, or hand its buffers to a worker, after this.
    const { wIh, wHh, bIh, bHh } = model.weights;
    imported[model.cell] = { cell: model.cell, weights: { wIh: wIh.slice(), wHh: wHh.slice(), bIh: bIh.slice(), bHh: bHh.slice() }, h0: model.h0.slice(), c0: model.c0.slice() };
  }
  const cells = ORDER.filter((cell) => imported[cell] !== undefined);
  return {
    ok: true,
    cells,
    patch: {
      cells,
      inputSize: t.inputSize,
      steps: t.steps,
      reset: 'after',
      input: { kind: 'custom', values: Array.from(t.inputs) },
      imported,
      trainedLabel: label,
      overrides: { rnn: [], gru: [], lstm: [] },
      unit: 0,
    },
  };
}
