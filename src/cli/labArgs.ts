/**
 * The `npm run lab` command line: its options, their defaults, and the one-line refusal that
 * names the bad argument. Pure (no I/O), so tests call it directly. Imports src/engine only.
 */
import { LAB_PRESET_LABELS, resolveLabSpec, LabSpecError, specsForSeeds, type LabPreset, type LabSpec } from '../engine/lab/spec';
import { TASK_KINDS, TASKS } from '../engine/tasks/registry';
import type { TaskKind } from '../engine/tasks/task';
import type { CellKind } from '../engine/types';

export const LAB_USAGE = [
  'usage: npm run --silent lab -- [--task adding|order|copy] [--length N] [--cells rnn,gru,lstm]',
  '         [--seeds K] [--preset 350|1.2k|4.4k] [--steps S] [--forget-bias B]',
  '         [--batch-size N] [--lr R] [--json]',
  'Trains each cell on seeds 1..K and prints a table (or one JSON object with --json).',
].join('\n');

/** What the command line asks for: one spec per (cell, seed), all sharing the other fields. */
export interface LabArgs {
  task: TaskKind;
  length: number;
  cells: CellKind[];
  seeds: number;
  preset: LabPreset;
  steps?: number;
  forgetBias?: number;
  batchSize?: number;
  learningRate?: number;
  json: boolean;
}

export type ParsedLabArgs = { ok: true; args: LabArgs } | { ok: true; help: true } | { ok: false; error: string };

const CELL_KINDS: readonly CellKind[] = ['rnn', 'gru', 'lstm'];
const MAX_SEEDS = 100;

/** The option that sets each spec field, so a range error from the engine names the argument. */
const OPTION_OF: Partial<Record<keyof LabSpec, string>> = {
  task: '--task', length: '--length', cell: '--cells', seed: '--seeds', preset: '--preset',
  steps: '--steps', forgetBias: '--forget-bias', batchSize: '--batch-size', learningRate: '--lr',
};

class ArgError extends Error {}

function whole(option: string, text: string): number {
  if (!/^[+-]?\d+$/.test(text.trim())) throw new ArgError(`${option}: expected a whole number, got '${text}'`);
  return Number(text);
}

function real(option: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new ArgError(`${option}: expected a number, got '${text}'`);
  return value;
}

function oneOf<T extends string>(option: string, text: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(text)) throw new ArgError(`${option}: expected ${allowed.join(', ')}, got '${text}'`);
  return text as T;
}

/** Every (cell, seed) spec the arguments stand for, seeds 1..K. */
export function labSpecs(args: LabArgs): LabSpec[] {
  const { task, length, preset, steps, forgetBias, batchSize, learningRate } = args;
  return specsForSeeds({ task, length, preset, steps, forgetBias, batchSize, learningRate }, args.cells, args.seeds);
}

function parse(argv: readonly string[]): LabArgs | 'help' {
  const values = new Map<string, string>();
  let json = false;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--json') { json = true; continue; }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!Object.values(OPTION_OF).includes(name)) throw new ArgError(`${arg.startsWith('-') ? `unknown option ${name}` : `unexpected argument '${arg}'`} (see --help)`);
    const value = inline ?? argv[++k];
    if (value === undefined) throw new ArgError(`${name}: missing its value`);
    values.set(name, value);
  }
  const task = oneOf('--task', values.get('--task') ?? 'adding', TASK_KINDS);
  const cellText = values.get('--cells') ?? CELL_KINDS.join(',');
  const cells = cellText.split(',').map((c) => oneOf('--cells', c.trim(), CELL_KINDS));
  if (new Set(cells).size !== cells.length) throw new ArgError(`--cells: '${cellText}' names a cell twice`);
  const seeds = whole('--seeds', values.get('--seeds') ?? '3');
  if (seeds < 1 || seeds > MAX_SEEDS) throw new ArgError(`--seeds: expected 1 to ${MAX_SEEDS}, got ${seeds}`);
  const optional = <T>(option: string, read: (o: string, t: string) => T) => {
    const text = values.get(option);
    return text === undefined ? undefined : read(option, text);
  };
  return {
    task,
    length: whole('--length', values.get('--length') ?? String(TASKS[task].defaultLength)),
    cells,
    seeds,
    preset: oneOf('--preset', values.get('--preset') ?? '1.2k', LAB_PRESET_LABELS),
    steps: optional('--steps', whole),
    forgetBias: optional('--forget-bias', real),
    batchSize: optional('--batch-size', whole),
    learningRate: optional('--lr', real),
    json,
  };
}

/** Reads argv (without node and the script); every spec is range-checked before anything runs. */
export function parseLabArgs(argv: readonly string[]): ParsedLabArgs {
  try {
    const args = parse(argv);
    if (args === 'help') return { ok: true, help: true };
    for (const spec of labSpecs(args)) resolveLabSpec(spec);
    return { ok: true, args };
  } catch (e) {
    if (e instanceof ArgError) return { ok: false, error: e.message };
    if (e instanceof LabSpecError) {
      return { ok: false, error: `${OPTION_OF[e.field] ?? e.field}: ${e.message.slice(e.field.length + 2)}` };
    }
    throw e;
  }
}
