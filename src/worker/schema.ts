/**
 * Validation of requests at the worker boundary: nothing reaches the engine unchecked.
 * Imports zod/mini and engine constants.
 */
import * as z from 'zod/mini';
import { LIMITS } from '../engine/limits';

const size = (max: number) => z.int().check(z.gte(1), z.lte(max));
const vector = z.instanceof(Float64Array);

const weights = z.object({ wIh: vector, wHh: vector, bIh: vector, bHh: vector });

const cellConfig = z.object({
  kind: z.enum(['rnn', 'gru', 'lstm']),
  inputSize: size(LIMITS.maxInputSize),
  hiddenSize: size(LIMITS.maxHiddenSize),
  reset: z.optional(z.enum(['after', 'before'])),
  ablation: z.optional(z.enum(['none', 'no-input-gate', 'no-forget-gate', 'no-output-gate', 'coupled', 'no-output-activation'])),
});

const override = z.object({
  gate: z.enum(['h', 'r', 'z', 'n', 'i', 'f', 'g', 'o']),
  value: z.number().check(z.gte(-1), z.lte(1)),
  t: z.optional(z.int()),
  unit: z.optional(z.int()),
});

const cellJob = z.object({
  config: cellConfig,
  weights: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('seed'), seed: z.int(), forgetBias: z.number().check(z.gte(-10), z.lte(10)) }),
    z.object({ kind: z.literal('given'), weights }),
  ]),
  h0: z.optional(vector),
  c0: z.optional(vector),
  overrides: z.array(override).check(z.maxLength(1000)),
});

export const requestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('trace'),
    id: z.int(),
    inputSize: size(LIMITS.maxInputSize),
    inputs: vector,
    cells: z.array(cellJob).check(z.minLength(1), z.maxLength(3)),
  }),
  z.object({ type: z.literal('scenario'), id: z.int(), text: z.string().check(z.maxLength(64 * 1024 * 1024)) }),
]);
