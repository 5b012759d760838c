/**
 * What the lab panel asks for, mirroring the command line (`npm run lab -- --task … --seeds K`):
 * the same fields give the same runs, seeds 1..K. Limits and defaults, and the specs a form
 * stands for. Imports engine lab files only.
 */
import { LAB_LIMITS, labDefaults, specsForSeeds, type LabPreset, type LabSpec } from '../../src/engine/lab/spec';
import { TASKS } from '../../src/engine/tasks/registry';
import type { TaskKind } from '../../src/engine/tasks/task';
import type { CellKind } from '../../src/engine/types';

export interface LabForm {
  task: TaskKind;
  length: number;
  cells: CellKind[];
  /** Seeds 1..seeds. */
  seeds: number;
  preset: LabPreset;
  steps: number;
  /** The LSTM's forget-gate bias offset at init. */
  forgetBias: number;
}

export const LAB_CELL_ORDER: readonly CellKind[] = ['rnn', 'gru', 'lstm'];
export const MAX_LAB_SEEDS = 5;
export const LAB_FORM_LIMITS = {
  seeds: { min: 1, max: MAX_LAB_SEEDS },
  steps: { min: 1, max: LAB_LIMITS.maxSteps },
  forgetBias: { min: -LAB_LIMITS.maxForgetBias, max: LAB_LIMITS.maxForgetBias },
} as const;

/** The lesson's first experiment: the adding problem at length 50, one seed, the 1.2 K preset. */
export const DEFAULT_LAB_FORM: LabForm = {
  task: 'adding', length: 50, cells: [...LAB_CELL_ORDER], seeds: 1, preset: '1.2k',
  steps: labDefaults('adding').steps, forgetBias: 1,
};

export function lengthLimits(task: TaskKind): { min: number; max: number } {
  return { min: TASKS[task].minLength, max: TASKS[task].maxLength };
}

/** One spec per (cell, seed), cells in table order; the task's tuned training settings. */
export function formSpecs(form: LabForm): LabSpec[] {
  const { task, length, preset, steps, forgetBias } = form;
  return specsForSeeds({ task, length, preset, steps, forgetBias }, LAB_CELL_ORDER.filter((c) => form.cells.includes(c)), form.seeds);
}

/** The command line that trains exactly these runs in Node (the README's benchmark form). */
export function formCommand(form: LabForm): string {
  const cells = LAB_CELL_ORDER.filter((c) => form.cells.includes(c)).join(',');
  return `npm run --silent lab -- --task ${form.task} --length ${form.length} --cells ${cells} --seeds ${form.seeds} ` +
    `--preset ${form.preset} --steps ${form.steps} --forget-bias ${form.forgetBias}`;
}
