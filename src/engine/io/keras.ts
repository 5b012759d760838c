/**
 * Keras / TensorFlow.js weight layout to and from the engine's (PyTorch) layout.
 * Imports engine files only.
 *
 * Keras stores the transposed matrices, kernel [I][G·H] and recurrent_kernel [H][G·H], with
 * column blocks in its own order: GRU z|r|h (PyTorch r|z|n), LSTM i|f|c|o (= i|f|g|o), RNN h.
 * Biases:
 *   - GRU reset_after=True (our 'after'): bias [2][3H], row 0 the input bias, row 1 the
 *     recurrent bias: the same two vectors as PyTorch's bias_ih / bias_hh. Lossless both ways.
 *   - GRU reset_after=False (our 'before'), LSTM, SimpleRNN: one bias [G·H]. Every block of
 *     these cells adds b_ih and b_hh outside any product (for the reset-before candidate too:
 *     pre_n = W_in x + b_in + W_hn (r ⊙ h) + b_hn), so only their sum matters. Export writes
 *     b_ih + b_hh; import puts the bias in bias_ih and zeros in bias_hh. The function the cell
 *     computes is the same; the numbers agree to the rounding of that one sum, and bit for bit
 *     when bias_hh was zero (as it is for every model that came from Keras).
 * The variant of a Keras GRU is read from its bias shape: [3H] is reset-before, [2][3H]
 * reset-after. A declared variant that contradicts the shape is refused, not guessed around.
 */
import { blocksOf, gateCount, withDefaults } from '../cells';
import type { CellConfig, CellKind, GateName, ResetPlacement, Weights } from '../types';
import { zeroWeights } from '../weights';
import { cellWords, fail, readMatrix, readVector, toList, toRows, type Read } from './shapes';

/** A Keras RNN layer's `get_weights()` by name, as nested arrays. */
export interface KerasWeights {
  kernel: number[][]; // [I][G·H]
  recurrent_kernel: number[][]; // [H][G·H]
  bias: number[] | number[][]; // [G·H], or [2][3H] for a gru with reset_after=True
}

export const KERAS_KEYS = ['kernel', 'recurrent_kernel', 'bias'] as const;

/** Keras's column blocks, named with the engine's gate letters (Keras's h and c are our n and g). */
const KERAS_BLOCKS: Record<CellKind, readonly GateName[]> = {
  rnn: ['h'],
  gru: ['z', 'r', 'n'],
  lstm: ['i', 'f', 'g', 'o'],
};

/** For every Keras column (0 … G·H − 1), the engine row that holds the same weights. */
function engineRowOfColumn(kind: CellKind, H: number): Int32Array {
  const blocks = blocksOf(kind);
  const rows = new Int32Array(blocks.length * H); // (G·H)
  KERAS_BLOCKS[kind].forEach((gate, k) => {
    const e = blocks.indexOf(gate);
    for (let j = 0; j < H; j++) rows[k * H + j] = e * H + j;
  });
  return rows;
}

/** b_ih + b_hh for one row; a zero b_hh leaves b_ih untouched (even a −0). */
function foldedBias(bIh: number, bHh: number): number {
  return bHh === 0 ? bIh : bIh + bHh;
}

/**
 * The weights in Keras layout. A reset-after GRU keeps both biases ([2][3H]); every other
 * cell gets the one summed bias Keras has (see the file header). Throws a RangeError if that
 * sum overflows, which only absurd weights (|b| near 1e308) can do.
 */
export function toKeras(config: CellConfig, weights: Weights): KerasWeights {
  const { kind, inputSize: I, hiddenSize: H, reset } = withDefaults(config);
  const GH = gateCount(kind) * H;
  const row = engineRowOfColumn(kind, H);
  const kernel = new Float64Array(I * GH); // (I, G·H)
  const recurrent = new Float64Array(H * GH); // (H, G·H)
  const bIh = new Float64Array(GH); // (G·H) in Keras column order
  const bHh = new Float64Array(GH); // (G·H)
  for (let col = 0; col < GH; col++) {
    const r = row[col];
    for (let i = 0; i < I; i++) kernel[i * GH + col] = weights.wIh[r * I + i];
    for (let k = 0; k < H; k++) recurrent[k * GH + col] = weights.wHh[r * H + k];
    bIh[col] = weights.bIh[r];
    bHh[col] = weights.bHh[r];
  }
  const matrices = { kernel: toRows(kernel, I, GH), recurrent_kernel: toRows(recurrent, H, GH) };
  if (kind === 'gru' && reset === 'after') return { ...matrices, bias: [toList(bIh), toList(bHh)] };
  const folded = bIh.map((b, col) => foldedBias(b, bHh[col])); // (G·H)
  if (!folded.every(Number.isFinite)) {
    throw new RangeError('bias: bias_ih_l0 + bias_hh_l0 overflows a double; Keras has room for only their sum');
  }
  return { ...matrices, bias: toList(folded) };
}

/**
 * Reads Keras-layout weights (from JSON) into the engine's layout. For a GRU the reset placement
 * comes from the bias shape; `declared` (the file's own variant, if it has one) must agree.
 */
export function fromKeras(
  config: CellConfig, raw: Record<string, unknown>, field = 'weights', declared?: ResetPlacement,
): Read<{ weights: Weights; reset: ResetPlacement }> {
  const { kind, inputSize: I, hiddenSize: H } = withDefaults(config);
  const GH = gateCount(kind) * H;
  const who = cellWords({ kind, hiddenSize: H });
  for (const key of Object.keys(raw)) {
    if (!(KERAS_KEYS as readonly string[]).includes(key)) {
      return fail(`${field}.${key}: unknown key (Keras weights are ${KERAS_KEYS.join(', ')})`);
    }
  }
  const kernelWhy = `I × G·H for ${who} and input_size ${I}`;
  const recurrentWhy = `H × G·H for ${who}`;
  const biasWhy = kind === 'gru'
    ? `G·H for reset_after=False, or 2 × G·H for reset_after=True, in ${who}`
    : `G·H for ${who}`;
  if (!('kernel' in raw)) return fail(`${field}.kernel: missing (expected ${I}×${GH} numbers: ${kernelWhy})`);
  if (!('recurrent_kernel' in raw)) return fail(`${field}.recurrent_kernel: missing (expected ${H}×${GH} numbers: ${recurrentWhy})`);
  if (!('bias' in raw)) return fail(`${field}.bias: missing (expected ${GH} numbers: ${biasWhy})`);
  const kernel = readMatrix(raw.kernel, `${field}.kernel`, I, GH, kernelWhy);
  if (!kernel.ok) return kernel;
  const recurrent = readMatrix(raw.recurrent_kernel, `${field}.recurrent_kernel`, H, GH, recurrentWhy);
  if (!recurrent.ok) return recurrent;

  const hasTwoRows = kind === 'gru' && Array.isArray(raw.bias) && raw.bias.length > 0 && Array.isArray(raw.bias[0]);
  const bias = hasTwoRows
    ? readMatrix(raw.bias, `${field}.bias`, 2, GH, biasWhy)
    : readVector(raw.bias, `${field}.bias`, GH, biasWhy);
  if (!bias.ok) return bias;
  const reset: ResetPlacement = hasTwoRows ? 'after' : 'before';
  if (kind === 'gru' && declared !== undefined && declared !== reset) {
    return fail(hasTwoRows
      ? `${field}.bias: a [2][${GH}] Keras GRU bias means reset_after=True (variant "pytorch"), but the variant says "classic"; give a [${GH}] bias or variant "pytorch"`
      : `${field}.bias: a single [${GH}] Keras GRU bias means reset_after=False (variant "classic"), but the variant says "pytorch"; give a [2][${GH}] bias (reset_after=True) or variant "classic"`);
  }

  const weights = zeroWeights({ kind, inputSize: I, hiddenSize: H });
  const row = engineRowOfColumn(kind, H);
  for (let col = 0; col < GH; col++) {
    const r = row[col];
    for (let i = 0; i < I; i++) weights.wIh[r * I + i] = kernel.value[i * GH + col];
    for (let k = 0; k < H; k++) weights.wHh[r * H + k] = recurrent.value[k * GH + col];
    weights.bIh[r] = bias.value[col];
    if (hasTwoRows) weights.bHh[r] = bias.value[GH + col];
  }
  return { ok: true, value: { weights, reset: kind === 'gru' ? reset : 'after' } };
}
