import { describe, expect, test } from 'vitest';
import { withDefaults } from '../cells';
import { initWeights } from '../init';
import type { CellKind, ResetPlacement } from '../types';
import { forward } from '../unroll';
import type { Scenario } from './scenario';
import { traceScenario, traceToJson } from './traceJson';

function scenario(kind: CellKind, reset: ResetPlacement = 'after'): Scenario {
  const config = withDefaults({ kind, inputSize: 2, hiddenSize: 3, reset });
  return {
    config, weights: initWeights(config, 11), steps: 4,
    inputs: Float64Array.from({ length: 8 }, (_, k) => Math.cos(3 * k)),
    h0: Float64Array.from([0.3, -0.1, 0.2]), c0: Float64Array.from(kind === 'lstm' ? [1, 0, -1] : [0, 0, 0]),
  };
}

describe('a trace as JSON', () => {
  test('has the vector files\' keys, in their order, for each cell', () => {
    const grads = ['d_weight_ih_l0', 'd_weight_hh_l0', 'd_bias_ih_l0', 'd_bias_hh_l0', 'd_inputs', 'd_h0'];
    expect(Object.keys(traceScenario(scenario('rnn')))).toEqual(['h', 'pre', ...grads]);
    expect(Object.keys(traceScenario(scenario('gru')))).toEqual(['h', 'r', 'z', 'n', 'pre', ...grads]);
    expect(Object.keys(traceScenario(scenario('lstm')))).toEqual(['h', 'c', 'i', 'f', 'g', 'o', 'pre', ...grads, 'd_c0']);
    expect(Object.keys(traceScenario(scenario('gru')).pre)).toEqual(['pre_r', 'pre_z', 'pre_n_x', 'pre_n_h']);
    expect(Object.keys(traceScenario(scenario('lstm')).pre)).toEqual(['pre_i', 'pre_f', 'pre_g', 'pre_o']);
    expect(Object.keys(traceScenario(scenario('rnn')).pre)).toEqual(['pre']);
  });

  test('the gru candidate\'s two pre-activation terms add up to the one the engine squashed', () => {
    for (const reset of ['after', 'before'] as const) {
      const s = scenario('gru', reset);
      const trace = forward(s.config, s.weights, s.inputs, { h0: s.h0 });
      const { pre } = traceToJson(trace);
      for (let t = 0; t < s.steps; t++) {
        for (let j = 0; j < 3; j++) {
          expect(pre.pre_n_x[t][j] + pre.pre_n_h[t][j]).toBe(trace.pre.n![t * 3 + j]);
        }
      }
    }
  });

  test('survives JSON text bit for bit (JSON.stringify writes doubles in round-trip form)', () => {
    for (const kind of ['rnn', 'gru', 'lstm'] as const) {
      const out = traceScenario(scenario(kind));
      expect(JSON.parse(JSON.stringify(out))).toEqual(out);
    }
  });

  test('gradients are those of L = Σ h: d_bias_hh of an rnn at T = 1 is 1 − h²', () => {
    const s = { ...scenario('rnn'), steps: 1, inputs: Float64Array.from([0.4, -0.7]) };
    const out = traceScenario(s);
    expect(out.d_bias_hh_l0).toEqual(out.h[0].map((h) => 1 - h * h));
  });
});
