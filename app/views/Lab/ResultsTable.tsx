/**
 * The results table: one row per (cell, seed) run with its test metric, whether the task counts
 * it solved, its size, wall time and time per step; live status while it trains. Full precision
 * in each number's title. Imports app/ only.
 */
import { TASKS } from '../../../src/engine/tasks/registry';
import { CELL_NAMES } from '../../store/microSteps';
import { formatShort } from '../../vis/format';
import type { LabBatch, LabRunState } from '../../lab/labStore';
import { stepsDone } from '../../lab/labSelectors';

export const METRIC_LABEL = { mse: 'MSE', accuracy: 'accuracy', 'cross-entropy': 'cross-entropy' } as const;

const STATUS_TEXT: Record<LabRunState['status'], string> = {
  queued: 'waiting for a worker', running: 'training', paused: 'paused', done: 'done', failed: 'failed', cancelled: 'cancelled',
};

function Num({ value, digits }: { value: number; digits?: number }) {
  return <span title={String(value)}>{digits === undefined ? formatShort(value) : value.toFixed(digits)}</span>;
}

export function ResultsTable({ batch }: { batch: LabBatch }) {
  const task = TASKS[batch.form.task];
  const metricName = METRIC_LABEL[task.metric.name];
  return (
    <div className="lab-results-wrap" role="region" aria-label="Results table" tabIndex={0}>
    <table className="lab-results">
      <caption>
        {task.title}, length {batch.form.length}, preset {batch.form.preset}: test {metricName} on the held-out set
        (baseline {formatShort(task.baseline(batch.form.length).metric)}); solved means {task.metric.solvedWhen}
      </caption>
      <thead>
        <tr>
          <th scope="col">Cell</th><th scope="col">Seed</th><th scope="col">Status</th><th scope="col">Units / parameters</th>
          <th scope="col">Steps</th><th scope="col">Test {metricName}</th><th scope="col">Solve rate</th><th scope="col">Solved</th>
          <th scope="col">Final loss</th><th scope="col">Wall time</th><th scope="col">Per step</th>
        </tr>
      </thead>
      <tbody>
        {batch.runs.map((run) => {
          const r = run.finished?.result;
          const last = run.points.at(-1);
          return (
            <tr key={run.id} data-run={`${run.cell}-${run.seed}`} data-status={run.status}>
              <th scope="row">{CELL_NAMES[run.cell]}</th>
              <td>{run.seed}</td>
              <td>{run.status === 'failed' ? <span className="lab-error">failed: {run.error}</span> : STATUS_TEXT[run.status]}</td>
              <td>{run.hiddenSize !== undefined ? `${run.hiddenSize} / ${run.parameters}` : '—'}</td>
              <td>{stepsDone(run)} of {run.steps}</td>
              <td data-metric={r?.testMetric}>{r ? <Num value={r.testMetric} /> : last ? <span className="muted" title="on the first 128 test sequences, so far">{formatShort(last.metric)} so far</span> : '—'}</td>
              <td>{r ? <Num value={r.solveRate} digits={2} /> : '—'}</td>
              <td>{r ? (r.solved ? 'yes' : 'no') : '—'}</td>
              <td data-final-loss={r?.finalLoss}>{r ? <Num value={r.finalLoss} /> : '—'}</td>
              <td>{r ? `${r.seconds.toFixed(1)} s` : last ? `${last.seconds.toFixed(1)} s so far` : '—'}</td>
              <td>{r && r.steps > 0 ? `${((r.seconds * 1000) / r.steps).toFixed(1)} ms` : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
    </div>
  );
}
