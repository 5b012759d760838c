/**
 * A computed cell as a scenario file (DESIGN.md "Scenario files"): its weights in PyTorch
 * state_dict layout, its inputs and initial state, so "Import scenario" (or the CLI, or
 * PyTorch's load_state_dict) gets exactly this model back. Pure; imports engine types,
 * engine/io/shapes (plain array helpers) and app/export.
 */
import type { ScenarioJson } from '../../src/engine/io/scenario';
import type { StateDict } from '../../src/engine/io/pytorch';
import { toList, toRows } from '../../src/engine/io/shapes';
import type { CellResult } from '../../src/worker/protocol';
import { describeOverride } from './runHeader';
import type { GateOverride } from '../../src/engine/types';

/** A scenario plus the fields the reader ignores: what it is and where it came from. */
export interface ScenarioExport extends ScenarioJson {
  name: string;
  source: string;
  note?: string;
}

/** The weights of one cell as a PyTorch state_dict of nested arrays (every number as is). */
export function stateDictOf({ trace, weights }: CellResult): StateDict {
  const { inputSize: I, hiddenSize: H } = trace.config;
  const GH = weights.bIh.length;
  return {
    weight_ih_l0: toRows(weights.wIh, GH, I),
    weight_hh_l0: toRows(weights.wHh, GH, H),
    bias_ih_l0: toList(weights.bIh),
    bias_hh_l0: toList(weights.bHh),
  };
}

/** The scenario file of a computed cell; `overrides` are named in a note (the format has none). */
export function scenarioOf(result: CellResult, link: string, overrides: readonly GateOverride[] = []): ScenarioExport {
  const { trace } = result;
  const { kind, inputSize: I, hiddenSize: H, reset } = trace.config;
  const forced = overrides.length > 0
    ? `GateLab forced ${overrides.map(describeOverride).join('; ')}; a scenario holds no overrides, so re-importing gives the free cell`
    : undefined;
  return {
    schema_version: 1,
    name: `GateLab ${kind}, input_size ${I}, hidden_size ${H}, ${trace.steps} steps`,
    source: link,
    ...(forced ? { note: forced } : {}),
    cell: kind,
    ...(kind === 'gru' ? { variant: reset === 'before' ? 'classic' as const : 'pytorch' as const } : {}),
    input_size: I,
    hidden_size: H,
    seq_len: trace.steps,
    weights: stateDictOf(result),
    inputs: toRows(trace.x, trace.steps, I),
    h0: toList(trace.h0),
    ...(kind === 'lstm' ? { c0: toList(trace.c0) } : {}),
  };
}
