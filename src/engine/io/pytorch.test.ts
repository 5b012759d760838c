import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { gateCount, withDefaults } from '../cells';
import { fromStateDict, toStateDict } from './pytorch';

describe('PyTorch state_dict import and export', () => {
  test('state_dict → weights → state_dict gives back the same bits, through JSON text too', () => {
    const sizes = fc.record({
      kind: fc.constantFrom('rnn' as const, 'gru' as const, 'lstm' as const),
      inputSize: fc.integer({ min: 1, max: 6 }), hiddenSize: fc.integer({ min: 1, max: 6 }),
    });
    fc.assert(fc.property(sizes.chain((c) => {
      const GH = gateCount(c.kind) * c.hiddenSize;
      // JSON cannot hold −0 (it writes 0), so this one round trip through text leaves it out.
      const doubles = (n: number) => fc.float64Array({ minLength: n, maxLength: n, noNaN: true, noDefaultInfinity: true })
        .map((a) => a.map((v) => (v === 0 ? 0 : v)));
      return fc.record({
        config: fc.constant(withDefaults(c)),
        weights: fc.record({ wIh: doubles(GH * c.inputSize), wHh: doubles(GH * c.hiddenSize), bIh: doubles(GH), bHh: doubles(GH) }),
      });
    }), ({ config, weights }) => {
      const text = JSON.stringify(toStateDict(config, weights));
      const back = fromStateDict(config, JSON.parse(text) as Record<string, unknown>);
      expect(back).toEqual({ ok: true, value: weights });
      expect(JSON.stringify(toStateDict(config, back.ok ? back.value : weights))).toBe(text);
    }));
  });

  test('the rows of weight_ih_l0 are the gate blocks in PyTorch order, each H rows of I numbers', () => {
    const config = { kind: 'gru' as const, inputSize: 2, hiddenSize: 1 };
    const dict = toStateDict(config, {
      wIh: Float64Array.from([1, 2, 3, 4, 5, 6]), wHh: Float64Array.from([7, 8, 9]),
      bIh: Float64Array.from([10, 11, 12]), bHh: Float64Array.from([13, 14, 15]),
    });
    expect(dict).toEqual({
      weight_ih_l0: [[1, 2], [3, 4], [5, 6]], weight_hh_l0: [[7], [8], [9]],
      bias_ih_l0: [10, 11, 12], bias_hh_l0: [13, 14, 15],
    });
  });
});
