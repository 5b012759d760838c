import { describe, expect, test } from 'vitest';
import { compareTraces, vectorAsTrace } from './compare';
import { reference, type RefCase } from './reference';
import { loadVectors, TOLERANCE } from './vectors';

describe('the plain reference implementation reproduces the PyTorch vectors', () => {
  for (const { file, vector } of loadVectors()) {
    test(`${file}: states, gates, pre-activations and gradients within 1e-9`, () => {
      const { states, pre, grad } = reference(vector as unknown as RefCase);
      const c = compareTraces({ ...states, pre, ...grad }, vectorAsTrace(vector));
      expect(c.missing).toEqual([]);
      expect(c.extra).toEqual([]);
      expect(c.worst, c.worstKey).toBeLessThanOrEqual(TOLERANCE);
    });
  }
});

describe('the comparison has teeth', () => {
  test('swapping the gru r and z weight blocks is caught far above the tolerance', () => {
    const { vector } = loadVectors().find((v) => v.file === 'gru_pytorch_typical.json')!;
    const H = vector.hidden_size;
    const swap = <T,>(rows: T[]) => [...rows.slice(H, 2 * H), ...rows.slice(0, H), ...rows.slice(2 * H)];
    const w = vector.weights as unknown as RefCase['weights'];
    const swapped = { ...(vector as unknown as RefCase), weights: {
      weight_ih_l0: swap(w.weight_ih_l0), weight_hh_l0: swap(w.weight_hh_l0),
      bias_ih_l0: swap(w.bias_ih_l0), bias_hh_l0: swap(w.bias_hh_l0),
    } };
    const { states, pre, grad } = reference(swapped);
    expect(compareTraces({ ...states, pre, ...grad }, vectorAsTrace(vector)).worst).toBeGreaterThan(1e-3);
  });
});
