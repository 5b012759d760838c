/**
 * PyTorch state_dict layout (one layer, one direction) to and from the engine's Weights.
 * The engine stores exactly this layout, so both directions are plain copies: exact to the bit.
 * Imports engine files only.
 */
import { gateCount, withDefaults } from '../cells';
import type { CellConfig, Weights } from '../types';
import { cellWords, fail, readMatrix, readVector, toList, toRows, type Read } from './shapes';

/** nn.RNN / nn.GRU / nn.LSTM `state_dict()` of layer 0, as nested arrays. */
export interface StateDict {
  weight_ih_l0: number[][]; // [G·H][I]  row blocks: gru r|z|n, lstm i|f|g|o
  weight_hh_l0: number[][]; // [G·H][H]
  bias_ih_l0: number[]; // [G·H]
  bias_hh_l0: number[]; // [G·H]
}

export const STATE_DICT_KEYS = ['weight_ih_l0', 'weight_hh_l0', 'bias_ih_l0', 'bias_hh_l0'] as const;

/** The weights as a PyTorch state_dict of nested arrays (every number copied as is). */
export function toStateDict(config: CellConfig, weights: Weights): StateDict {
  const { kind, inputSize: I, hiddenSize: H } = withDefaults(config);
  const GH = gateCount(kind) * H;
  return {
    weight_ih_l0: toRows(weights.wIh, GH, I),
    weight_hh_l0: toRows(weights.wHh, GH, H),
    bias_ih_l0: toList(weights.bIh),
    bias_hh_l0: toList(weights.bHh),
  };
}

/**
 * Reads a state_dict object (from JSON) into Weights, checking every shape against the config.
 * `field` names the object in messages ("weights"). Keys other than the four of layer 0 are
 * refused: a second layer or a reverse direction would otherwise be dropped without a word.
 */
export function fromStateDict(config: CellConfig, dict: Record<string, unknown>, field = 'weights'): Read<Weights> {
  const { kind, inputSize: I, hiddenSize: H } = withDefaults(config);
  const GH = gateCount(kind) * H;
  const who = cellWords({ kind, hiddenSize: H });
  for (const key of Object.keys(dict)) {
    if (!(STATE_DICT_KEYS as readonly string[]).includes(key)) {
      return fail(`${field}.${key}: unknown key (expected ${STATE_DICT_KEYS.join(', ')}; GateLab reads one layer, one direction)`);
    }
  }
  const shapes = {
    weight_ih_l0: [GH, I, `G·H × I for ${who} and input_size ${I}`],
    weight_hh_l0: [GH, H, `G·H × H for ${who}`],
    bias_ih_l0: [GH, 0, `G·H for ${who}`],
    bias_hh_l0: [GH, 0, `G·H for ${who}`],
  } as const;
  const read: Partial<Record<(typeof STATE_DICT_KEYS)[number], Float64Array>> = {};
  for (const key of STATE_DICT_KEYS) {
    const [rows, cols, why] = shapes[key];
    const at = `${field}.${key}`;
    if (!(key in dict)) {
      return fail(`${at}: missing (expected ${cols > 0 ? `${rows}×${cols}` : rows} numbers: ${why})`);
    }
    const r = cols > 0 ? readMatrix(dict[key], at, rows, cols, why) : readVector(dict[key], at, rows, why);
    if (!r.ok) return r;
    read[key] = r.value;
  }
  return {
    ok: true,
    value: { wIh: read.weight_ih_l0!, wHh: read.weight_hh_l0!, bIh: read.bias_ih_l0!, bHh: read.bias_hh_l0! },
  };
}
