import { describe, expect, test } from 'vitest';
import type { CellKind } from '../../../src/engine/types';
import { parameterCount } from '../../../src/engine/weights';
import { cellCounts, unitsForBudget } from './parameterCounts';

const KINDS: CellKind[] = ['rnn', 'gru', 'lstm'];

describe('parameter counts', () => {
  test('a gru at input 1 and hidden 4 has 3·4·(1 + 4 + 1) = 72 parameters, 84 with two biases', () => {
    const gru = cellCounts('gru', 1, 4);
    expect(gru.textbook).toEqual({ formula: '3n(d + n + 1)', substituted: '3·4·(1 + 4 + 1)', total: 72 });
    expect(gru.pytorch).toEqual({ formula: '3n(d + n + 2)', substituted: '3·4·(1 + 4 + 2)', total: 84 });
  });

  test('the tanh rnn writes its single block without a factor 1', () => {
    const rnn = cellCounts('rnn', 2, 8);
    expect(rnn.textbook.formula).toBe('n(d + n + 1)');
    expect(rnn.textbook.substituted).toBe('8·(2 + 8 + 1)');
    expect(rnn.textbook.total).toBe(88);
  });

  test('the lstm has four blocks and its parts add up to the textbook total', () => {
    const lstm = cellCounts('lstm', 3, 5);
    expect(lstm.textbook.total).toBe(4 * 5 * 9);
    expect(lstm.parts).toEqual({ input: 60, recurrent: 100, bias: 20 });
    expect(lstm.parts.input + lstm.parts.recurrent + lstm.parts.bias).toBe(lstm.textbook.total);
  });

  test('every size the app allows agrees with the engine count in both conventions', () => {
    for (const kind of KINDS) {
      for (let d = 1; d <= 4; d++) {
        for (let n = 1; n <= 64; n++) {
          const counts = cellCounts(kind, d, n);
          const config = { kind, inputSize: d, hiddenSize: n };
          expect(counts.textbook.total).toBe(parameterCount(config, 'textbook'));
          expect(counts.pytorch.total).toBe(parameterCount(config, 'pytorch'));
        }
      }
    }
  });

  test("one budget of about 20 K at input size 100 buys Chung's 100 tanh, 46 GRU and 36 LSTM units", () => {
    expect(KINDS.map((kind) => unitsForBudget(kind, 100, 20_300))).toEqual([100, 46, 36]);
    expect(unitsForBudget('gru', 1, 0)).toBe(0);
  });
});
