/**
 * A Trace and its Grads as JSON-ready nested arrays, keyed like the conformance vectors'
 * `expected` and `grad` (so a trace can be diffed against a vector file, or exported).
 * Numbers are copied as they are: JSON.stringify writes doubles in round-trip form.
 * Imports engine files only.
 */
import { backward } from '../bptt';
import { blocksOf, gateCount } from '../cells';
import type { CellConfig, GateName, Grads, Trace } from '../types';
import { forward } from '../unroll';
import type { Scenario } from './scenario';
import { toList, toRows } from './shapes';

type Rows = number[][]; // [T][H] or [rows][cols]

/** The forward numbers: h (and c), every gate activation, and the pre-activations. */
export interface TraceJson {
  h: Rows;
  c?: Rows;
  r?: Rows; z?: Rows; n?: Rows;
  i?: Rows; f?: Rows; g?: Rows; o?: Rows;
  /** rnn: pre · gru: pre_r, pre_z, pre_n_x, pre_n_h · lstm: pre_i, pre_f, pre_g, pre_o */
  pre: Record<string, Rows>;
}

/** Gradients, PyTorch names with a `d_` prefix. */
export interface GradsJson {
  d_weight_ih_l0: Rows; // [G·H][I]
  d_weight_hh_l0: Rows; // [G·H][H]
  d_bias_ih_l0: number[]; // [G·H]
  d_bias_hh_l0: number[]; // [G·H]
  d_inputs: Rows; // [T][I]
  d_h0: number[]; // [H]
  d_c0?: number[]; // [H], lstm
}

/** Block b of every row of a (T, G·H) buffer: [T][H]. */
function blockRows(buffer: Float64Array, T: number, G: number, H: number, b: number): Rows {
  const GH = G * H;
  return Array.from({ length: T }, (_, t) => Array.from(buffer.subarray(t * GH + b * H, t * GH + (b + 1) * H)));
}

/**
 * The vectors' pre-activations. The GRU candidate's is kept as its two terms, pre_n = pre_n_x +
 * pre_n_h: pre_n_x = W_in x + b_in, and pre_n_h the hidden term as it enters the sum,
 * r ⊙ (W_hn h + b_hn) with reset-after, W_hn (r ⊙ h) + b_hn with reset-before.
 */
function preJson(trace: Trace): Record<string, Rows> {
  const { kind, hiddenSize: H } = trace.config;
  const T = trace.steps;
  if (kind === 'rnn') return { pre: toRows(trace.pre.h!, T, H) };
  if (kind === 'gru') {
    return {
      pre_r: toRows(trace.pre.r!, T, H),
      pre_z: toRows(trace.pre.z!, T, H),
      pre_n_x: blockRows(trace.aIh, T, 3, H, 2),
      pre_n_h: trace.config.reset === 'after'
        ? blockRows(trace.aHh, T, 3, H, 2).map((row, t) => row.map((v, j) => trace.act.r![t * H + j] * v))
        : blockRows(trace.aHh, T, 3, H, 2),
    };
  }
  const pre: Record<string, Rows> = {};
  for (const b of blocksOf(kind)) pre[`pre_${b}`] = toRows(trace.pre[b]!, T, H);
  return pre;
}

/** The forward part of a trace as nested arrays. */
export function traceToJson(trace: Trace): TraceJson {
  const { kind, hiddenSize: H } = trace.config;
  const T = trace.steps;
  const states: Pick<TraceJson, 'h' | 'c'> = { h: toRows(trace.h, T, H) };
  if (kind === 'lstm') states.c = toRows(trace.c, T, H);
  const gates: Partial<Record<GateName, Rows>> = {};
  for (const b of blocksOf(kind)) if (b !== 'h') gates[b] = toRows(trace.act[b]!, T, H);
  return { ...states, ...gates, pre: preJson(trace) }; // key order as in the vector files
}

/** Gradients as nested arrays; d_c0 only for a cell with a cell state. */
export function gradsToJson(grads: Grads, config: CellConfig, steps: number): GradsJson {
  const { kind, inputSize: I, hiddenSize: H } = config;
  const GH = gateCount(kind) * H;
  const out: GradsJson = {
    d_weight_ih_l0: toRows(grads.wIh, GH, I),
    d_weight_hh_l0: toRows(grads.wHh, GH, H),
    d_bias_ih_l0: toList(grads.bIh),
    d_bias_hh_l0: toList(grads.bHh),
    d_inputs: toRows(grads.x, steps, I),
    d_h0: toList(grads.h0),
  };
  if (kind === 'lstm') out.d_c0 = toList(grads.c0);
  return out;
}

/**
 * Runs a scenario forward, then backward for L = Σ_t Σ_units h_t (the vectors' loss), and
 * returns both as one JSON-ready object.
 */
export function traceScenario(scenario: Scenario): TraceJson & GradsJson {
  const { config, weights, inputs, steps, h0, c0 } = scenario;
  const trace = forward(config, weights, inputs, { h0, c0 });
  const grads = backward(trace, weights, { dh: new Float64Array(steps * config.hiddenSize).fill(1) }); // (T, H)
  return { ...traceToJson(trace), ...gradsToJson(grads, config, steps) };
}
