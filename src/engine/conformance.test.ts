import { describe, expect, test } from 'vitest';
import { backward } from './bptt';
import { forward } from './unroll';
import { flat, loadVectors, TOLERANCE, worstError } from './testing/vectors';
import type { CellConfig, GateName, Weights } from './types';

describe('the engine matches PyTorch float64 on the shared conformance vectors', () => {
  for (const { file, vector: v } of loadVectors()) {
    test(`${file}: every activation, state and gradient within 1e-9`, () => {
      const config: CellConfig = {
        kind: v.cell,
        inputSize: v.input_size,
        hiddenSize: v.hidden_size,
        reset: v.variant === 'classic' ? 'before' : 'after',
      };
      const weights: Weights = {
        wIh: flat(v.weights.weight_ih_l0),
        wHh: flat(v.weights.weight_hh_l0),
        bIh: flat(v.weights.bias_ih_l0),
        bHh: flat(v.weights.bias_hh_l0),
      };
      const trace = forward(config, weights, flat(v.inputs), {
        h0: flat(v.h0),
        c0: v.c0 ? flat(v.c0) : undefined,
      });
      expect(worstError(trace.h, flat(v.expected.h))).toBeLessThanOrEqual(TOLERANCE);
      if (v.cell === 'lstm') expect(worstError(trace.c, flat(v.expected.c))).toBeLessThanOrEqual(TOLERANCE);
      for (const gate of ['r', 'z', 'n', 'i', 'f', 'g', 'o'] as GateName[]) {
        if (v.expected[gate] === undefined) continue;
        expect(worstError(trace.act[gate]!, flat(v.expected[gate])), gate).toBeLessThanOrEqual(TOLERANCE);
      }
      const T = v.seq_len, H = v.hidden_size;
      const grads = backward(trace, weights, { dh: new Float64Array(T * H).fill(1) });
      const pairs: [string, Float64Array][] = [
        ['d_weight_ih_l0', grads.wIh], ['d_weight_hh_l0', grads.wHh],
        ['d_bias_ih_l0', grads.bIh], ['d_bias_hh_l0', grads.bHh],
        ['d_inputs', grads.x], ['d_h0', grads.h0],
      ];
      if (v.cell === 'lstm') pairs.push(['d_c0', grads.c0]);
      for (const [key, got] of pairs) {
        expect(worstError(got, flat(v.grad[key])), key).toBeLessThanOrEqual(TOLERANCE);
      }
    });
  }
});
