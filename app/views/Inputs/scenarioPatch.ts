/**
 * Turns a validated scenario into the settings that show it, after checking it fits what the
 * visualizer can draw. The file's cell takes its weights and hidden size; other imported cells
 * keep theirs if they fit the file's input size, and are dropped (and listed) if not. Pure;
 * imports store and protocol types.
 */
import type { CellKind } from '../../../src/engine/types';
import type { ScenarioData } from '../../../src/worker/protocol';
import { importedCells, importedInputSize } from '../../store/cellSizes';
import { beyondVisualizer } from '../../store/importedWeights';
import { SIZE_LIMITS, type ImportedByCell, type Settings } from '../../store/settingsSlice';

export type ScenarioPatch =
  | {
    ok: true;
    patch: Partial<Settings>;
    /** Other cells whose imported weights stay (now run on the file's input). */
    kept: CellKind[];
    /** Other cells whose imported weights expect another input size, dropped. */
    dropped: CellKind[];
  }
  | { ok: false; error: string };

export function scenarioPatch(scenario: ScenarioData, current: Settings): ScenarioPatch {
  const { config, steps } = scenario;
  const checks: [string, number, { min: number; max: number }][] = [
    ['input_size', config.inputSize, SIZE_LIMITS.inputSize],
    ['hidden_size', config.hiddenSize, SIZE_LIMITS.hiddenSize],
    ['inputs (sequence length)', steps, SIZE_LIMITS.steps],
  ];
  for (const [field, value, limit] of checks) {
    const problem = beyondVisualizer(field, value, limit);
    if (problem) return { ok: false, error: `${problem}; the command line (npm run trace) takes up to the engine's limits` };
  }
  const others = importedCells(current).filter((cell) => cell !== config.kind);
  const fits = (cell: CellKind) => importedInputSize(current.imported[cell]!) === config.inputSize;
  const kept = others.filter(fits);
  const dropped = others.filter((cell) => !fits(cell));
  const imported: ImportedByCell = { [config.kind]: { cell: config.kind, weights: scenario.weights, h0: scenario.h0, c0: scenario.c0 } };
  for (const cell of kept) imported[cell] = current.imported[cell];
  const cells = current.cells.includes(config.kind) ? current.cells : [...current.cells, config.kind];
  return {
    ok: true,
    kept,
    dropped,
    patch: {
      cells,
      inputSize: config.inputSize,
      // Seeded cells take the file's size, as they did when one size served every column.
      hiddenSize: config.hiddenSize,
      steps,
      reset: config.kind === 'gru' ? config.reset : current.reset,
      input: { kind: 'custom', values: Array.from(scenario.inputs) },
      imported,
      overrides: { rnn: [], gru: [], lstm: [] },
      unit: 0,
    },
  };
}
