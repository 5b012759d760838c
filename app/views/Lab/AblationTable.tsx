/**
 * The ablation runs side by side: each variant's prediction, status, final test metric next to
 * the full LSTM's, how much it hurt here, and (once every run is done) the published verdict of
 * Greff et al. 2017 with how the prediction compares. Full precision in each number's title and
 * `data-metric`. Imports app/ only.
 */
import { labDefaults } from '../../../src/engine/lab/spec';
import { TASKS } from '../../../src/engine/tasks/registry';
import { formatShort } from '../../vis/format';
import { stepsDone } from '../../lab/labSelectors';
import type { AblationBatch } from '../../lab/ablationStore';
import {
  ABLATION_TEXT, compareWithPublished, measureEffect, PUBLISHED, type Ablation, type Effect, type Measured,
} from '../../lab/ablationVerdict';
import { EFFECT_TEXT } from './AblationPredictions';
import { METRIC_LABEL } from './ResultsTable';

const STATUS_TEXT = { queued: 'waiting for a worker', running: 'training', paused: 'paused', done: 'done', failed: 'failed', cancelled: 'stopped' } as const;
const AGREEMENT_TEXT = { matches: 'matches', close: 'one step off', differs: 'the other way' } as const;

function describeMeasured(m: Measured | null): string {
  if (!m) return '—';
  if (m.kind === 'no-reference') return 'no verdict (see below)';
  const share = !Number.isFinite(m.lost) ? 'diverged' : m.lost < 0 ? 'better than the full LSTM' : `${Math.round(m.lost * 100)} % of the progress lost`;
  return `${EFFECT_TEXT[m.effect]} (${share})`;
}

export interface AblationTableProps {
  batch: AblationBatch;
  predictions: Partial<Record<Ablation, Effect>>;
  /** Each ablation's effect in these runs (measureAll). */
  measured: Record<Ablation, Measured | null>;
  isVerdictShown: boolean;
}

export function AblationTable({ batch, predictions, measured: measuredAll, isVerdictShown }: AblationTableProps) {
  const { form } = batch;
  const task = TASKS[form.task];
  const baseline = task.baseline(form.length).metric;
  const full = batch.runs.find((r) => r.ablation === 'none')?.finished?.result.testMetric;
  // Whether the full LSTM learned enough to compare with: the same test for every row.
  const fullMeasured = full !== undefined ? measureEffect(task.metric, baseline, full, full) : null;
  return (
    <div className="lab-results-wrap" role="region" aria-label="Ablation results" tabIndex={0}>
      <table className="lab-results lab-ablation-results">
        <caption>
          LSTM on {task.title}, length {form.length}, preset {form.preset}, {form.steps} steps, seed 1, forget bias {form.forgetBias}:
          test {METRIC_LABEL[task.metric.name]} (baseline {formatShort(baseline)}). Hurting means losing part of the full LSTM’s
          progress from the baseline{task.metric.higherIsBetter ? '' : ' (on a log scale)'}: a lot from half of it, a little from 15 %.
        </caption>
        <thead>
          <tr>
            <th scope="col">Variant</th><th scope="col">Your prediction</th><th scope="col">Status</th>
            <th scope="col">Test {METRIC_LABEL[task.metric.name]}</th><th scope="col">Solved</th>
            <th scope="col">In this run</th><th scope="col">Greff et al. 2017</th><th scope="col">Your prediction vs the paper</th>
          </tr>
        </thead>
        <tbody>
          {batch.runs.map((run) => {
            const r = run.finished?.result;
            const ablation = run.ablation === 'none' ? null : run.ablation;
            const prediction = ablation ? predictions[ablation] : undefined;
            const measured = ablation ? measuredAll[ablation] : null;
            return (
              <tr key={run.ablation} data-ablation={run.ablation} data-status={run.status}>
                <th scope="row">{ablation ? ABLATION_TEXT[ablation].name : 'Full LSTM'}</th>
                <td>{ablation ? (prediction ? EFFECT_TEXT[prediction] : '—') : 'reference'}</td>
                <td>
                  {run.status === 'failed' ? <span className="lab-error">failed: {run.error}</span> : STATUS_TEXT[run.status]}
                  {run.status === 'running' && ` (${stepsDone(run)} of ${run.steps})`}
                </td>
                <td data-metric={r?.testMetric}>{r ? <span title={String(r.testMetric)}>{formatShort(r.testMetric)}</span> : '—'}</td>
                <td>{r ? (r.solved ? 'yes' : 'no') : '—'}</td>
                <td className="lab-wrap" data-measured={measured?.kind === 'effect' ? measured.effect : undefined}>{ablation ? describeMeasured(measured) : '—'}</td>
                <td className="lab-wrap" data-published={ablation && isVerdictShown ? PUBLISHED[ablation].effect : undefined}>
                  {!ablation ? '—' : isVerdictShown ? `${EFFECT_TEXT[PUBLISHED[ablation].effect]}: ${PUBLISHED[ablation].why}` : 'shown when every run is done'}
                </td>
                <td data-agreement={ablation && prediction && isVerdictShown ? compareWithPublished(prediction, ablation) : undefined}>
                  {ablation && prediction && isVerdictShown ? AGREEMENT_TEXT[compareWithPublished(prediction, ablation)] : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {fullMeasured?.kind === 'no-reference' && (
        <p className="muted lab-hint" data-no-reference>
          No verdict from these runs: {fullMeasured.why} (the lab form’s Steps field; the benchmark uses {labDefaults(form.task).steps}).
        </p>
      )}
    </div>
  );
}
