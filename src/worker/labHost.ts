/**
 * A lab worker's state machine, without the Worker API (a unit test drives it with a fake
 * clock and scheduler): runs train a chunk of steps per turn, sized to about `chunkMs`, and
 * messages are read between turns, so pause, resume and cancel act within one chunk.
 * Imports the engine and the lab protocol.
 */
import { labGradientFlow, labTestSample } from '../engine/lab/flows';
import { parseLabSpec } from '../engine/lab/parse';
import { createLabRun, type LabRun } from '../engine/lab/run';
import { TASKS } from '../engine/tasks/registry';
import type { LabReply, LabRequest, LabSample } from './labProtocol';

export interface LabHostOptions {
  post(reply: LabReply): void;
  /** Runs `turn` after pending messages (a worker: setTimeout 0). */
  later(turn: () => void): void;
  /** Milliseconds (only differences are used). */
  clock(): number;
  /** The time one chunk of steps should take; the chunk size adapts to it. Default 100 ms. */
  chunkMs?: number;
}

export interface LabHost {
  receive(message: unknown): void;
  /** Runs held now (training or paused). */
  readonly runCount: number;
}

interface Held {
  run: LabRun;
  isPaused: boolean;
  /** Steps per chunk, adapted after every chunk. */
  chunk: number;
  isScheduled: boolean;
}

const REQUEST_TYPES: readonly LabRequest['type'][] = ['start', 'pause', 'resume', 'cancel', 'flow'];
const MAX_CHUNK = 5000;

function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The message as a request, or the line that says what is wrong with it. */
function readRequest(message: unknown): LabRequest | string {
  if (message === null || typeof message !== 'object') return 'lab message: expected an object';
  const { type, id } = message as { type?: unknown; id?: unknown };
  if (!REQUEST_TYPES.includes(type as LabRequest['type'])) {
    return `lab message type: expected one of ${REQUEST_TYPES.join(', ')}, got ${JSON.stringify(type)}`;
  }
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) return `lab message id: expected a whole number, got ${JSON.stringify(id)}`;
  return message as LabRequest;
}

function sampleOf(run: LabRun): LabSample {
  const x = labTestSample(run.spec, 0).x;
  const inputSize = TASKS[run.spec.task].inputSize;
  return { steps: x.length / inputSize, inputSize, inputs: Float64Array.from(x) };
}

export function createLabHost(options: LabHostOptions): LabHost {
  const { post, later, clock } = options;
  const chunkMs = options.chunkMs ?? 100;
  const runs = new Map<number, Held>();

  function schedule(id: number, held: Held): void {
    if (held.isScheduled || held.isPaused) return;
    held.isScheduled = true;
    later(() => turn(id, held));
  }

  function finish(id: number, run: LabRun): void {
    const result = run.result();
    const sample = sampleOf(run);
    post({
      type: 'done', id, spec: run.spec, result, model: run.model, sample,
      flowAtInit: labGradientFlow(run.spec, run.initialModel),
      flowTrained: labGradientFlow(run.spec, run.model),
    });
  }

  function turn(id: number, held: Held): void {
    held.isScheduled = false;
    if (runs.get(id) !== held || held.isPaused) return; // cancelled or paused since
    try {
      const started = clock();
      const points = held.run.step(held.chunk);
      const ms = clock() - started;
      held.chunk = Math.max(1, Math.min(MAX_CHUNK, Math.round(held.chunk * (ms > 0 ? Math.min(4, chunkMs / ms) : 4))));
      if (points.length > 0) post({ type: 'progress', id, points });
      if (held.run.isDone) {
        runs.delete(id);
        finish(id, held.run);
        return;
      }
    } catch (e) {
      runs.delete(id);
      post({ type: 'error', id, error: `training failed: ${describeError(e)}` });
      return;
    }
    schedule(id, held);
  }

  function start(id: number, json: unknown): void {
    if (runs.has(id)) return post({ type: 'error', id, error: `run ${id} already exists` });
    const parsed = parseLabSpec(json);
    if (!parsed.ok) return post({ type: 'error', id, error: parsed.error });
    let run: LabRun;
    try {
      run = createLabRun(parsed.spec, { clock });
    } catch (e) {
      return post({ type: 'error', id, error: describeError(e) });
    }
    const held: Held = { run, isPaused: false, chunk: 1, isScheduled: false };
    runs.set(id, held);
    post({ type: 'started', id, spec: run.spec, hiddenSize: run.hiddenSize, parameters: run.parameters });
    schedule(id, held);
  }

  function flow(id: number, json: unknown): void {
    const parsed = parseLabSpec(json);
    if (!parsed.ok) return post({ type: 'error', id, error: parsed.error });
    try {
      post({ type: 'flow', id, flow: labGradientFlow(parsed.spec) });
    } catch (e) {
      post({ type: 'error', id, error: describeError(e) });
    }
  }

  return {
    get runCount() { return runs.size; },
    receive(message) {
      const request = readRequest(message);
      if (typeof request === 'string') {
        const id = (message as { id?: unknown } | null)?.id;
        return post({ type: 'error', id: typeof id === 'number' ? id : -1, error: request });
      }
      const held = runs.get(request.id);
      switch (request.type) {
        case 'start': return start(request.id, request.spec);
        case 'flow': return flow(request.id, request.spec);
        case 'cancel': runs.delete(request.id); return;
        case 'pause':
          if (held && !held.isPaused) {
            held.isPaused = true;
            // Messages are read between chunks, so no step runs after this until resume.
            post({ type: 'paused', id: request.id, step: held.run.stepsDone });
          }
          return;
        case 'resume':
          if (held) {
            held.isPaused = false;
            schedule(request.id, held);
          }
          return;
      }
    },
  };
}
