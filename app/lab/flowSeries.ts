/**
 * What the gradient-flow chart (LESSON.md slide 6) draws, derived from the engine's GradientFlow
 * without any cell maths: one series per cell for the chosen quantity, how much of it survives
 * back to t = 1 and how many steps back it keeps 1 %, the log-scale range, and the chart's
 * summary in words. Pure functions (tested). Imports engine types only.
 */
import type { GradientFlow } from '../../src/engine/lab/gradflow';
import type { CellKind } from '../../src/engine/types';

/** What the chart shows: the loss's reach back, the input saliency, or the copy path's product. */
export type FlowQuantity = 'loss' | 'saliency' | 'path';

export const FLOW_QUANTITIES: readonly FlowQuantity[] = ['loss', 'saliency', 'path'];

export const FLOW_QUANTITY_TEXT: Record<FlowQuantity, { label: string; axis: string }> = {
  loss: { label: 'Loss gradient ‖∂L/∂h_t‖', axis: '‖∂L/∂h_t‖' },
  saliency: { label: 'Input saliency ‖∂h_T/∂x_t‖', axis: '‖∂h_T/∂x_t‖' },
  path: { label: 'Copy path ∏f, ∏z (tanh RNN: its Jacobians)', axis: 'copy-path gain' },
};

/** The share of the end value that counts as "still reaching": slide 6 asks who keeps ≥ 1 %. */
export const REACH_SHARE = 0.01;

/** How the copy path is measured for each cell, in words (legend and table). */
export const PATH_MEANING: Record<CellKind, string> = {
  lstm: 'mean over units of ∏ f_s for s > t (the cell path)',
  gru: 'mean over units of ∏ z_s for s > t (the copy path)',
  rnn: '‖∏ diag(1 − h_s²) W_hh‖_F / √H for s > t (no gate: the product of its Jacobians)',
};

/**
 * The quantity's values for t = 1..T (index t − 1). The tanh RNN has no gate, so its "path" is
 * ‖∂h_T/∂h_t‖_F divided by its value at t = T (‖I‖_F = √H): 1 at T like the gate products.
 */
export function flowValues(flow: GradientFlow, quantity: FlowQuantity): Float64Array {
  switch (quantity) {
    case 'loss': return flow.dLdh;
    case 'saliency': return flow.saliency;
    case 'path': {
      if (flow.highway) return flow.highway.mean;
      const end = flow.stateJacobian[flow.steps - 1];
      return flow.stateJacobian.map((v) => v / end);
    }
  }
}

export interface FlowSeries {
  cell: CellKind;
  values: Float64Array; // (T)
  /** values[0] / values[T − 1]: what is left at t = 1 of the value at the last step. */
  kept: number;
  /** Steps back from T before the value first drops below REACH_SHARE of its value at T; T − 1 if never. */
  reach: number;
}

/** kept and reach of one series (kept NaN and reach 0 when the end value is 0: nothing to compare with). */
export function describeSeries(cell: CellKind, values: Float64Array): FlowSeries {
  const T = values.length;
  const end = values[T - 1];
  if (!(end > 0)) return { cell, values, kept: NaN, reach: 0 };
  let reach = T - 1;
  for (let back = 1; back < T; back++) {
    if (!(values[T - 1 - back] >= REACH_SHARE * end)) {
      reach = back - 1;
      break;
    }
  }
  return { cell, values, kept: values[0] / end, reach };
}

/** Decades a log chart spans at most: below that, curves run along the bottom edge. */
export const MAX_DECADES = 30;

/**
 * [lo, hi] for a log axis over every positive finite value, padded a little; at most MAX_DECADES
 * decades (values below lo, zeros from underflow included, are drawn at lo). Null with nothing to draw.
 */
export function logDomain(series: readonly Float64Array[]): { domain: [number, number]; isClipped: boolean } | null {
  let lo = Infinity, hi = 0;
  let hasNonPositive = false;
  for (const values of series) {
    for (const v of values) {
      if (!Number.isFinite(v)) continue;
      if (v <= 0) { hasNonPositive = true; continue; }
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (hi === 0) return null;
  const floor = hi / 10 ** MAX_DECADES;
  const isClipped = lo < floor || hasNonPositive;
  const bottom = Math.max(lo, floor);
  return { domain: [bottom / 2, hi * 2], isClipped };
}

/** "3.2e-5", "0.41": the summary's numbers, in plain digits a screen reader reads out. */
function readable(x: number): string {
  if (!Number.isFinite(x)) return 'nothing (the last step has no gradient)';
  if (x === 0) return '0 (below the smallest float)';
  return x >= 0.01 && x < 1000 ? String(Number(x.toPrecision(2))) : x.toExponential(1);
}

/**
 * One clause per series: "LSTM keeps 3.5e-5 at t = 1 of its value at t = 50; at least 1 % down
 * to t = 36". Worded for the chart's accessible name, which must not reuse the lab form's field
 * names (Steps, Length, Task, Log scale): tests and scripts find those fields by label.
 */
export function summariseSeries(series: readonly FlowSeries[], names: Record<CellKind, string>): string {
  return series.map((s) => {
    const T = s.values.length;
    return `${names[s.cell]} keeps ${readable(s.kept)} at t = 1 of its value at t = ${T}; at least 1 % down to t = ${T - s.reach}`;
  }).join('; ');
}
