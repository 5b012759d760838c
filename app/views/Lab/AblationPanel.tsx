/**
 * Which gates matter? (LESSON.md slide 12, Greff et al. 2017): predict how much each LSTM
 * ablation hurts, train the full LSTM and the five variants on the lab form's settings in the
 * training pool (beside the main batch, never in it), compare the final test metrics, then read
 * the published verdict next to the prediction. Imports app/ only.
 */
import { memo, useId, useMemo } from 'react';
import { TASKS } from '../../../src/engine/tasks/registry';
import { startAblations, startOverAblations, stopAblations } from '../../lab/ablationActions';
import { useAblation } from '../../lab/ablationStore';
import {
  ABLATION_TEXT, ABLATIONS, compareWithPublished, countMatches, disagreementsWithPublished, measureAll, type MetricsByAblation,
} from '../../lab/ablationVerdict';
import { batchProgress, describeTimeLeft, isBatchActive, isRunOver, secondsLeft } from '../../lab/labSelectors';
import { useLab } from '../../lab/labStore';
import { AblationPredictions } from './AblationPredictions';
import { AblationTable } from './AblationTable';

/** Memoised: the lab view re-renders on every progress point of the main batch; this panel reads its own store. */
export const AblationPanel = memo(function AblationPanel() {
  const id = useId();
  const form = useLab((s) => s.form);
  const predictions = useAblation((s) => s.predictions);
  const batch = useAblation((s) => s.batch);
  const isActive = isBatchActive(batch);
  const made = ABLATIONS.filter((a) => predictions[a]).length;
  const isReady = made === ABLATIONS.length;
  const isDone = batch !== null && !batch.isCancelled && batch.runs.every(isRunOver);
  const progress = batch ? batchProgress(batch) : null;
  // The time left is refreshed with every progress point (several a second), so no ticker is needed.
  const status = !batch ? 'No ablation run yet.'
    : isActive ? `${Math.round((progress?.fraction ?? 0) * 100)} % · ${describeTimeLeft(secondsLeft(batch, performance.now()))}`
      : batch.isCancelled ? 'Stopped; the rows so far are kept.'
        : batch.runs.some((r) => r.status === 'failed') ? 'All six runs ended, some failed (see the table).'
          : 'All six runs done: compare them with the paper below.';
  const measured = useMemo(() => {
    if (!batch) return null;
    const task = TASKS[batch.form.task];
    const metrics: MetricsByAblation = {};
    for (const run of batch.runs) if (run.finished) metrics[run.ablation] = run.finished.result.testMetric;
    return measureAll(task.metric, task.baseline(batch.form.length).metric, metrics);
  }, [batch]);
  const disagreements = measured ? disagreementsWithPublished(measured) : [];
  const { matches } = countMatches(predictions);
  const close = ABLATIONS.filter((a) => {
    const p = predictions[a];
    return p !== undefined && compareWithPublished(p, a) === 'close';
  }).length;

  return (
    <section className="panel lab-ablation" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Which gates matter? LSTM ablations</h3>
      <p className="lab-note">
        Greff et al. (2017) trained LSTMs with one part removed at a time on speech, handwriting and music. Before you
        train them here, predict: how much will each change hurt on {TASKS[form.task].title.toLowerCase()} at length{' '}
        {form.length}, compared with the full LSTM?
      </p>
      <AblationPredictions isLocked={batch !== null} />
      <div className="lab-buttons">
        <button type="button" className="primary" disabled={!isReady || isActive} aria-describedby={`${id}-hint`} onClick={startAblations}>
          Run the ablations
        </button>
        {isActive && <button type="button" onClick={stopAblations}>Stop the ablations</button>}
        {batch && !isActive && <button type="button" onClick={startOverAblations}>Predict again</button>}
      </div>
      <p id={`${id}-hint`} className="muted lab-hint">
        {!isReady
          ? `Predict all five first (${made} of 5 so far).`
          : `Trains six LSTMs (the full cell and the five variants) with the lab form’s task, length, preset, ${form.steps} steps, seed 1 and forget bias ${form.forgetBias}, beside any other training.`}
      </p>
      {batch && (
        <>
          <div className="lab-progress">
            <progress aria-label="Ablation progress" max={1} value={progress?.fraction ?? 0} />
            <span role="status" className="lab-status">{status}</span>
          </div>
          <AblationTable batch={batch} predictions={predictions} measured={measured!} isVerdictShown={isDone} />
        </>
      )}
      {isDone && (
        <div className="lab-verdict" data-matches={matches}>
          <h4>The published verdict</h4>
          <p>
            Greff et al. 2017 (“LSTM: A Search Space Odyssey”): the forget gate and the output activation (the tanh between
            the cell and h) are the critical parts: removing either hurt on all three data sets. Coupling the
            input and forget gates (i = 1 − f) costs nothing significant, so it is a simpler LSTM for free; removing the input
            or the output gate hurt on speech and handwriting but not on music.
          </p>
          <p>
            <strong>Your predictions match the paper for {matches} of 5</strong>
            {close > 0 ? `, and are one step off for ${close}` : ''}. Your runs are one seed and {batch.form.steps} steps on a
            synthetic task: where they disagree with the paper, more steps or seeds may change them; the paper’s verdict rests on
            hundreds of runs per variant.
          </p>
          {disagreements.length > 0 && (
            <p data-disagreements={disagreements.join(' ')}>
              Here the runs disagree with the paper for {disagreements.map((a) => ABLATION_TEXT[a].name.toLowerCase()).join(', ')}.
              {batch.form.task === 'adding' && ' A likely reason: each adding sequence starts from a zero state and only has to add up two marked numbers, so a cell that never forgets or whose output is unbounded loses little; the paper’s speech, handwriting and music streams are long and varied, and there forgetting and a bounded output matter.'}
            </p>
          )}
        </div>
      )}
    </section>
  );
});
