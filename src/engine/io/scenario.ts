/**
 * Scenario files (DESIGN.md "Scenario files", the conformance vectors' schema): parse one from
 * untrusted JSON into engine inputs, or write one back. Imports zod (via header.ts) and engine
 * files only.
 *
 * Decisions, so files behave the same in the app and the CLI:
 *   - Extra fields (expected, grad, name, provenance, …) are allowed and ignored.
 *   - `null` counts as absent for the optional fields (variant, seq_len, h0, c0, …).
 *   - `variant` on an rnn or lstm is refused (it would mean nothing there), as is `c0` on a
 *     cell without a cell state: a file that says more than the cell can use is a mistake.
 *   - A Keras GRU's variant follows its bias shape (see keras.ts); a contradicting variant is refused.
 *   - The first problem found is reported, as "field: what was expected, what was found".
 */
import { withDefaults } from '../cells';
import { LIMITS } from '../limits';
import type { CellConfig, CellKind, ResetPlacement, Weights } from '../types';
import { readHeader } from './header';
import { fromKeras, KERAS_KEYS, toKeras, type KerasWeights } from './keras';
import { fromStateDict, STATE_DICT_KEYS, toStateDict, type StateDict } from './pytorch';
import { aCell, describe, fail, readMatrix, readVector, toList, toRows, type Read } from './shapes';

/** Everything a forward pass needs, checked. */
export interface Scenario {
  config: Required<CellConfig>;
  weights: Weights;
  inputs: Float64Array; // (T, I)
  /** T: number of time steps. */
  steps: number;
  h0: Float64Array; // (H)
  c0: Float64Array; // (H)  zeros unless lstm
}

export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; error: string };

/** PyTorch or Keras weights, told apart by their keys. */
function readWeights(
  config: CellConfig, raw: Record<string, unknown>, declared: ResetPlacement | undefined,
): Read<{ weights: Weights; reset: ResetPlacement }> {
  const keys = Object.keys(raw);
  const torchKeys = keys.filter((k) => /^(weight|bias)_/.test(k));
  const kerasKeys = keys.filter((k) => (KERAS_KEYS as readonly string[]).includes(k));
  if (torchKeys.length > 0 && kerasKeys.length > 0) {
    return fail(`weights: mixes PyTorch keys (${torchKeys.join(', ')}) and Keras keys (${kerasKeys.join(', ')}); use one layout`);
  }
  if (kerasKeys.length > 0) return fromKeras(config, raw, 'weights', declared);
  if (torchKeys.length === 0) {
    return fail(`weights: expected PyTorch keys (${STATE_DICT_KEYS.join(', ')}) or Keras keys (${KERAS_KEYS.join(', ')}), got ${keys.length > 0 ? `the keys ${keys.join(', ')}` : 'an empty object'}`);
  }
  const weights = fromStateDict(config, raw, 'weights');
  return weights.ok ? { ok: true, value: { weights: weights.value, reset: declared ?? 'after' } } : weights;
}

/** inputs [T][I], with the sequence-length limits and the optional seq_len cross-check. */
function readInputs(raw: unknown, I: number, seqLen: number | null | undefined): Read<Float64Array> {
  const why = `one row of input_size ${I} per step`;
  if (raw === undefined || raw === null) return fail(`inputs: missing (expected T×${I} numbers: ${why})`);
  if (!Array.isArray(raw)) return fail(`inputs: expected T×${I} numbers (${why}), got ${describe(raw)}`);
  const T = raw.length;
  if (T === 0) return fail(`inputs: the sequence is empty (at least 1 step of ${I} numbers is needed)`);
  if (T > LIMITS.maxSteps) return fail(`inputs: ${T} steps is past the limit ${LIMITS.maxSteps}`);
  if (seqLen != null && seqLen !== T) return fail(`seq_len: ${seqLen} does not match inputs, which has ${T} steps`);
  return readMatrix(raw, 'inputs', T, I, `T × I for ${T} steps of input_size ${I}`);
}

/** Checks a scenario object (parsed JSON, or any JS value) and returns engine inputs or one message. */
export function parseScenario(json: unknown): ScenarioResult {
  const head = readHeader(json);
  if (!head.ok) return head;
  const { cell: kind, input_size: I, hidden_size: H } = head.value;
  const { variant, seq_len: seqLen, weights: rawWeights, inputs: rawInputs, h0: rawH0, c0: rawC0 } = head.value;
  if (variant != null && kind !== 'gru') {
    return fail(`variant: only a gru has a variant; remove "${variant}" from ${aCell(kind)} scenario`);
  }
  if (rawC0 != null && kind !== 'lstm') {
    return fail(`c0: only an lstm has a cell state; remove c0 from ${aCell(kind)} scenario`);
  }
  const declared: ResetPlacement | undefined = variant == null ? undefined : variant === 'classic' ? 'before' : 'after';
  const weights = readWeights({ kind, inputSize: I, hiddenSize: H }, rawWeights, declared);
  if (!weights.ok) return weights;
  const inputs = readInputs(rawInputs, I, seqLen);
  if (!inputs.ok) return inputs;
  const h0 = rawH0 == null ? { ok: true as const, value: new Float64Array(H) } : readVector(rawH0, 'h0', H, `H for hidden_size ${H}`);
  if (!h0.ok) return h0;
  const c0 = rawC0 == null ? { ok: true as const, value: new Float64Array(H) } : readVector(rawC0, 'c0', H, `H for hidden_size ${H}`);
  if (!c0.ok) return c0;
  const config = withDefaults({ kind, inputSize: I, hiddenSize: H, reset: weights.value.reset });
  return {
    ok: true,
    scenario: { config, weights: weights.value.weights, inputs: inputs.value, steps: inputs.value.length / I, h0: h0.value, c0: c0.value },
  };
}

/** A scenario as a JSON-ready object of the same schema (what parseScenario reads back). */
export interface ScenarioJson {
  schema_version: 1;
  cell: CellKind;
  variant?: 'pytorch' | 'classic';
  input_size: number;
  hidden_size: number;
  seq_len: number;
  weights: StateDict | KerasWeights;
  inputs: number[][]; // [T][I]
  h0: number[]; // [H]
  c0?: number[]; // [H], lstm
}

/**
 * Writes a scenario with PyTorch (default) or Keras weights. Gate ablations are not part of the
 * file format: a scenario describes the full cell.
 */
export function scenarioToJson(scenario: Scenario, layout: 'pytorch' | 'keras' = 'pytorch'): ScenarioJson {
  const { config, weights, steps } = scenario;
  const { kind, inputSize: I, hiddenSize: H } = config;
  return {
    schema_version: 1,
    cell: kind,
    ...(kind === 'gru' ? { variant: config.reset === 'before' ? 'classic' : 'pytorch' } : {}),
    input_size: I,
    hidden_size: H,
    seq_len: steps,
    weights: layout === 'keras' ? toKeras(config, weights) : toStateDict(config, weights),
    inputs: toRows(scenario.inputs, steps, I),
    h0: toList(scenario.h0),
    ...(kind === 'lstm' ? { c0: toList(scenario.c0) } : {}),
  };
}
