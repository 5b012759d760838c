/**
 * The trace's numbers as named columns, one value per (step, unit): every gate, candidate and
 * state, their pre-activations and the previous state. Shared by the CSV and JSON exports.
 * Pure; imports engine types only.
 */
import type { CellKind, GateName, Trace } from '../../src/engine/types';

/** A number of a trace at 0-based step t and unit j. */
export type Reader = (trace: Trace, t: number, j: number) => number;

export interface Column {
  name: string;
  /** What the column holds, for the file's header and docs/exports.md. */
  about: string;
}

const H = (trace: Trace) => trace.config.hiddenSize;
/** Reads a (T, H) buffer of the trace. */
const perUnit = (buffer: (trace: Trace) => Float64Array): Reader => (trace, t, j) => buffer(trace)[t * H(trace) + j];
const pre = (gate: GateName) => perUnit((trace) => trace.pre[gate]!);
const act = (gate: GateName) => perUnit((trace) => trace.act[gate]!);
/** Block b of a (T, G·H) path buffer. */
const block = (path: 'aIh' | 'aHh', b: number): Reader => (trace, t, j) => trace[path][t * 3 * H(trace) + b * H(trace) + j];

/**
 * The GRU candidate's hidden term as it enters pre_n = pre_n_x + pre_n_h: r ⊙ (W_hn h + b_hn)
 * with reset-after (the trace keeps the bracket in aHh), W_hn (r ⊙ h) + b_hn with reset-before.
 */
const gruHiddenTerm: Reader = (trace, t, j) =>
  trace.config.reset === 'after' ? act('r')(trace, t, j) * block('aHh', 2)(trace, t, j) : block('aHh', 2)(trace, t, j);

const previous = (state: 'h' | 'c'): Reader => (trace, t, j) =>
  t === 0 ? trace[`${state}0`][j] : trace[state][(t - 1) * H(trace) + j];

/** Every per-(step, unit) column, in file order, with the cells that have it and how to read it. */
export const TRACE_COLUMNS: readonly (Column & { cells: readonly CellKind[]; read: Reader })[] = [
  { name: 'h_prev', about: 'h_{t−1}, the state the step starts from (h0 at t = 1)', cells: ['rnn', 'gru', 'lstm'], read: previous('h') },
  { name: 'c_prev', about: 'c_{t−1}, the LSTM cell state the step starts from (c0 at t = 1)', cells: ['lstm'], read: previous('c') },
  { name: 'pre_h', about: 'RNN pre-activation W_ih x + b_ih + W_hh h_prev + b_hh', cells: ['rnn'], read: pre('h') },
  { name: 'pre_r', about: 'GRU reset-gate pre-activation', cells: ['gru'], read: pre('r') },
  { name: 'r', about: 'GRU reset gate σ(pre_r)', cells: ['gru'], read: act('r') },
  { name: 'pre_z', about: 'GRU update-gate pre-activation', cells: ['gru'], read: pre('z') },
  { name: 'z', about: 'GRU update gate σ(pre_z); z ≈ 1 keeps the old state', cells: ['gru'], read: act('z') },
  { name: 'pre_n_x', about: 'GRU candidate input term W_in x + b_in', cells: ['gru'], read: block('aIh', 2) },
  {
    name: 'pre_n_h',
    about: 'GRU candidate hidden term as it enters the sum: r ⊙ (W_hn h_prev + b_hn) (reset after) or W_hn (r ⊙ h_prev) + b_hn (reset before)',
    cells: ['gru'], read: gruHiddenTerm,
  },
  { name: 'pre_n', about: 'GRU candidate pre-activation pre_n_x + pre_n_h', cells: ['gru'], read: pre('n') },
  { name: 'n', about: 'GRU candidate tanh(pre_n)', cells: ['gru'], read: act('n') },
  { name: 'pre_i', about: 'LSTM input-gate pre-activation', cells: ['lstm'], read: pre('i') },
  { name: 'i', about: 'LSTM input gate σ(pre_i)', cells: ['lstm'], read: act('i') },
  { name: 'pre_f', about: 'LSTM forget-gate pre-activation', cells: ['lstm'], read: pre('f') },
  { name: 'f', about: 'LSTM forget gate σ(pre_f)', cells: ['lstm'], read: act('f') },
  { name: 'pre_g', about: 'LSTM candidate pre-activation', cells: ['lstm'], read: pre('g') },
  { name: 'g', about: 'LSTM candidate tanh(pre_g)', cells: ['lstm'], read: act('g') },
  { name: 'pre_o', about: 'LSTM output-gate pre-activation', cells: ['lstm'], read: pre('o') },
  { name: 'o', about: 'LSTM output gate σ(pre_o)', cells: ['lstm'], read: act('o') },
  { name: 'c', about: 'LSTM cell state f·c_prev + i·g', cells: ['lstm'], read: perUnit((trace) => trace.c) },
  { name: 'tanh_c', about: 'LSTM tanh(c)', cells: ['lstm'], read: perUnit((trace) => trace.tanhC) },
  { name: 'h', about: 'the new hidden state h_t', cells: ['rnn', 'gru', 'lstm'], read: perUnit((trace) => trace.h) },
];

/** The gates a what-if override holds at (t, j), in the cell's block order: "z", "r z". */
export function forcedAt(trace: Trace, t: number, j: number): string {
  return (Object.keys(trace.forced) as GateName[])
    .filter((gate) => !Number.isNaN(trace.forced[gate]![t * H(trace) + j]))
    .join(' ');
}

/**
 * A number as text that reads back to the same double: String(x) is the shortest round-trip
 * form; only −0 needs help (String(-0) is "0").
 */
export function fullPrecision(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}
