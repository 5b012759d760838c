/**
 * A lab spec from untrusted input (a worker message, a URL): zod checks the shape and the
 * types, resolveLabSpec the ranges; either way the first problem comes back as one line naming
 * the field. Imports zod and engine files only.
 */
import { z } from 'zod';
import { resolveLabSpec, LabSpecError, type LabSpec, type ResolvedLabSpec } from './spec';

const optionalNumber = z.number().optional();

/** The fields of a LabSpec and their types; unknown fields are refused (a typo would otherwise be silently ignored). */
const shape = z.strictObject({
  task: z.string(),
  length: z.number(),
  cell: z.string(),
  seed: z.number(),
  preset: z.string(),
  steps: optionalNumber,
  forgetBias: optionalNumber,
  batchSize: optionalNumber,
  learningRate: optionalNumber,
  trainCount: optionalNumber,
  testCount: optionalNumber,
  progressEvery: optionalNumber,
  ablation: z.string().optional(),
});

export type ParsedLabSpec = { ok: true; spec: ResolvedLabSpec } | { ok: false; field: string; error: string };

/** Checks `json` as a LabSpec and fills in the defaults. */
export function parseLabSpec(json: unknown): ParsedLabSpec {
  const read = shape.safeParse(json);
  if (!read.success) {
    const issue = read.error.issues[0];
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'spec';
    const keys = issue.code === 'unrecognized_keys' ? `: ${issue.keys.join(', ')}` : '';
    return { ok: false, field, error: `${field}: ${issue.message}${keys}` };
  }
  try {
    return { ok: true, spec: resolveLabSpec(read.data as LabSpec) };
  } catch (e) {
    if (e instanceof LabSpecError) return { ok: false, field: e.field, error: e.message };
    throw e;
  }
}
