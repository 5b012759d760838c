/**
 * The lab form in the URL hash under short keys (labMode.ts names them and owns `mode=lab`).
 * Reading never throws and names every value it ignored; writing touches only these keys and
 * keeps the rest of the hash as it is. Imports labMode and labForm.
 */
import { LAB_PRESET_LABELS, type LabPreset } from '../../src/engine/lab/spec';
import { TASK_KINDS } from '../../src/engine/tasks/registry';
import type { TaskKind } from '../../src/engine/tasks/task';
import type { CellKind } from '../../src/engine/types';
import { DEFAULT_LAB_FORM, LAB_CELL_ORDER, LAB_FORM_LIMITS, lengthLimits, type LabForm } from './labForm';
import { LAB_FORM_KEYS as FORM_KEYS, LAB_KEYS, LAB_LOG_KEY as LOG_KEY } from './labMode';

export interface LabUrlState {
  form: LabForm;
  isLogScale: boolean;
}

export interface ReadLabUrl {
  state: LabUrlState;
  /** One entry per ignored key: `key=value: why`. */
  ignored: string[];
}

const short = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

function wholeIn(text: string, min: number, max: number): number | null {
  const n = /^-?\d{1,6}$/.test(text) ? Number(text) : NaN;
  return n >= min && n <= max ? n : null;
}

export function readLabUrl(hash: string): ReadLabUrl {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const form: LabForm = { ...DEFAULT_LAB_FORM, cells: [...DEFAULT_LAB_FORM.cells] };
  const ignored: string[] = [];
  const read = (key: string, apply: (value: string) => boolean, why: () => string) => {
    const value = params.get(key);
    if (value !== null && !apply(value)) ignored.push(`${key}=${short(value)}: ${why()}`);
  };
  read(FORM_KEYS.task, (v) => TASK_KINDS.includes(v as TaskKind) && ((form.task = v as TaskKind), true), () => `the tasks are ${TASK_KINDS.join(', ')}`);
  const lengths = lengthLimits(form.task);
  read(FORM_KEYS.length, (v) => {
    const n = wholeIn(v, lengths.min, lengths.max);
    return n !== null && ((form.length = n), true);
  }, () => `the ${form.task} task's length is a whole number from ${lengths.min} to ${lengths.max}`);
  read(FORM_KEYS.cells, (v) => {
    const cells = v.split(',');
    const ok = cells.length > 0 && cells.every((c) => LAB_CELL_ORDER.includes(c as CellKind)) && new Set(cells).size === cells.length;
    return ok && ((form.cells = LAB_CELL_ORDER.filter((c) => cells.includes(c))), true);
  }, () => `cells are a comma-separated list of ${LAB_CELL_ORDER.join(', ')}, each once`);
  const { seeds, steps, forgetBias } = LAB_FORM_LIMITS;
  read(FORM_KEYS.seeds, (v) => {
    const n = wholeIn(v, seeds.min, seeds.max);
    return n !== null && ((form.seeds = n), true);
  }, () => `seeds are a whole number from ${seeds.min} to ${seeds.max}`);
  read(FORM_KEYS.preset, (v) => LAB_PRESET_LABELS.includes(v as LabPreset) && ((form.preset = v as LabPreset), true), () => `the presets are ${LAB_PRESET_LABELS.join(', ')}`);
  read(FORM_KEYS.steps, (v) => {
    const n = wholeIn(v, steps.min, steps.max);
    return n !== null && ((form.steps = n), true);
  }, () => `steps are a whole number from ${steps.min} to ${steps.max}`);
  read(FORM_KEYS.forgetBias, (v) => {
    const n = /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : NaN;
    return n >= forgetBias.min && n <= forgetBias.max && ((form.forgetBias = n), true);
  }, () => `the forget bias is a number from ${forgetBias.min} to ${forgetBias.max}`);
  let isLogScale = true;
  read(LOG_KEY, (v) => (v === '0' || v === '1') && ((isLogScale = v === '1'), true), () => 'must be 0 or 1');
  return { state: { form, isLogScale }, ignored };
}

/** The hash's `key=value` parts, raw (not re-encoded). */
const partsOf = (hash: string) => hash.replace(/^#/, '').split('&').filter(Boolean);
const keyOf = (part: string) => part.split('=')[0] ?? '';

/** The hash (without '#') with the form's keys set for `state` (or removed: null), every other part kept verbatim. */
export function writeLabUrl(hash: string, state: LabUrlState | null): string {
  const kept = partsOf(hash).filter((part) => !LAB_KEYS.includes(keyOf(part)));
  if (!state) return kept.join('&');
  const { form } = state;
  const values: Record<keyof typeof FORM_KEYS, string> = {
    task: form.task, length: String(form.length), cells: form.cells.join(','), seeds: String(form.seeds),
    preset: form.preset, steps: String(form.steps), forgetBias: String(form.forgetBias),
  };
  for (const field of Object.keys(FORM_KEYS) as (keyof typeof FORM_KEYS)[]) kept.push(`${FORM_KEYS[field]}=${values[field]}`);
  kept.push(`${LOG_KEY}=${state.isLogScale ? 1 : 0}`);
  return kept.join('&');
}
