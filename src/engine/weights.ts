/**
 * Allocating, copying and counting weights in PyTorch's layout. Imports engine files only.
 */
import { CELLS, withDefaults } from './cells';
import type { CellConfig, Weights } from './types';

/** Zero weights of the right shapes for this config. */
export function zeroWeights(config: CellConfig): Weights {
  const { kind, inputSize: I, hiddenSize: H } = withDefaults(config);
  const GH = CELLS[kind].blocks.length * H;
  return {
    wIh: new Float64Array(GH * I), // (G·H, I)
    wHh: new Float64Array(GH * H), // (G·H, H)
    bIh: new Float64Array(GH), // (G·H)
    bHh: new Float64Array(GH), // (G·H)
  };
}

export function cloneWeights(w: Weights): Weights {
  return { wIh: w.wIh.slice(), wHh: w.wHh.slice(), bIh: w.bIh.slice(), bHh: w.bHh.slice() };
}

/**
 * Trainable numbers in PyTorch's layout: G·H·(I + H) weights and two bias vectors, G·H each.
 * The textbook count with one bias per gate block is G·H·(I + H + 1) (Chung et al. 2014).
 */
export function parameterCount(config: CellConfig, biases: 'pytorch' | 'textbook' = 'pytorch'): number {
  const { kind, inputSize: I, hiddenSize: H } = withDefaults(config);
  const G = CELLS[kind].blocks.length;
  return G * H * (I + H + (biases === 'pytorch' ? 2 : 1));
}
