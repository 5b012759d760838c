/**
 * Turns a validated scenario into the settings that show it, after checking it fits what the
 * visualizer can draw. Pure; imports store and protocol types.
 */
import type { ScenarioData } from '../../../src/worker/protocol';
import { SIZE_LIMITS, type Settings } from '../../store/settingsSlice';

export type ScenarioPatch = { ok: true; patch: Partial<Settings> } | { ok: false; error: string };

export function scenarioPatch(scenario: ScenarioData, current: Settings): ScenarioPatch {
  const { config, steps } = scenario;
  const checks: [string, number, { min: number; max: number }][] = [
    ['input_size', config.inputSize, SIZE_LIMITS.inputSize],
    ['hidden_size', config.hiddenSize, SIZE_LIMITS.hiddenSize],
    ['inputs (sequence length)', steps, SIZE_LIMITS.steps],
  ];
  for (const [field, value, { max }] of checks) {
    if (value > max) return { ok: false, error: `${field}: ${value} is more than the visualizer shows (at most ${max}); the command line (npm run trace) takes up to the engine's limits` };
  }
  const cells = current.cells.includes(config.kind) ? current.cells : [...current.cells, config.kind];
  return {
    ok: true,
    patch: {
      cells,
      inputSize: config.inputSize,
      hiddenSize: config.hiddenSize,
      steps,
      reset: config.kind === 'gru' ? config.reset : current.reset,
      input: { kind: 'custom', values: Array.from(scenario.inputs) },
      imported: { cell: config.kind, weights: scenario.weights, h0: scenario.h0, c0: scenario.c0 },
      overrides: { rnn: [], gru: [], lstm: [] },
      unit: 0,
    },
  };
}
