/**
 * The training pool: lab workers sized to the machine's cores (at least one), each training one
 * model at a time; runs wait in a queue for a free worker. Workers start on first use, so the
 * visualizer never pays for them. A worker that dies fails its run with a message and is
 * replaced; the other runs go on. Imports the lab protocol and engine types only.
 */
import type { GradientFlow } from '../../src/engine/lab/gradflow';
import type { LabProgress } from '../../src/engine/lab/run';
import type { LabSpec, ResolvedLabSpec } from '../../src/engine/lab/spec';
import type { LabFinished, LabReply, LabRequest } from '../../src/worker/labProtocol';

export interface RunListener {
  onStarted(info: { spec: ResolvedLabSpec; hiddenSize: number; parameters: number }): void;
  onProgress(points: LabProgress[]): void;
  /** The worker has stopped the run (after a pause request) at this many updates. */
  onPaused(step: number): void;
  onDone(finished: LabFinished): void;
  onError(message: string): void;
}

export interface LabPool {
  /** Workers the pool may run at once. */
  readonly size: number;
  /** Queues a run; returns its id for pause, resume and cancel. */
  start(spec: LabSpec, listener: RunListener): number;
  pause(id: number): void;
  resume(id: number): void;
  /** Drops a run, queued or training; its listener hears nothing more. */
  cancel(id: number): void;
  /** Gradient flow at initialisation (answered between another run's chunks if every worker is busy). */
  flow(spec: LabSpec): Promise<GradientFlow>;
  /** Runs queued or training now. */
  readonly activeCount: number;
  /** Starts every worker now (when the lab opens), so the first Train does not pay for it. */
  prepare(): void;
}

interface Slot {
  worker: Worker;
  /** The run it trains, or null when free. */
  runId: number | null;
}

interface PendingFlow {
  resolve(flow: GradientFlow): void;
  reject(error: Error): void;
  slot: Slot;
}

/** Workers for this machine: one per core, at least one, at most 8. */
export function poolSizeFor(cores: number | undefined): number {
  return Math.max(1, Math.min(8, Math.floor(cores ?? 1) || 1));
}

export function createLabPool(makeWorker: () => Worker, size: number): LabPool {
  const slots: Slot[] = [];
  const queue: { id: number; spec: LabSpec }[] = [];
  const listeners = new Map<number, RunListener>();
  const flows = new Map<number, PendingFlow>();
  /** Queued runs paused before they got a worker: they wait until resumed. */
  const pausedInQueue = new Set<number>();
  let nextId = 1;

  const send = (slot: Slot, request: LabRequest) => slot.worker.postMessage(request);

  function onReply(slot: Slot, reply: LabReply): void {
    if (reply.type === 'flow' || (reply.type === 'error' && flows.has(reply.id))) {
      const pending = flows.get(reply.id);
      flows.delete(reply.id);
      if (reply.type === 'flow') pending?.resolve(reply.flow);
      else pending?.reject(new Error(reply.error));
      return;
    }
    const listener = listeners.get(reply.id);
    if (!listener) return; // a cancelled run's last chunk
    switch (reply.type) {
      case 'started': return listener.onStarted(reply);
      case 'progress': return listener.onProgress(reply.points);
      case 'paused': return listener.onPaused(reply.step);
      case 'done':
      case 'error':
        listeners.delete(reply.id);
        if (slot.runId === reply.id) slot.runId = null;
        if (reply.type === 'done') listener.onDone(reply);
        else listener.onError(reply.error);
        return dispatch();
    }
  }

  function addSlot(): Slot {
    const slot: Slot = { worker: makeWorker(), runId: null };
    slot.worker.onmessage = (event: MessageEvent<LabReply>) => onReply(slot, event.data);
    slot.worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      replace(slot, event.message || 'the worker stopped');
    };
    slots.push(slot);
    return slot;
  }

  /** A dead worker: fail its run and its flow requests, start a fresh worker in its place. */
  function replace(slot: Slot, why: string): void {
    slot.worker.terminate();
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
    for (const [id, pending] of flows) {
      if (pending.slot !== slot) continue;
      flows.delete(id);
      pending.reject(new Error(`The training worker stopped (${why}).`));
    }
    if (slot.runId !== null) {
      const listener = listeners.get(slot.runId);
      listeners.delete(slot.runId);
      listener?.onError(`The training worker stopped (${why}); this run was lost. Start it again.`);
    }
    dispatch();
  }

  function freeSlot(): Slot | undefined {
    return slots.find((s) => s.runId === null) ?? (slots.length < size ? addSlot() : undefined);
  }

  function dispatch(): void {
    for (;;) {
      const next = queue.findIndex((q) => !pausedInQueue.has(q.id));
      if (next < 0) return;
      const slot = freeSlot();
      if (!slot) return;
      const { id, spec } = queue.splice(next, 1)[0];
      slot.runId = id;
      send(slot, { type: 'start', id, spec });
    }
  }

  const slotOf = (id: number) => slots.find((s) => s.runId === id);

  /**
   * Where a flow request goes: an idle worker with the fewest flows waiting, a new worker while
   * the pool is below its size, else the busy worker with the fewest (it answers between chunks).
   */
  function flowSlot(): Slot {
    const waiting = (slot: Slot) => [...flows.values()].filter((f) => f.slot === slot).length;
    const fewest = (candidates: Slot[]) => candidates.reduce<Slot | undefined>((best, s) => (best && waiting(best) <= waiting(s) ? best : s), undefined);
    const idle = fewest(slots.filter((s) => s.runId === null));
    if (idle && waiting(idle) === 0) return idle;
    if (slots.length < size) return addSlot();
    return idle ?? fewest(slots)!;
  }

  return {
    size,
    get activeCount() { return listeners.size; },
    prepare() {
      while (slots.length < size) addSlot();
    },
    start(spec, listener) {
      const id = nextId++;
      listeners.set(id, listener);
      queue.push({ id, spec });
      dispatch();
      return id;
    },
    pause(id) {
      const slot = slotOf(id);
      if (slot) send(slot, { type: 'pause', id });
      else if (queue.some((q) => q.id === id)) pausedInQueue.add(id);
    },
    resume(id) {
      const slot = slotOf(id);
      if (slot) send(slot, { type: 'resume', id });
      else if (pausedInQueue.delete(id)) dispatch();
    },
    cancel(id) {
      listeners.delete(id);
      pausedInQueue.delete(id);
      const queued = queue.findIndex((q) => q.id === id);
      if (queued >= 0) queue.splice(queued, 1);
      const slot = slotOf(id);
      if (slot) {
        send(slot, { type: 'cancel', id });
        slot.runId = null;
        dispatch();
      }
    },
    flow(spec) {
      const id = nextId++;
      const slot = flowSlot();
      return new Promise<GradientFlow>((resolve, reject) => {
        flows.set(id, { resolve, reject, slot });
        send(slot, { type: 'flow', id, spec });
      });
    },
  };
}
