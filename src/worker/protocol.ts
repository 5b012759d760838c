/**
 * The typed messages between the app and the engine worker. Imported by both sides;
 * imports engine types only. Requests carry increasing ids; the client drops stale replies.
 */
import type { HiddenPathKernel } from '../engine/hiddenPath';
import type { CellConfig, GateOverride, Trace, Weights } from '../engine/types';

/** Where a cell's weights come from: drawn from a seed, or given (an imported scenario). */
export type WeightsSource =
  | { kind: 'seed'; seed: number; forgetBias: number }
  | { kind: 'given'; weights: Weights };

/** One cell to run over the shared input sequence. */
export interface CellJob {
  config: CellConfig;
  weights: WeightsSource;
  h0?: Float64Array; // (H)
  c0?: Float64Array; // (H)
  overrides: GateOverride[];
}

export interface TraceRequest {
  type: 'trace';
  id: number;
  inputSize: number;
  inputs: Float64Array; // (T, I)
  cells: CellJob[];
}

/** Parse and validate a scenario file's text (the worker owns validation, off the main thread). */
export interface ScenarioRequest {
  type: 'scenario';
  id: number;
  text: string;
}

export type Request = TraceRequest | ScenarioRequest;

/** A computed cell: its trace and the weights that produced it (for exports). */
export interface CellResult {
  trace: Trace;
  weights: Weights;
}

/** A validated scenario, in engine terms. */
export interface ScenarioData {
  config: Required<CellConfig>;
  weights: Weights;
  inputs: Float64Array; // (T, I)
  steps: number;
  h0: Float64Array; // (H)
  c0: Float64Array; // (H)
}

export type Reply =
  /** `kernel`: which hidden-path kernel the worker ran ('js' where WebAssembly may not compile). */
  | { type: 'trace'; id: number; ok: true; cells: CellResult[]; computeMs: number; kernel: HiddenPathKernel }
  | { type: 'scenario'; id: number; ok: true; scenario: ScenarioData }
  | { type: 'error'; id: number; ok: false; error: string };

/** Every ArrayBuffer under a reply, to send as transferables instead of copies. */
export function transferablesOf(value: unknown, into: Set<ArrayBuffer> = new Set()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) into.add(value.buffer);
  } else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) transferablesOf(v, into);
  }
  return [...into];
}
