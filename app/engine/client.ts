/**
 * The engine client: the only writer of the trace. It subscribes to the settings outside React,
 * sends one request per change with an increasing id, drops stale replies, and restarts the
 * worker (recomputing, with a notice) if it dies: an uncaught error, or no answer in time (a
 * worker that hangs or closed itself). Imports the protocol and the store.
 */
import type { CellKind } from '../../src/engine/types';
import type { CellJob, Reply, Request, ScenarioData, TraceRequest } from '../../src/worker/protocol';
import { presetInputs } from '../inputs/presets';
import { hiddenSizeOf } from '../store/cellSizes';
import type { Settings } from '../store/settingsSlice';
import type { Store } from '../store/store';

type StoreApi = { getState: () => Store; subscribe: (listener: (s: Store, prev: Store) => void) => () => void };

/** The (T, I) input sequence the settings describe. */
export function inputsOf(s: Settings): Float64Array {
  if (s.input.kind === 'custom' && s.input.values.length === s.steps * s.inputSize) return Float64Array.from(s.input.values);
  return presetInputs(s.input.kind === 'preset' ? s.input.preset : 'sine', s.inputSize, s.steps, s.seed);
}

/** The request for the cells on screen; imported weights go to their cell, the rest are seeded. */
export function traceRequestOf(s: Settings, id: number): TraceRequest {
  const cells: CellJob[] = s.cells.map((kind: CellKind) => {
    const imported = s.imported[kind];
    return {
      config: { kind, inputSize: s.inputSize, hiddenSize: hiddenSizeOf(s, kind), reset: s.reset },
      weights: imported
        ? { kind: 'given', weights: structuredClone(imported.weights) }
        : { kind: 'seed', seed: s.seed, forgetBias: kind === 'lstm' ? s.forgetBias : 0 },
      h0: imported ? imported.h0.slice() : undefined,
      c0: imported && kind === 'lstm' ? imported.c0.slice() : undefined,
      overrides: s.overrides[kind],
    };
  });
  return { type: 'trace', id, inputSize: s.inputSize, inputs: inputsOf(s), cells };
}

export interface EngineClient {
  /** Validate a scenario file's text in the worker. */
  parseScenario(text: string): Promise<{ ok: true; scenario: ScenarioData } | { ok: false; error: string }>;
  /** Recompute now (also done automatically on every settings change). */
  recompute(): void;
  dispose(): void;
}

/**
 * How long the worker may take over one request before it counts as dead. A trace the visualizer
 * asks for takes milliseconds (hidden 64, length 200: about 15 ms); a scenario file gets a second
 * more per megabyte of text to parse (the largest, 32 MB, about half a minute).
 */
export function answerBudgetMs(request: Request): number {
  return 5000 + (request.type === 'scenario' ? request.text.length / 1000 : 0);
}

/** Restarts in a row without a single answer before the client stops trying (a worker that cannot start). */
export const MAX_RESTARTS = 2;

/** How the notice of a restart ends. */
const RESTARTED = '; it was restarted and everything was recomputed.';

export function startEngineClient(store: StoreApi, makeWorker: () => Worker): EngineClient {
  let worker: Worker;
  let nextId = 1;
  let latestTraceId = 0;
  let isDisposed = false;
  let restartsInARow = 0;
  let hasGivenUp = false;
  const pending = new Map<number, (reply: Reply) => void>();
  // The worker answers in order: the budgets of the requests not yet answered, the oldest first.
  // The watchdog times the oldest one from when the worker could start on it, once the worker has
  // answered at all: before that its scripts may still be on their way over a slow network (a
  // script that fails to load is an error event, not a silence).
  const budgets: number[] = [];
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let hasAnswered = false;

  const watch = () => {
    clearTimeout(watchdog);
    watchdog = hasAnswered && budgets.length > 0 ? setTimeout(overdue, budgets[0]) : undefined;
  };
  // A hidden page's timers and message tasks run late or not at all (throttled, or frozen): an
  // answer that seems overdue there is judged again later.
  const overdue = () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') watch();
    else replace('did not answer for too long');
  };

  const onReply = (reply: Reply) => {
    restartsInARow = 0;
    hasAnswered = true;
    budgets.shift();
    watch();
    const waiter = pending.get(reply.id);
    if (waiter) {
      pending.delete(reply.id);
      waiter(reply);
      return;
    }
    if (reply.id !== latestTraceId) return; // stale: a newer request is on its way
    const state = store.getState();
    if (reply.ok && reply.type === 'trace') {
      state.setTraceResults(reply.cells, reply.computeMs);
      // For `npm run bench:ui`, the e2e tests and the browser's performance panel: when, how long
      // the worker took, and whether its hidden path ran on WebAssembly SIMD or in JavaScript.
      performance.mark('gatelab:trace', { detail: { id: reply.id, computeMs: reply.computeMs, kernel: reply.kernel } });
    }
    else if (!reply.ok) state.setTraceStatus('error', reply.error);
  };

  const spawn = () => {
    worker = makeWorker();
    hasAnswered = false;
    worker.onmessage = (event: MessageEvent<Reply>) => onReply(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      replace('stopped unexpectedly');
    };
  };

  /** Ends the worker; starts a new one and recomputes, unless it has failed MAX_RESTARTS times in a row. */
  const replace = (what: string) => {
    if (isDisposed || hasGivenUp) return;
    worker.terminate();
    budgets.length = 0;
    watch();
    const waiters = [...pending];
    pending.clear();
    for (const [id, waiter] of waiters) waiter({ type: 'error', id, ok: false, error: `the engine worker ${what}` });
    const state = store.getState();
    if (restartsInARow >= MAX_RESTARTS) {
      hasGivenUp = true;
      // The restarts' "everything was recomputed" no longer holds: the error below replaces it.
      for (const n of state.notices) if (n.text.endsWith(RESTARTED)) state.dismissNotice(n.id);
      state.setTraceStatus('error', `the engine worker ${what} after ${MAX_RESTARTS} restarts in a row. The numbers shown are the last ones computed; change a setting to try again, or reload the page (the link keeps your settings).`);
      return;
    }
    restartsInARow++;
    state.addNotice('warning', `The engine worker ${what}${RESTARTED}`);
    spawn();
    recompute();
  };

  const send = (request: Request) => {
    if (hasGivenUp) {
      // A new request after giving up: one more try with a fresh worker.
      hasGivenUp = false;
      restartsInARow = MAX_RESTARTS;
      spawn();
    }
    budgets.push(answerBudgetMs(request));
    if (budgets.length === 1) watch();
    worker.postMessage(request);
  };

  const recompute = () => {
    const id = nextId++;
    latestTraceId = id;
    store.getState().setTraceStatus('computing');
    send(traceRequestOf(store.getState().settings, id));
  };

  spawn();
  recompute();
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.settings !== prev.settings && computesDiffer(s.settings, prev.settings)) recompute();
  });

  return {
    parseScenario: (text) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, (reply) => {
          if (reply.ok && reply.type === 'scenario') resolve({ ok: true, scenario: reply.scenario });
          else resolve({ ok: false, error: reply.ok ? 'unexpected reply' : reply.error });
        });
        send({ type: 'scenario', id, text });
      }),
    recompute,
    dispose: () => {
      isDisposed = true;
      clearTimeout(watchdog);
      unsubscribe();
      worker.terminate();
    },
  };
}

/** Only settings that change the numbers trigger a recompute (theme, panels, speed do not). */
function computesDiffer(a: Settings, b: Settings): boolean {
  return (
    a.cells !== b.cells || a.inputSize !== b.inputSize || a.hiddenSize !== b.hiddenSize ||
    a.steps !== b.steps || a.seed !== b.seed || a.reset !== b.reset || a.forgetBias !== b.forgetBias ||
    a.input !== b.input || a.imported !== b.imported || a.overrides !== b.overrides
  );
}
