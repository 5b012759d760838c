/**
 * Seeded initialisation. PyTorch's default for nn.RNN/GRU/LSTM draws every weight and bias
 * from U(−1/√H, 1/√H); Keras (and Jozefowicz et al. 2015) add 1 to the LSTM forget bias.
 * Imports engine files only.
 */
import { withDefaults } from './cells';
import { createRng } from './prng';
import type { CellConfig, Weights } from './types';
import { zeroWeights } from './weights';

export interface InitOptions {
  /** Added to bias_ih of the LSTM forget block (rows H..2H). 0 as in PyTorch; 1 as in Keras. */
  forgetBias?: number;
}

/**
 * Weights drawn from U(−1/√H, 1/√H) in a fixed order (wIh, wHh, bIh, bHh, row-major), so the
 * same seed and config always give the same bits.
 */
export function initWeights(config: CellConfig, seed: number, options: InitOptions = {}): Weights {
  const full = withDefaults(config);
  const H = full.hiddenSize;
  const w = zeroWeights(full);
  const rng = createRng(seed);
  const k = 1 / Math.sqrt(H);
  for (const buffer of [w.wIh, w.wHh, w.bIh, w.bHh]) {
    for (let i = 0; i < buffer.length; i++) buffer[i] = rng.uniform(-k, k);
  }
  const forgetBias = options.forgetBias ?? 0;
  if (full.kind === 'lstm' && forgetBias !== 0) {
    for (let j = H; j < 2 * H; j++) w.bIh[j] += forgetBias;
  }
  return w;
}
