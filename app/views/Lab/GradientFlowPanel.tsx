/**
 * Gradient flow (LESSON.md slide 6, claim 5 "mitigates, not prevents"): how far back the loss's
 * gradient, the last state's dependence on the inputs, or the gated copy path reach, for the
 * tanh RNN, the GRU and the LSTM, at initialisation (computed in a worker for the lab form's
 * task, with a forget-bias slider) or after training (from the finished runs of the current
 * batch). Imports app/ only.
 */
import { memo, useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { GradientFlow } from '../../../src/engine/lab/gradflow';
import { TASKS } from '../../../src/engine/tasks/registry';
import type { CellKind } from '../../../src/engine/types';
import type { LabFinished } from '../../../src/worker/labProtocol';
import { CELL_NAMES } from '../../store/microSteps';
import { formatShort } from '../../vis/format';
import { LAB_CELL_ORDER } from '../../lab/labForm';
import { useLab } from '../../lab/labStore';
import {
  describeSeries, FLOW_QUANTITIES, FLOW_QUANTITY_TEXT, flowValues, PATH_MEANING, type FlowQuantity, type FlowSeries,
} from '../../lab/flowSeries';
import { FlowChart } from './FlowChart';
import { FlowTable } from './FlowTable';
import { useInitFlows } from './useInitFlows';

/** The slider's range: wide enough for slide 6's 0 / 1 / 2 / 3 and for "what if it were negative?". */
export const FLOW_FORGET_BIAS = { min: -2, max: 5, step: 0.5 } as const;

const NO_RUNS: LabFinished[] = [];

const clampBias = (b: number) =>
  Math.min(FLOW_FORGET_BIAS.max, Math.max(FLOW_FORGET_BIAS.min, Math.round(b / FLOW_FORGET_BIAS.step) * FLOW_FORGET_BIAS.step));

function seriesOf(flows: Partial<Record<CellKind, GradientFlow>>, quantity: FlowQuantity): FlowSeries[] {
  return LAB_CELL_ORDER.flatMap((cell) => {
    const flow = flows[cell];
    return flow ? [describeSeries(cell, flowValues(flow, quantity))] : [];
  });
}

/** Memoised: the lab view re-renders on every progress point of the main batch; this panel reads the store itself. */
export const GradientFlowPanel = memo(function GradientFlowPanel() {
  const id = useId();
  const form = useLab((s) => s.form);
  const finished = useLab(useShallow((s) => s.batch?.runs.flatMap((r) => (r.finished ? [r.finished] : [])) ?? NO_RUNS));
  const [chosenView, setView] = useState<'init' | 'trained'>('init');
  const [quantity, setQuantity] = useState<FlowQuantity>('loss');
  const [forgetBias, setForgetBias] = useState(() => clampBias(form.forgetBias));
  const [chosenSeed, setSeed] = useState(1);
  const [isTableShown, setTableShown] = useState(false);

  const hasTrained = finished.length > 0;
  const view = hasTrained ? chosenView : 'init';
  const seeds = useMemo(
    () => (view === 'trained' ? [...new Set(finished.map((f) => f.spec.seed))].sort((a, b) => a - b) : Array.from({ length: form.seeds }, (_, k) => k + 1)),
    [view, finished, form.seeds],
  );
  const seed = seeds.includes(chosenSeed) ? chosenSeed : seeds[0];

  const init = useInitFlows({ task: form.task, length: form.length, preset: form.preset, seed: view === 'init' ? seed : 1, forgetBias });
  const trainedRuns = useMemo(() => finished.filter((f) => f.spec.seed === seed), [finished, seed]);
  const trainedFlows = useMemo(() => Object.fromEntries(trainedRuns.map((f) => [f.spec.cell, f.flowTrained])), [trainedRuns]);
  const atInitOfRuns = useMemo(() => Object.fromEntries(trainedRuns.map((f) => [f.spec.cell, f.flowAtInit])), [trainedRuns]);

  const series = useMemo(
    () => (view === 'trained' ? seriesOf(trainedFlows, quantity) : init.flows ? seriesOf(init.flows, quantity) : []),
    [view, trainedFlows, init.flows, quantity],
  );
  const runsBefore = useMemo(() => (view === 'trained' ? seriesOf(atInitOfRuns, quantity) : []), [view, atInitOfRuns, quantity]);

  const shownTask = view === 'trained' ? trainedRuns[0]?.spec : init.query;
  const when = view === 'trained'
    ? `after training (${trainedRuns[0]?.result.steps ?? 0} updates, seed ${seed})`
    : `at initialisation (seed ${init.query?.seed ?? seed}, LSTM forget bias ${init.query?.forgetBias ?? forgetBias})`;
  const missing = view === 'trained' ? LAB_CELL_ORDER.filter((c) => !trainedFlows[c]) : [];
  // No "length" or "steps" here: the chart's name must not match the lab form's field labels.
  const context = shownTask ? `${TASKS[shownTask.task].title}, T = ${TASKS[shownTask.task].stepsFor(shownTask.length)}, test sequence 1` : '';

  return (
    <section className="panel lab-flow" aria-labelledby={`${id}-title`} data-flow-view={view} data-flow-quantity={quantity}>
      <h3 id={`${id}-title`}>Gradient flow: how far back does the training signal reach?</h3>
      <p className="lab-note">
        The loss is measured at the end of the sequence, so to learn that an early input matters a model needs its gradient
        to survive the walk back. Read each curve from the right: a steep fall means the signal dies within a few steps; a
        flat curve carries it across the sequence. The gates only <em>mitigate</em> vanishing: at initialisation ∏f is
        about σ(forget bias) to the power of the steps, so the forget bias sets the LSTM’s reach, and training has to push
        f (and the GRU’s z) towards 1.
      </p>
      <div className="lab-flow-controls">
        <fieldset className="lab-flow-view">
          <legend>Model</legend>
          <label className="check">
            <input type="radio" name={`${id}-view`} checked={view === 'init'} onChange={() => setView('init')} />
            <span>At initialisation</span>
          </label>
          <label className="check">
            <input type="radio" name={`${id}-view`} checked={view === 'trained'} disabled={!hasTrained} onChange={() => setView('trained')} />
            <span>After training</span>
          </label>
        </fieldset>
        <label>
          <span>Quantity</span>
          <select value={quantity} onChange={(e) => setQuantity(e.target.value as FlowQuantity)}>
            {FLOW_QUANTITIES.map((q) => <option key={q} value={q}>{FLOW_QUANTITY_TEXT[q].label}</option>)}
          </select>
        </label>
        {seeds.length > 1 && (
          <label>
            <span>Seed</span>
            <select value={seed} onChange={(e) => setSeed(Number(e.target.value))}>
              {seeds.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          </label>
        )}
        {view === 'init' ? (
          <div className="lab-flow-bias">
            <span>
              <label htmlFor={`${id}-bias`}>Forget bias (LSTM, at init)</label>: <output htmlFor={`${id}-bias`}>{forgetBias}</output>
            </span>
            <input
              id={`${id}-bias`} type="range" min={FLOW_FORGET_BIAS.min} max={FLOW_FORGET_BIAS.max} step={FLOW_FORGET_BIAS.step}
              value={forgetBias} onChange={(e) => setForgetBias(Number(e.target.value))}
            />
          </div>
        ) : (
          <p className="muted lab-flow-trained-note">LSTM trained with forget bias {trainedRuns.find((f) => f.spec.cell === 'lstm')?.spec.forgetBias ?? '—'}</p>
        )}
        <span role="status" className="muted lab-flow-status">{view === 'init' && init.isComputing ? 'Computing in a worker…' : ''}</span>
      </div>
      {!hasTrained && <p className="muted lab-flow-none">After training: no run of this batch has finished yet, so only the view at initialisation is available.</p>}
      {init.error && view === 'init' && <p className="lab-error" role="alert">The gradient flow could not be computed: {init.error}</p>}
      {series.length > 0 && (
        <>
          <FlowChart series={series} quantity={quantity} when={`${when}, ${context}`} />
          {quantity === 'path' && (
            <ul className="lab-flow-path muted">
              {series.map((s) => <li key={s.cell}>{CELL_NAMES[s.cell]}: {PATH_MEANING[s.cell]}</li>)}
            </ul>
          )}
          {missing.length > 0 && <p className="muted">Not finished for seed {seed}: {missing.map((c) => CELL_NAMES[c]).join(', ')}.</p>}
          {runsBefore.length > 0 && (
            <p className="lab-flow-before">
              The same models at initialisation kept:{' '}
              {runsBefore.map((s, k) => (
                <span key={s.cell} data-before-cell={s.cell}>
                  {k > 0 ? '; ' : ''}{CELL_NAMES[s.cell]} <span title={String(s.kept)}>{Number.isFinite(s.kept) ? formatShort(s.kept) : '—'}</span>
                </span>
              ))}
              {' '}at t = 1.
            </p>
          )}
          <label className="check">
            <input type="checkbox" checked={isTableShown} onChange={(e) => setTableShown(e.target.checked)} />
            <span>Table of numbers (full precision)</span>
          </label>
          {isTableShown && <FlowTable series={series} caption={`${FLOW_QUANTITY_TEXT[quantity].axis} ${when}, ${context}`} />}
        </>
      )}
    </section>
  );
});
