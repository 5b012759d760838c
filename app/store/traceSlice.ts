/**
 * The computed traces, written only by the engine client. Imports protocol types.
 */
import type { StateCreator } from 'zustand';
import type { CellKind } from '../../src/engine/types';
import type { CellResult } from '../../src/worker/protocol';
import type { Store } from './store';

export type TraceStatus = 'starting' | 'computing' | 'ready' | 'error';

export interface TraceSlice {
  /** The newest computed cells, by kind (only the cells on screen). */
  results: Partial<Record<CellKind, CellResult>>;
  traceStatus: TraceStatus;
  /** The last engine error, shown in the UI; null when the newest request succeeded. */
  traceError: string | null;
  computeMs: number;
  /** Bumped on every accepted reply, so views can key animations to a new trace. */
  traceVersion: number;
  setTraceResults: (cells: CellResult[], computeMs: number) => void;
  setTraceStatus: (status: TraceStatus, error?: string | null) => void;
}

export const createTraceSlice: StateCreator<Store, [], [], TraceSlice> = (set, get) => ({
  results: {},
  traceStatus: 'starting',
  traceError: null,
  computeMs: 0,
  traceVersion: 0,
  setTraceResults: (cells, computeMs) => {
    const results: Partial<Record<CellKind, CellResult>> = {};
    for (const cell of cells) results[cell.trace.config.kind] = cell;
    set({ results, computeMs, traceStatus: 'ready', traceError: null, traceVersion: get().traceVersion + 1 });
  },
  setTraceStatus: (traceStatus, error) => set({ traceStatus, ...(error !== undefined ? { traceError: error } : {}) }),
});
