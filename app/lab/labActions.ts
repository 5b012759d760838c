/**
 * What the lab's controls do: edit the form, start a batch of runs on
 * the training pool, pause, resume and cancel it. Every run's events land in the lab store.
 * Imports the pool and the lab store.
 */
import type { LabPool, RunListener } from './pool';
import { createLabPool, poolSizeFor } from './pool';
import type { CellKind } from '../../src/engine/types';
import { formSpecs, type LabForm } from './labForm';
import { isRunOver } from './labSelectors';
import { updateRun, useLab, type LabRunState } from './labStore';

let pool: LabPool | null = null;

/**
 * Relative time per update at the matched presets, measured (`npm run bench:lab`, adding T = 100:
 * LSTM 31–34 s, GRU 29–31 s, tanh RNN 23–25 s): the parameter counts match, the costs do not.
 */
const RUN_COST: Record<CellKind, number> = { lstm: 3, gru: 2, rnn: 1 };

function makeLabWorker(): Worker {
  return new Worker(new URL('../../src/worker/labWorker.ts', import.meta.url), { type: 'module', name: 'gatelab-lab' });
}

/** The one training pool, started on first use (the visualizer alone never starts it). */
export function labPool(): LabPool {
  pool ??= createLabPool(makeLabWorker, poolSizeFor(navigator.hardwareConcurrency));
  return pool;
}

export function setLabForm(patch: Partial<LabForm>): void {
  useLab.setState((s) => ({ form: { ...s.form, ...patch } }));
}

function listenerFor(id: () => number): RunListener {
  return {
    onStarted: ({ hiddenSize, parameters }) => updateRun(id(), (r) => ({ hiddenSize, parameters, status: r.status === 'paused' ? 'paused' : 'running' })),
    onProgress: (points) => updateRun(id(), (r) => ({ points: [...r.points, ...points] })),
    onPaused: () => updateRun(id(), (r) => ({ isPauseConfirmed: r.status === 'paused' })),
    onDone: (finished) => updateRun(id(), () => ({ status: 'done', finished })),
    onError: (error) => updateRun(id(), () => ({ status: 'failed', error })),
  };
}

/** Cancels whatever runs, then trains every (cell, seed) of the form. */
export function startLab(): void {
  cancelLab();
  const { form } = useLab.getState();
  const p = labPool();
  const specs = formSpecs(form);
  // The runs land in the store before any event about them can.
  const ids: number[] = [];
  const runs: LabRunState[] = specs.map((spec, k) => ({
    id: -1 - k, cell: spec.cell, seed: spec.seed, status: 'queued', steps: spec.steps ?? 0, points: [],
  }));
  useLab.setState({ batch: { form, runs, startedAt: performance.now(), pausedMs: 0, pausedAt: null, endedAt: null, isCancelled: false } });
  // The slowest runs go to the workers first (longest-first keeps the batch's wall time short:
  // with three cells on two workers the short tanh RNN fills in after the GRU); the table keeps its order.
  const order = specs.map((_, k) => k).sort((a, b) => RUN_COST[specs[b].cell] - RUN_COST[specs[a].cell] || a - b);
  for (const k of order) {
    const id = p.start(specs[k], listenerFor(() => ids[k]));
    ids[k] = id;
    updateRun(-1 - k, () => ({ id }));
  }
}

export function pauseLab(): void {
  const { batch } = useLab.getState();
  if (!batch || batch.pausedAt !== null) return;
  for (const run of batch.runs) if (!isRunOver(run)) labPool().pause(run.id);
  useLab.setState({ batch: { ...batch, pausedAt: performance.now(), runs: batch.runs.map((r) => (isRunOver(r) ? r : { ...r, status: 'paused', isPauseConfirmed: r.hiddenSize === undefined })) } });
}

export function resumeLab(): void {
  const { batch } = useLab.getState();
  if (!batch || batch.pausedAt === null) return;
  for (const run of batch.runs) if (!isRunOver(run)) labPool().resume(run.id);
  const pausedMs = batch.pausedMs + performance.now() - batch.pausedAt;
  useLab.setState({
    batch: { ...batch, pausedAt: null, pausedMs, runs: batch.runs.map((r) => (isRunOver(r) ? r : { ...r, status: r.hiddenSize === undefined ? 'queued' : 'running', isPauseConfirmed: false })) },
  });
}

/** Stops every run of the batch; their curves so far stay on screen, marked cancelled. */
export function cancelLab(): void {
  const { batch } = useLab.getState();
  if (!batch || batch.runs.every(isRunOver)) return;
  for (const run of batch.runs) if (!isRunOver(run)) pool?.cancel(run.id);
  const now = performance.now();
  useLab.setState({
    batch: {
      ...batch, isCancelled: true, endedAt: now,
      pausedMs: batch.pausedAt !== null ? batch.pausedMs + now - batch.pausedAt : batch.pausedMs, pausedAt: null,
      runs: batch.runs.map((r) => (isRunOver(r) ? r : { ...r, status: 'cancelled' })),
    },
  });
}

export function setLogScale(isLogScale: boolean): void {
  useLab.setState({ isLogScale });
}
