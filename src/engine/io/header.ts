/**
 * The zod schema of a scenario file's top-level fields (everything but the contents of the
 * arrays, which shapes.ts reads against the sizes declared here), and its first problem as one
 * line naming the field. Imports zod and engine files only.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { describe, fail, shown, type Read } from './shapes';

/** A size field: a whole number from 1 to `limit`, each way of missing it with its own words. */
function size(limit: number) {
  return z
    .number({
      error: (iss) => iss.input === undefined
        ? `missing (a whole number from 1 to ${limit})`
        : typeof iss.input === 'number'
          ? `not a finite number (NaN/Infinity are refused), got ${iss.input}`
          : `expected a whole number from 1 to ${limit}, got ${describe(iss.input)}`,
    })
    .min(1, { error: (iss) => `${shown(iss.input)} is too small (at least 1)` })
    .max(limit, { error: (iss) => `${shown(iss.input)} is past the limit ${limit}` })
    .int({ error: (iss) => `${shown(iss.input)} is not a whole number` });
}

const header = z.looseObject({
  schema_version: z
    .literal(1, { error: (iss) => `${shown(iss.input)} is not supported (this reader knows schema_version 1)` })
    .nullish(),
  cell: z.enum(['rnn', 'gru', 'lstm'], {
    error: (iss) => iss.input === undefined
      ? 'missing (rnn, gru or lstm)'
      : `${describe(iss.input)} is not a cell GateLab knows (rnn, gru or lstm)`,
  }),
  variant: z
    .enum(['pytorch', 'classic'], {
      error: (iss) => `${describe(iss.input)} is not a gru variant (pytorch = reset after the matmul, classic = reset before it)`,
    })
    .nullish(),
  nonlinearity: z
    .literal('tanh', { error: (iss) => `${describe(iss.input)} is not supported (GateLab's rnn is tanh only)` })
    .nullish(),
  input_size: size(LIMITS.maxInputSize),
  hidden_size: size(LIMITS.maxHiddenSize),
  seq_len: z
    .number({ error: (iss) => `expected a whole number of steps, got ${describe(iss.input)}` })
    .int({ error: (iss) => `${shown(iss.input)} is not a whole number of steps` })
    .nullish(),
  weights: z.record(z.string(), z.unknown(), {
    error: (iss) => `${iss.input === undefined ? 'missing' : `got ${describe(iss.input)}`} (expected an object of PyTorch weights: weight_ih_l0, weight_hh_l0, bias_ih_l0, bias_hh_l0; or Keras weights: kernel, recurrent_kernel, bias)`,
  }),
  inputs: z.unknown().optional(),
  h0: z.unknown().optional(),
  c0: z.unknown().optional(),
}, { error: (iss) => `expected a JSON object, got ${describe(iss.input)}` });

/** The top-level fields, typed; arrays not yet read. */
export type Header = z.infer<typeof header>;

/** Checks the top-level fields; the first problem comes back as "field: what is wrong". */
export function readHeader(json: unknown): Read<Header> {
  const parsed = header.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'scenario';
  return fail(`${field}: ${issue.message}`);
}
