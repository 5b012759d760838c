/**
 * The training lab's state: the form (in the URL while the lab is open), the runs of the last
 * start with their live curves, and the results. Outside the visualizer's store and loaded with
 * the lab: a run goes on while the learner looks at something else, and its numbers are kept
 * when the lab closes.
 * Imports engine and protocol types and labForm.
 */
import { create } from 'zustand';
import type { LabProgress } from '../../src/engine/lab/run';
import type { CellKind } from '../../src/engine/types';
import type { LabFinished } from '../../src/worker/labProtocol';
import { DEFAULT_LAB_FORM, type LabForm } from './labForm';
import { isRunOver } from './labSelectors';

export type RunStatus = 'queued' | 'running' | 'paused' | 'done' | 'failed' | 'cancelled';

/** One (cell, seed) run of a batch. */
export interface LabRunState {
  /** The pool's id for it. */
  id: number;
  cell: CellKind;
  seed: number;
  status: RunStatus;
  /** Updates the run will make. */
  steps: number;
  points: LabProgress[];
  /** Paused and confirmed by its worker: no update runs until resumed. */
  isPauseConfirmed?: boolean;
  hiddenSize?: number;
  parameters?: number;
  finished?: LabFinished;
  error?: string;
}

/** The runs one press of "Train" started, with the form they were started from. */
export interface LabBatch {
  form: LabForm;
  runs: LabRunState[];
  /** performance.now() at the start, and milliseconds spent paused so far. */
  startedAt: number;
  pausedMs: number;
  /** When the current pause began, or null. */
  pausedAt: number | null;
  /** When the last run ended, or null while any runs. */
  endedAt: number | null;
  isCancelled: boolean;
}

export interface LabState {
  form: LabForm;
  isLogScale: boolean;
  batch: LabBatch | null;
}

export const useLab = create<LabState>()(() => ({
  form: DEFAULT_LAB_FORM,
  isLogScale: true,
  batch: null,
}));

/**
 * The batch with run `id` patched and `endedAt` set once every run is over; the same batch when
 * the run is not in it (an event of an older batch). Shared by the lab and the ablation stores.
 */
export function patchRun<B extends LabBatch>(batch: B | null, id: number, patch: (run: B['runs'][number]) => Partial<B['runs'][number]>): B | null {
  if (!batch || !batch.runs.some((r) => r.id === id)) return batch;
  const runs = batch.runs.map((r) => (r.id === id ? { ...r, ...patch(r) } : r));
  const isOver = runs.every(isRunOver);
  return { ...batch, runs, endedAt: isOver ? batch.endedAt ?? performance.now() : null };
}

/** Replaces one run of the current batch (matched by pool id); no-op for a run of an older batch. */
export function updateRun(id: number, patch: (run: LabRunState) => Partial<LabRunState>): void {
  useLab.setState((s) => ({ batch: patchRun(s.batch, id, patch) }));
}
