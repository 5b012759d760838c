/**
 * The trace as JSON: the run header, then per cell its inputs, initial state and every quantity
 * as nested [T][H] arrays, keyed like the conformance vectors' `expected` (the engine's
 * TraceJson: h, c, gates, pre), so a file can be diffed against a vector. Numbers are written
 * by JSON.stringify, which keeps every double exactly (except the sign of −0).
 * Pure; imports engine types, engine/io/shapes (plain array helpers) and app/export.
 */
import { toList, toRows } from '../../src/engine/io/shapes';
import type { TraceJson } from '../../src/engine/io/traceJson';
import type { CellKind, GateName, LstmAblation, ResetPlacement, Trace } from '../../src/engine/types';
import { runHeader, type ExportSource, type RunHeader } from './runHeader';
import { TRACE_COLUMNS } from './traceColumns';

type Rows = number[][];

export interface CellTraceJson extends TraceJson {
  cell: CellKind;
  config: { input_size: number; hidden_size: number; reset?: ResetPlacement; ablation?: LstmAblation };
  steps: number;
  x: Rows; // [T][I]
  h0: number[]; // [H]
  c0?: number[]; // [H], lstm
  tanh_c?: Rows; // [T][H], lstm
  /** Gates held by a what-if override: the forced value, null where the gate is free. */
  forced: Partial<Record<GateName, (number | null)[][]>>;
}

export interface TraceJsonDocument {
  header: RunHeader;
  cells: CellTraceJson[];
}

/** [T][H] rows of one trace column (by its CSV name). */
function columnRows(trace: Trace, name: string): Rows {
  const column = TRACE_COLUMNS.find((c) => c.name === name)!;
  const H = trace.config.hiddenSize;
  return Array.from({ length: trace.steps }, (_, t) => Array.from({ length: H }, (_, j) => column.read(trace, t, j)));
}

/** The pre-activations under the vectors' names (the GRU candidate as its two terms). */
function preOf(trace: Trace): Record<string, Rows> {
  const kind = trace.config.kind;
  if (kind === 'rnn') return { pre: columnRows(trace, 'pre_h') };
  const names = kind === 'gru' ? ['pre_r', 'pre_z', 'pre_n_x', 'pre_n_h'] : ['pre_i', 'pre_f', 'pre_g', 'pre_o'];
  return Object.fromEntries(names.map((name) => [name, columnRows(trace, name)]));
}

/** One cell's trace as nested arrays. */
export function cellTraceJson(trace: Trace): CellTraceJson {
  const { kind, inputSize: I, hiddenSize: H, reset, ablation } = trace.config;
  const T = trace.steps;
  const gates = (Object.keys(trace.act) as GateName[]).filter((g) => g !== 'h');
  const forced: CellTraceJson['forced'] = {};
  for (const [gate, table] of Object.entries(trace.forced) as [GateName, Float64Array][]) {
    forced[gate] = toRows(table, T, H).map((row) => row.map((v) => (Number.isNaN(v) ? null : v)));
  }
  return {
    cell: kind,
    config: { input_size: I, hidden_size: H, ...(kind === 'gru' ? { reset } : {}), ...(kind === 'lstm' ? { ablation } : {}) },
    steps: T,
    x: toRows(trace.x, T, I),
    h0: toList(trace.h0),
    ...(kind === 'lstm' ? { c0: toList(trace.c0) } : {}),
    h: toRows(trace.h, T, H),
    ...(kind === 'lstm' ? { c: toRows(trace.c, T, H), tanh_c: toRows(trace.tanhC, T, H) } : {}),
    ...Object.fromEntries(gates.map((g) => [g, toRows(trace.act[g]!, T, H)])),
    pre: preOf(trace),
    forced,
  };
}

/** The JSON document of the cells in `source`. */
export function traceToJsonDocument(source: ExportSource): TraceJsonDocument {
  return { header: runHeader(source), cells: source.cells.map(({ trace }) => cellTraceJson(trace)) };
}
