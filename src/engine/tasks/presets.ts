/**
 * Parameter-matched model sizes for the lab (LESSON.md): at input size 2, LSTM / GRU / tanh RNN
 * with 8 / 9 / 17 units ≈ 350 parameters, 16 / 19 / 33 ≈ 1.2 K, 32 / 37 / 65 ≈ 4.4 K.
 * Imports engine files only.
 *
 * What the stated numbers count (checked in presets.test.ts with `parameterCount`):
 *   one bias vector per gate block (the textbook G·H·(I + H + 1) of Chung et al. 2014), no readout:
 *     352 / 324 / 340 · 1216 / 1254 / 1188 · 4480 / 4440 / 4420
 *   PyTorch's two bias vectors would give 384 / 351 / 357 · 1280 / 1311 / 1221 · 4608 / 4551 / 4485,
 *   and a linear readout to one output adds H + 1 (9 / 10 / 18 at the small size).
 * Under the textbook count each GRU and tanh size is the one closest to the LSTM's count
 * (`matchHiddenSize`); under PyTorch's the small tanh RNN would be 18 units, not 17.
 */
import { LIMITS } from '../limits';
import type { CellKind } from '../types';
import { parameterCount } from '../weights';

/** The input size the presets were matched at (the adding problem's two channels). */
export const PRESET_INPUT_SIZE = 2;

/** The convention the presets were matched in: one bias per gate block, no readout. */
export const PRESET_BIASES = 'textbook';

export interface MatchedPreset {
  id: 'small' | 'medium' | 'large';
  /** The budget as LESSON.md states it, for labels. */
  statedParams: number;
  hiddenSize: Record<CellKind, number>;
}

export const MATCHED_PRESETS: readonly MatchedPreset[] = [
  { id: 'small', statedParams: 350, hiddenSize: { lstm: 8, gru: 9, rnn: 17 } },
  { id: 'medium', statedParams: 1200, hiddenSize: { lstm: 16, gru: 19, rnn: 33 } },
  { id: 'large', statedParams: 4400, hiddenSize: { lstm: 32, gru: 37, rnn: 65 } },
];

/**
 * The hidden size whose parameter count is closest to `budget` (ties go to the smaller size),
 * searched up to LIMITS.maxHiddenSize.
 */
export function matchHiddenSize(
  kind: CellKind,
  inputSize: number,
  budget: number,
  biases: 'pytorch' | 'textbook' = PRESET_BIASES,
): number {
  let best = 1;
  let bestGap = Infinity;
  for (let H = 1; H <= LIMITS.maxHiddenSize; H++) {
    const gap = Math.abs(parameterCount({ kind, inputSize, hiddenSize: H }, biases) - budget);
    if (gap < bestGap) {
      best = H;
      bestGap = gap;
    } else {
      break; // counts grow with H, so the gap only widens from here
    }
  }
  return best;
}

/**
 * Sizes matched to an LSTM of `lstmHiddenSize` units at any input size (e.g. 8 for temporal
 * order, 10 for copy), by the same rule the presets follow at input size 2.
 */
export function matchedSizes(lstmHiddenSize: number, inputSize: number): Record<CellKind, number> {
  const budget = parameterCount({ kind: 'lstm', inputSize, hiddenSize: lstmHiddenSize }, PRESET_BIASES);
  return {
    lstm: lstmHiddenSize,
    gru: matchHiddenSize('gru', inputSize, budget),
    rnn: matchHiddenSize('rnn', inputSize, budget),
  };
}

/** Parameters of a linear readout from H units to O outputs: an (O, H) matrix and O biases. */
export function readoutParameterCount(hiddenSize: number, outputSize: number): number {
  return outputSize * (hiddenSize + 1);
}
