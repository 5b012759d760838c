/**
 * Test support for the exporters: an ExportSource computed by the real engine, as the worker
 * would. Used by tests only (it runs engine maths, which the app never imports).
 */
import { initWeights } from '../../src/engine/init';
import type { CellKind, GateOverride } from '../../src/engine/types';
import { forward } from '../../src/engine/unroll';
import { DEFAULT_SETTINGS, type Settings } from '../store/settingsSlice';
import type { ExportSource } from './runHeader';

export interface TestRun {
  cells?: CellKind[];
  inputSize?: number;
  hiddenSize?: number;
  steps?: number;
  reset?: Settings['reset'];
  overrides?: Partial<Record<CellKind, GateOverride[]>>;
}

/** The cells computed over a fixed wavy input, with seeded weights. */
export function computedSource({
  cells = ['gru', 'lstm'], inputSize = 2, hiddenSize = 3, steps = 4, reset = 'after', overrides = {},
}: TestRun = {}): ExportSource {
  const settings: Settings = {
    ...DEFAULT_SETTINGS, cells, inputSize, hiddenSize, steps, reset,
    overrides: { rnn: [], gru: [], lstm: [], ...overrides },
  };
  const x = Float64Array.from({ length: steps * inputSize }, (_, k) => Math.sin(0.7 * k) / 3); // (T, I)
  return {
    cells: cells.map((kind) => {
      const config = { kind, inputSize, hiddenSize, reset };
      const weights = initWeights(config, settings.seed);
      return { trace: forward(config, weights, x, { overrides: settings.overrides[kind] }), weights };
    }),
    settings,
    cursor: { t: 2, micro: 1 },
    link: 'http://127.0.0.1/#v=1&is=2&hs=3&len=4&t=2&m=1',
  };
}
