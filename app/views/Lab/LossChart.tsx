/**
 * The live loss curves: the mean training loss at every progress point of each (cell, seed)
 * run, one colour and dash pattern per cell (so colour is never the only cue), with the task's
 * memoryless baseline drawn as a line. Linear or log scale. React draws the SVG; d3 supplies
 * the scales and the line shape. Imports app/ only.
 */
import { useRef } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import type { LabProgress } from '../../../src/engine/lab/run';
import { TASKS } from '../../../src/engine/tasks/registry';
import { CELL_NAMES } from '../../store/microSteps';
import { formatShort } from '../../vis/format';
import type { LabBatch } from '../../lab/labStore';
import { useBoxSize } from '../Timeline/useBoxSize';
import { LAB_CELL_STYLE } from './cellStyle';
import { ChartAxes, chartHeight, logAwareTicks } from './ChartAxes';

const M = { top: 12, right: 40, bottom: 44, left: 60 };

export function LossChart({ batch, isLogScale }: { batch: LabBatch; isLogScale: boolean }) {
  const frame = useRef<HTMLElement>(null);
  const W = Math.max(280, useBoxSize(frame).width || 640);
  const H = chartHeight(W);
  const { form, runs } = batch;
  const task = TASKS[form.task];
  const baseline = task.baseline(form.length);
  const points = runs.flatMap((r) => r.points);
  const losses = points.map((p) => p.loss).filter((v) => Number.isFinite(v) && v > 0);
  const lo = Math.min(baseline.loss, ...losses), hi = Math.max(baseline.loss, ...losses);
  const x = scaleLinear().domain([0, form.steps]).range([M.left, W - M.right]);
  const y = isLogScale
    ? scaleLog().domain([Math.max(lo, 1e-8) / 1.5, hi * 1.5]).range([H - M.bottom, M.top]).clamp(true)
    : scaleLinear().domain([0, hi * 1.1]).range([H - M.bottom, M.top]).clamp(true);
  const path = line<LabProgress>().defined((p) => Number.isFinite(p.loss) && p.loss > 0).x((p) => x(p.step)).y((p) => y(p.loss));
  const yTicks = logAwareTicks(y, isLogScale);
  const lossName = task.loss === 'mse' ? 'mean squared error' : 'cross-entropy';
  const summary = runs.map((r) => {
    const last = r.points.at(-1);
    return `${CELL_NAMES[r.cell]} seed ${r.seed}: ${last ? `loss ${formatShort(last.loss)} at step ${last.step}` : 'no point yet'}`;
  }).join('; ');
  return (
    <figure className="lab-chart" ref={frame}>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Training loss (${lossName}) against steps, ${isLogScale ? 'log' : 'linear'} scale. Baseline ${formatShort(baseline.loss)} (${baseline.description}). ${summary}.`}>
        <ChartAxes x={x} y={y} yTicks={yTicks} width={W} height={H} margins={M} xTitle="training step" yTitle={lossName} />
        <g className="lab-baseline" data-baseline={baseline.loss}>
          <line x1={M.left} x2={W - M.right} y1={y(baseline.loss)} y2={y(baseline.loss)} />
          <text x={M.left + 6} y={y(baseline.loss) - 6}>baseline</text>
        </g>
        {runs.map((r) => {
          const style = LAB_CELL_STYLE[r.cell];
          const last = r.points.at(-1);
          return (
            <g key={r.id} className="lab-curve" data-run={`${r.cell}-${r.seed}`} data-points={r.points.length} data-status={r.status}>
              <path d={path(r.points) ?? undefined} stroke={style.color} strokeDasharray={style.dash} fill="none" />
              {last && Number.isFinite(last.loss) && last.loss > 0 && (
                <text x={x(last.step) + 4} y={y(last.loss)} dy="0.32em" fill="currentColor">
                  {style.letter}{runs.filter((o) => o.cell === r.cell).length > 1 ? r.seed : ''}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="lab-legend">
        {[...new Set(runs.map((r) => r.cell))].map((cell) => (
          <span key={cell}>
            <svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke={LAB_CELL_STYLE[cell].color} strokeDasharray={LAB_CELL_STYLE[cell].dash} strokeWidth="2.5" /></svg>
            {LAB_CELL_STYLE[cell].letter} = {CELL_NAMES[cell]}
          </span>
        ))}
        <span><svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" className="lab-baseline-key" /></svg>baseline: {baseline.description} ({formatShort(baseline.loss)})</span>
      </figcaption>
    </figure>
  );
}
