import { describe, expect, test } from 'vitest';
import { withDefaults } from '../cells';
import { initWeights } from '../init';
import type { CellKind, ResetPlacement } from '../types';
import { toKeras } from './keras';
import { parseScenario, scenarioToJson } from './scenario';

/** A valid scenario as plain JSON (I = 3, H = 5, T = 4) for a test to break in one place. */
interface Json {
  [key: string]: unknown;
  weights: Record<string, unknown>;
  inputs: unknown[][];
  h0: unknown[];
  c0?: unknown[];
}

function valid(kind: CellKind = 'gru', reset: ResetPlacement = 'after', layout: 'pytorch' | 'keras' = 'pytorch'): Json {
  const config = withDefaults({ kind, inputSize: 3, hiddenSize: 5, reset });
  const json = scenarioToJson({
    config, weights: initWeights(config, 3), steps: 4,
    inputs: Float64Array.from({ length: 12 }, (_, k) => Math.sin(k)),
    h0: new Float64Array(5).fill(0.1), c0: new Float64Array(5).fill(0.2),
  }, layout);
  if (layout === 'keras') delete json.variant;
  return JSON.parse(JSON.stringify(json)) as Json;
}
const keras = (kind: CellKind, reset: ResetPlacement = 'after') => valid(kind, reset, 'keras');
const rows = (v: unknown) => v as unknown[][];
const list = (v: unknown) => v as unknown[];

/** Each kind of malformed scenario, and the one message it must get. */
const refusals: [string, () => unknown, string][] = [
  ['a top-level array', () => [1, 2], 'scenario: expected a JSON object, got an array of 2'],
  ['null instead of an object', () => null, 'scenario: expected a JSON object, got null'],
  ['an unknown schema version', () => ({ ...valid(), schema_version: 2 }), 'schema_version: 2 is not supported (this reader knows schema_version 1)'],
  ['no cell', () => { const j = valid(); delete j.cell; return j; }, 'cell: missing (rnn, gru or lstm)'],
  ['an unknown cell', () => ({ ...valid(), cell: 'transformer' }), 'cell: the string "transformer" is not a cell GateLab knows (rnn, gru or lstm)'],
  ['no input size', () => { const j = valid(); delete j.input_size; return j; }, 'input_size: missing (a whole number from 1 to 64)'],
  ['a fractional hidden size', () => ({ ...valid(), hidden_size: 2.5 }), 'hidden_size: 2.5 is not a whole number'],
  ['a hidden size written as a string', () => ({ ...valid(), hidden_size: '5' }), 'hidden_size: expected a whole number from 1 to 512, got the string "5"'],
  ['a hidden size past the limit', () => ({ ...valid(), hidden_size: 600 }), 'hidden_size: 600 is past the limit 512'],
  ['an input size past the limit', () => ({ ...valid(), input_size: 65 }), 'input_size: 65 is past the limit 64'],
  ['a hidden size of zero', () => ({ ...valid(), hidden_size: 0 }), 'hidden_size: 0 is too small (at least 1)'],
  ['a NaN size (a JS object can hold one)', () => ({ ...valid(), input_size: NaN }), 'input_size: not a finite number (NaN/Infinity are refused), got NaN'],
  ['an unknown gru variant', () => ({ ...valid(), variant: 'keras' }), 'variant: the string "keras" is not a gru variant (pytorch = reset after the matmul, classic = reset before it)'],
  ['a variant on an lstm', () => ({ ...valid('lstm'), variant: 'pytorch' }), 'variant: only a gru has a variant; remove "pytorch" from an lstm scenario'],
  ['a relu rnn', () => ({ ...valid('rnn'), nonlinearity: 'relu' }), 'nonlinearity: the string "relu" is not supported (GateLab\'s rnn is tanh only)'],
  ['c0 on a gru', () => ({ ...valid(), c0: [0, 0, 0, 0, 0] }), 'c0: only an lstm has a cell state; remove c0 from a gru scenario'],
  ['no weights', () => { const j = valid(); delete (j as Partial<Json>).weights; return j; },
    'weights: missing (expected an object of PyTorch weights: weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0; or Keras weights: kernel, recurrent_kernel, bias)'],
  ['weights as an array', () => ({ ...valid(), weights: [] }),
    'weights: got an array of 0 (expected an object of PyTorch weights: weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0; or Keras weights: kernel, recurrent_kernel, bias)'],
  ['weights with neither layout', () => ({ ...valid(), weights: { foo: 1 } }),
    'weights: expected PyTorch keys (weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0) or Keras keys (kernel, recurrent_kernel, bias), got the keys foo'],
  ['weights mixing both layouts', () => { const j = valid(); j.weights.kernel = []; return j; },
    'weights: mixes PyTorch keys (weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0) and Keras keys (kernel); use one layout'],
  ['a second layer', () => { const j = valid(); j.weights.weight_ih_l1 = []; return j; },
    'weights.weight_ih_l1: unknown key (expected weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0; GateLab reads one layer, one direction)'],
  ['a missing bias', () => { const j = valid(); delete j.weights.bias_hh_l0; return j; },
    'weights.bias_hh_l0: missing (expected 15 numbers: G·H for a gru with hidden_size 5)'],
  ['a recurrent matrix one column short', () => { const j = valid(); j.weights.weight_hh_l0 = rows(j.weights.weight_hh_l0).map((r) => r.slice(1)); return j; },
    'weights.weight_hh_l0: expected 15×5 numbers (G·H × H for a gru with hidden_size 5), got 15×4'],
  ['an input matrix one row short', () => { const j = valid(); rows(j.weights.weight_ih_l0).pop(); return j; },
    'weights.weight_ih_l0: expected 15×3 numbers (G·H × I for a gru with hidden_size 5 and input_size 3), got 14×3'],
  ['a ragged matrix', () => { const j = valid(); rows(j.weights.weight_hh_l0)[3].pop(); return j; },
    'weights.weight_hh_l0: ragged array: row 0 has 5 numbers but row 3 has 4 (expected 15×5, G·H × H for a gru with hidden_size 5)'],
  ['a matrix row that is not an array', () => { const j = valid(); rows(j.weights.weight_hh_l0)[2] = 5 as unknown as unknown[]; return j; },
    'weights.weight_hh_l0[2]: expected a row of 5 numbers (G·H × H for a gru with hidden_size 5), got the number 5'],
  ['a bias one too long', () => { const j = valid(); list(j.weights.bias_ih_l0).push(1); return j; },
    'weights.bias_ih_l0: expected 15 numbers (G·H for a gru with hidden_size 5), got 16'],
  ['NaN in a weight (a JS object can hold one)', () => { const j = valid(); rows(j.weights.weight_ih_l0)[1][2] = NaN; return j; },
    'weights.weight_ih_l0[1][2]: not a finite number (NaN/Infinity are refused), got NaN'],
  ['-Infinity in a bias', () => { const j = valid(); list(j.weights.bias_hh_l0)[4] = -Infinity; return j; },
    'weights.bias_hh_l0[4]: not a finite number (NaN/Infinity are refused), got -Infinity'],
  ['the string "NaN" in a weight', () => { const j = valid(); rows(j.weights.weight_hh_l0)[0][0] = 'NaN'; return j; },
    'weights.weight_hh_l0[0][0]: not a finite number (NaN/Infinity are refused), got the string "NaN"'],
  ['the string "Infinity" in h0', () => { const j = valid(); j.h0[1] = 'Infinity'; return j; },
    'h0[1]: not a finite number (NaN/Infinity are refused), got the string "Infinity"'],
  ['a number written as a string', () => { const j = valid(); j.inputs[0][0] = '0.5'; return j; },
    'inputs[0][0]: expected a number, got the string "0.5"'],
  ['null inside the inputs', () => { const j = valid(); j.inputs[2][2] = null; return j; },
    'inputs[2][2]: expected a number, got null'],
  ['no inputs', () => { const j = valid(); delete (j as Partial<Json>).inputs; return j; },
    'inputs: missing (expected T×3 numbers: one row of input_size 3 per step)'],
  ['inputs as an object', () => ({ ...valid(), inputs: { a: 1 } }),
    'inputs: expected T×3 numbers (one row of input_size 3 per step), got an object'],
  ['a zero-length sequence', () => ({ ...valid(), inputs: [], seq_len: 0 }),
    'inputs: the sequence is empty (at least 1 step of 3 numbers is needed)'],
  ['a sequence past the length limit', () => ({ ...valid(), inputs: Array.from({ length: 2001 }, () => [0, 0, 0]), seq_len: 2001 }),
    'inputs: 2001 steps is past the limit 2000'],
  ['ragged inputs', () => { const j = valid(); j.inputs[1].push(0); return j; },
    'inputs: ragged array: row 0 has 3 numbers but row 1 has 4 (expected 4×3, T × I for 4 steps of input_size 3)'],
  ['inputs of the wrong width', () => { const j = valid(); j.inputs = j.inputs.map((r) => r.slice(1)); return j; },
    'inputs: expected 4×3 numbers (T × I for 4 steps of input_size 3), got 4×2'],
  ['NaN in the inputs', () => { const j = valid(); j.inputs[3][1] = NaN; return j; },
    'inputs[3][1]: not a finite number (NaN/Infinity are refused), got NaN'],
  ['a seq_len that disagrees with the inputs', () => ({ ...valid(), seq_len: 7 }), 'seq_len: 7 does not match inputs, which has 4 steps'],
  ['a fractional seq_len', () => ({ ...valid(), seq_len: 2.5 }), 'seq_len: 2.5 is not a whole number of steps'],
  ['an h0 one short', () => { const j = valid(); j.h0.pop(); return j; }, 'h0: expected 5 numbers (H for hidden_size 5), got 4'],
  ['an h0 nested one level too deep', () => ({ ...valid(), h0: [[0, 0, 0, 0, 0]] }), 'h0: expected 5 numbers (H for hidden_size 5), got a 1×5 array'],
  ['an lstm c0 one too long', () => { const j = valid('lstm'); j.c0!.push(1); return j; }, 'c0: expected 5 numbers (H for hidden_size 5), got 6'],
  ['a Keras kernel one row short', () => { const j = keras('lstm'); rows(j.weights.kernel).pop(); return j; },
    'weights.kernel: expected 3×20 numbers (I × G·H for an lstm with hidden_size 5 and input_size 3), got 2×20'],
  ['a Keras recurrent kernel of the wrong width', () => { const j = keras('lstm'); j.weights.recurrent_kernel = rows(j.weights.recurrent_kernel).map((r) => r.slice(5)); return j; },
    'weights.recurrent_kernel: expected 5×20 numbers (H × G·H for an lstm with hidden_size 5), got 5×15'],
  ['a two-row Keras bias on an lstm', () => { const j = keras('lstm'); j.weights.bias = [j.weights.bias, j.weights.bias]; return j; },
    'weights.bias: expected 20 numbers (G·H for an lstm with hidden_size 5), got a 2×20 array'],
  ['a Keras gru bias of the wrong length', () => { const j = keras('gru'); j.weights.bias = [1, 2, 3]; return j; },
    'weights.bias: expected 15 numbers (G·H for reset_after=False, or 2 × G·H for reset_after=True, in a gru with hidden_size 5), got 3'],
  ['a Keras gru bias with three rows', () => { const j = keras('gru'); rows(j.weights.bias).push(rows(j.weights.bias)[0]); return j; },
    'weights.bias: expected 2×15 numbers (G·H for reset_after=False, or 2 × G·H for reset_after=True, in a gru with hidden_size 5), got 3×15'],
  ['a single Keras gru bias declared "pytorch"', () => ({ ...keras('gru', 'before'), variant: 'pytorch' }),
    'weights.bias: a single [15] Keras GRU bias means reset_after=False (variant "classic"), but the variant says "pytorch"; give a [2][15] bias (reset_after=True) or variant "classic"'],
  ['a two-row Keras gru bias declared "classic"', () => ({ ...keras('gru', 'after'), variant: 'classic' }),
    'weights.bias: a [2][15] Keras GRU bias means reset_after=True (variant "pytorch"), but the variant says "classic"; give a [15] bias or variant "pytorch"'],
  ['an unknown Keras key', () => { const j = keras('rnn'); j.weights.gamma = 1; return j; },
    'weights.gamma: unknown key (Keras weights are kernel, recurrent_kernel, bias)'],
  ['a Keras file without its recurrent kernel', () => { const j = keras('rnn'); delete j.weights.recurrent_kernel; return j; },
    'weights.recurrent_kernel: missing (expected 5×5 numbers: H × G·H for an rnn with hidden_size 5)'],
  ['a Keras gru without a bias', () => { const j = keras('gru'); delete j.weights.bias; return j; },
    'weights.bias: missing (expected 15 numbers: G·H for reset_after=False, or 2 × G·H for reset_after=True, in a gru with hidden_size 5)'],
];

describe('a malformed scenario is refused with a message naming the field', () => {
  test('the unbroken scenarios these cases start from are accepted', () => {
    for (const kind of ['rnn', 'gru', 'lstm'] as const) {
      for (const j of [valid(kind), keras(kind), keras(kind, 'before')]) expect(parseScenario(j).ok).toBe(true);
    }
  });

  for (const [kind, make, message] of refusals) {
    test(`${kind} is refused`, () => {
      expect(parseScenario(make())).toEqual({ ok: false, error: message });
    });
  }
});
