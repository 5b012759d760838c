/**
 * Test support: real traces computed by the engine for small cells, as the worker would send
 * them. Imported by tests only (the app never runs engine maths on the main thread).
 */
import { initWeights } from '../../../src/engine/init';
import type { CellKind, GateOverride, ResetPlacement } from '../../../src/engine/types';
import { forward } from '../../../src/engine/unroll';
import type { CellResult } from '../../../src/worker/protocol';

/** A cell of input size 1 on a short sine input, computed with optional overrides. */
export function computedCell(
  kind: CellKind, hiddenSize = 4, overrides: GateOverride[] = [], reset: ResetPlacement = 'after', steps = 5,
): CellResult {
  const config = { kind, inputSize: 1, hiddenSize, reset };
  const weights = initWeights(config, 7);
  const x = new Float64Array(steps).map((_, k) => Math.sin(k / 2)); // (T, 1)
  return { trace: forward(config, weights, x, { overrides }), weights };
}
