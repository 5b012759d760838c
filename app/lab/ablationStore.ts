/**
 * The ablation view's state (LESSON.md slide 12): the learner's predictions and the runs of the
 * last "Run the ablations" (the full LSTM and each ablated variant on the lab form's settings).
 * Apart from the lab store, so these runs never touch the main batch. A batch has the lab
 * batch's shape, so the lab's progress and time-left selectors apply to it as they are.
 * Imports zustand, engine types and the lab store.
 */
import { create } from 'zustand';
import type { LstmAblation } from '../../src/engine/types';
import type { Ablation, Effect } from './ablationVerdict';
import { patchRun, type LabBatch, type LabRunState } from './labStore';

export interface AblationRun extends LabRunState {
  ablation: LstmAblation;
}

export interface AblationBatch extends LabBatch {
  runs: AblationRun[];
}

export interface AblationState {
  predictions: Partial<Record<Ablation, Effect>>;
  batch: AblationBatch | null;
}

export const useAblation = create<AblationState>()(() => ({ predictions: {}, batch: null }));

/** Replaces one run of the current ablation batch (matched by pool id); no-op for an older batch's run. */
export function updateAblationRun(id: number, patch: (run: AblationRun) => Partial<AblationRun>): void {
  useAblation.setState((s) => ({ batch: patchRun(s.batch, id, patch) }));
}
