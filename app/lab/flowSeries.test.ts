import { describe, expect, test } from 'vitest';
import type { GradientFlow } from '../../src/engine/lab/gradflow';
import { CELL_NAMES } from '../store/microSteps';
import { describeSeries, flowValues, logDomain, MAX_DECADES, summariseSeries } from './flowSeries';

const f64 = (...v: number[]) => Float64Array.from(v);

/** A hand-made flow of T = 4 steps (only the fields the chart reads matter). */
function flow(patch: Partial<GradientFlow> = {}): GradientFlow {
  return {
    steps: 4, loss: 0.2,
    dLdh: f64(1e-6, 1e-4, 1e-2, 1), stateJacobian: f64(0.5, 1, 2, 4), saliency: f64(0.1, 0.2, 0.3, 0.4),
    ...patch,
  };
}

describe('gradient-flow series', () => {
  test('each quantity reads its own field; a gate product when the cell has one', () => {
    expect(flowValues(flow(), 'loss')).toEqual(f64(1e-6, 1e-4, 1e-2, 1));
    expect(flowValues(flow(), 'saliency')).toEqual(f64(0.1, 0.2, 0.3, 0.4));
    const highway = { gate: 'f' as const, perUnit: f64(0.1, 0.3, 0.5, 1), mean: f64(0.2, 0.4, 0.6, 1) };
    expect(flowValues(flow({ highway }), 'path')).toBe(highway.mean);
  });

  test('the tanh RNN’s copy path is its Jacobian norm scaled to 1 at the last step', () => {
    expect(flowValues(flow(), 'path')).toEqual(f64(0.125, 0.25, 0.5, 1));
  });

  test('kept is the first value over the last; reach counts the steps back that keep ≥ 1 %', () => {
    const s = describeSeries('rnn', f64(1e-6, 1e-4, 1e-2, 1));
    expect(s.kept).toBe(1e-6);
    expect(s.reach).toBe(1); // one step back 1e-2 is still ≥ 1 % of 1; two back 1e-4 is not
    expect(describeSeries('lstm', f64(0.5, 0.6, 0.8, 1)).reach).toBe(3); // never drops: every step back
    expect(describeSeries('gru', f64(1, 1, 0.001, 1)).reach).toBe(0);
    // Nothing at the last step: no ratio, and no reach either.
    const dead = describeSeries('gru', f64(0, 0, 0));
    expect(dead.kept).toBeNaN();
    expect(dead.reach).toBe(0);
  });

  test('the log range covers the positive values and stops MAX_DECADES below the top', () => {
    expect(logDomain([f64(1e-3, 1), f64(0.1)])).toEqual({ domain: [5e-4, 2], isClipped: false });
    const deep = logDomain([f64(1e-200, 0, 1)])!;
    expect(deep.isClipped).toBe(true);
    expect(deep.domain[0]).toBeCloseTo(10 ** -MAX_DECADES / 2, 40);
    expect(logDomain([f64(0, NaN)])).toBeNull();
  });

  test('the summary names each cell with what it keeps and how far it reaches', () => {
    const text = summariseSeries([describeSeries('rnn', f64(1e-6, 1e-4, 1e-2, 1)), describeSeries('lstm', f64(0.5, 0.6, 0.8, 1))], CELL_NAMES);
    expect(text).toBe('tanh RNN keeps 1.0e-6 at t = 1 of its value at t = 4; at least 1 % down to t = 3; '
      + 'LSTM keeps 0.5 at t = 1 of its value at t = 4; at least 1 % down to t = 1');
    // The lab form's fields are found by label: the chart's name must not contain their names.
    expect(text).not.toMatch(/steps|length|task|log scale|seeds/i);
  });
});
