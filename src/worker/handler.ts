/**
 * The worker's pure request handler: validate, compute, answer. No Worker API here, so a
 * unit test calls it directly. Errors come back as values, never as throws.
 * Imports the engine and the protocol.
 */
import { withDefaults } from '../engine/cells';
import { lastHiddenPathKernel } from '../engine/hiddenPath';
import { initWeights } from '../engine/init';
import { parseScenario } from '../engine/io/scenario';
import { forward } from '../engine/unroll';
import type { Weights } from '../engine/types';
import { describeIssues } from './issues';
import type { CellJob, CellResult, Reply, TraceRequest } from './protocol';
import { requestSchema } from './schema';

function idOf(message: unknown): number {
  const id = (message as { id?: unknown } | null)?.id;
  return typeof id === 'number' && Number.isInteger(id) ? id : -1;
}

function shapeProblem(name: string, got: number, want: number): string | null {
  return got === want ? null : `${name}: expected ${want} numbers, got ${got}`;
}

function weightsFor(job: CellJob): Weights {
  const { weights: source, config } = job;
  return source.kind === 'seed' ? initWeights(config, source.seed, { forgetBias: source.forgetBias }) : source.weights;
}

function runCell(job: CellJob, request: TraceRequest, at: string): CellResult {
  const config = withDefaults(job.config);
  const { inputSize: I, hiddenSize: H } = config;
  if (I !== request.inputSize) throw new RangeError(`${at}.config.inputSize: ${I} differs from the inputs' size ${request.inputSize}`);
  const weights = weightsFor(job);
  const G = config.kind === 'rnn' ? 1 : config.kind === 'gru' ? 3 : 4;
  const problem =
    shapeProblem(`${at}.weights.wIh`, weights.wIh.length, G * H * I) ??
    shapeProblem(`${at}.weights.wHh`, weights.wHh.length, G * H * H) ??
    shapeProblem(`${at}.weights.bIh`, weights.bIh.length, G * H) ??
    shapeProblem(`${at}.weights.bHh`, weights.bHh.length, G * H) ??
    (job.h0 ? shapeProblem(`${at}.h0`, job.h0.length, H) : null) ??
    (job.c0 ? shapeProblem(`${at}.c0`, job.c0.length, H) : null);
  if (problem) throw new RangeError(problem);
  const trace = forward(config, weights, request.inputs, { h0: job.h0, c0: job.c0, overrides: job.overrides });
  return { trace, weights };
}

function traceReply(request: TraceRequest): Reply {
  const started = performance.now();
  const T = request.inputs.length / request.inputSize;
  if (!Number.isInteger(T) || T < 1) {
    return { type: 'error', id: request.id, ok: false, error: `inputs: ${request.inputs.length} numbers is not a whole number of steps of size ${request.inputSize}` };
  }
  if (T > 2000) return { type: 'error', id: request.id, ok: false, error: `inputs: ${T} steps is past the limit 2000` };
  for (let k = 0; k < request.inputs.length; k++) {
    if (!Number.isFinite(request.inputs[k])) {
      return { type: 'error', id: request.id, ok: false, error: `inputs[${Math.floor(k / request.inputSize)}][${k % request.inputSize}]: not a finite number` };
    }
  }
  const cells = request.cells.map((job, k) => runCell(job, request, `cells[${k}]`));
  return { type: 'trace', id: request.id, ok: true, cells, computeMs: performance.now() - started, kernel: lastHiddenPathKernel() };
}

/** Answers one message. Never throws: a problem becomes `{ ok: false, error }`. */
export function handle(message: unknown): Reply {
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) return { type: 'error', id: idOf(message), ok: false, error: describeIssues(parsed.error.issues) };
  const request = parsed.data as TraceRequest | { type: 'scenario'; id: number; text: string };
  try {
    if (request.type === 'trace') return traceReply(request);
    let json: unknown;
    try {
      json = JSON.parse(request.text);
    } catch (e) {
      return { type: 'error', id: request.id, ok: false, error: `not valid JSON: ${(e as Error).message}` };
    }
    const result = parseScenario(json);
    return result.ok
      ? { type: 'scenario', id: request.id, ok: true, scenario: result.scenario }
      : { type: 'error', id: request.id, ok: false, error: result.error };
  } catch (e) {
    return { type: 'error', id: request.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
