/**
 * What the ablation view's controls do: record a prediction, train the full LSTM and its five
 * ablated variants on the training pool with the lab form's task, length, preset, steps,
 * forget bias and first seed, stop them, start over. Imports the pool, the lab and ablation stores.
 */
import type { LabSpec } from '../../src/engine/lab/spec';
import type { LstmAblation } from '../../src/engine/types';
import { labPool } from './labActions';
import { isRunOver } from './labSelectors';
import { useLab } from './labStore';
import { updateAblationRun, useAblation, type AblationRun } from './ablationStore';
import { ABLATIONS, type Ablation, type Effect } from './ablationVerdict';

/** The full LSTM first (the reference), then each ablation. */
export const ABLATION_RUN_ORDER: readonly LstmAblation[] = ['none', ...ABLATIONS];

export function setPrediction(ablation: Ablation, effect: Effect): void {
  useAblation.setState((s) => ({ predictions: { ...s.predictions, [ablation]: effect } }));
}

/** Cancels any ablation runs still going, then trains the six LSTMs. */
export function startAblations(): void {
  stopAblations();
  const { form } = useLab.getState();
  const pool = labPool();
  const specs: LabSpec[] = ABLATION_RUN_ORDER.map((ablation) => ({
    task: form.task, length: form.length, preset: form.preset, steps: form.steps, forgetBias: form.forgetBias,
    cell: 'lstm', seed: 1, ablation,
  }));
  const runs: AblationRun[] = specs.map((spec, k) => ({
    id: -1 - k, cell: 'lstm', seed: 1, ablation: spec.ablation ?? 'none', status: 'queued', steps: spec.steps ?? 0, points: [],
  }));
  useAblation.setState({ batch: { form, runs, startedAt: performance.now(), pausedMs: 0, pausedAt: null, endedAt: null, isCancelled: false } });
  specs.forEach((spec, k) => {
    // Events can only arrive after this task, so the run's id is set before any is heard.
    let id = -1 - k;
    const newId = pool.start(spec, {
      onStarted: ({ hiddenSize, parameters }) => updateAblationRun(id, () => ({ hiddenSize, parameters, status: 'running' })),
      onProgress: (points) => updateAblationRun(id, (r) => ({ points: [...r.points, ...points] })),
      // Ablation runs are never paused (only stopped), so no pause is ever confirmed.
      onPaused: () => {},
      onDone: (finished) => updateAblationRun(id, () => ({ status: 'done', finished })),
      onError: (error) => updateAblationRun(id, () => ({ status: 'failed', error })),
    });
    updateAblationRun(id, () => ({ id: newId }));
    id = newId;
  });
}

/** Stops every ablation run still going; finished rows stay. */
export function stopAblations(): void {
  const { batch } = useAblation.getState();
  if (!batch || batch.runs.every(isRunOver)) return;
  for (const run of batch.runs) if (!isRunOver(run)) labPool().cancel(run.id);
  useAblation.setState({
    batch: { ...batch, isCancelled: true, endedAt: performance.now(), runs: batch.runs.map((r) => (isRunOver(r) ? r : { ...r, status: 'cancelled' })) },
  });
}

/** Clears the predictions and the results, to predict afresh. */
export function startOverAblations(): void {
  stopAblations();
  useAblation.setState({ predictions: {}, batch: null });
}
