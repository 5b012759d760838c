import { describe, expect, it } from 'vitest';
import type { CellKind } from '../types';
import { parameterCount } from '../weights';
import { MATCHED_PRESETS, PRESET_INPUT_SIZE, matchHiddenSize, matchedSizes, readoutParameterCount } from './presets';

const KINDS: CellKind[] = ['lstm', 'gru', 'rnn'];
const count = (kind: CellKind, hiddenSize: number, biases: 'pytorch' | 'textbook') =>
  parameterCount({ kind, inputSize: PRESET_INPUT_SIZE, hiddenSize }, biases);

describe('parameter-matched presets', () => {
  it('count 352 / 324 / 340, 1216 / 1254 / 1188, 4480 / 4440 / 4420 with one bias per block', () => {
    const got = MATCHED_PRESETS.map((p) => KINDS.map((k) => count(k, p.hiddenSize[k], 'textbook')));
    expect(got).toEqual([[352, 324, 340], [1216, 1254, 1188], [4480, 4440, 4420]]);
  });

  it('count 384 / 351 / 357, 1280 / 1311 / 1221, 4608 / 4551 / 4485 with PyTorch’s two biases', () => {
    const got = MATCHED_PRESETS.map((p) => KINDS.map((k) => count(k, p.hiddenSize[k], 'pytorch')));
    expect(got).toEqual([[384, 351, 357], [1280, 1311, 1221], [4608, 4551, 4485]]);
  });

  it('the one-bias counts sit within 8 % of the stated budgets, the two-bias ones do not', () => {
    const worst = (biases: 'pytorch' | 'textbook') =>
      Math.max(...MATCHED_PRESETS.flatMap((p) =>
        KINDS.map((k) => Math.abs(count(k, p.hiddenSize[k], biases) - p.statedParams) / p.statedParams)));
    expect(worst('textbook')).toBeLessThan(0.08);
    expect(worst('pytorch')).toBeGreaterThan(0.08);
  });

  it('each GRU and tanh size is the one closest to the LSTM’s one-bias count', () => {
    for (const p of MATCHED_PRESETS) {
      expect(matchedSizes(p.hiddenSize.lstm, PRESET_INPUT_SIZE)).toEqual(p.hiddenSize);
    }
  });

  it('under PyTorch’s count the small tanh RNN would be 18 units instead of 17', () => {
    expect(matchHiddenSize('rnn', 2, count('lstm', 8, 'pytorch'), 'pytorch')).toBe(18);
  });

  it('matchHiddenSize finds an exact budget and breaks ties toward the smaller size', () => {
    expect(matchHiddenSize('lstm', 2, 352)).toBe(8);
    // rnn textbook n(n + 3): 340 at 17, 378 at 18; 359 is equally far from both
    expect(matchHiddenSize('rnn', 2, 359)).toBe(17);
  });

  it('a readout to one output adds H + 1 parameters', () => {
    expect(readoutParameterCount(8, 1)).toBe(9);
    expect(readoutParameterCount(17, 4)).toBe(72);
  });
});
