/**
 * The gradient-flow chart (LESSON.md slide 6): one quantity over t = 1..T on a log scale, a
 * curve per cell with its colour, dash pattern and letter. The loss acts at the last step, so
 * read it from the right: how far left does each curve stay high? Each curve's group carries
 * the full-precision values (`data-flow-cell`, `data-values`) for tests and scripts. React
 * draws the SVG; d3 supplies the scales and the line shape. Imports app/ only.
 */
import { useMemo, useRef } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { CELL_NAMES } from '../../store/microSteps';
import { formatShort } from '../../vis/format';
import { FLOW_QUANTITY_TEXT, logDomain, REACH_SHARE, summariseSeries, type FlowQuantity, type FlowSeries } from '../../lab/flowSeries';
import { useBoxSize } from '../Timeline/useBoxSize';
import { LAB_CELL_STYLE } from './cellStyle';
import { ChartAxes, chartHeight, logAwareTicks } from './ChartAxes';

// A wide left margin: tick labels like 1e−10 stay clear of the axis title at the projector's type size.
const M = { top: 12, right: 24, bottom: 44, left: 84 };

export interface FlowChartProps {
  series: FlowSeries[];
  quantity: FlowQuantity;
  /** "at initialisation (seed 1, LSTM forget bias 1), Adding problem, T = 50": part of the chart's name. */
  when: string;
}

export function FlowChart({ series, quantity, when }: FlowChartProps) {
  const frame = useRef<HTMLElement>(null);
  const W = Math.max(280, useBoxSize(frame).width || 640);
  const H = chartHeight(W);
  const T = series[0]?.values.length ?? 1;
  const range = useMemo(() => logDomain(series.map((s) => s.values)), [series]);
  const summary = useMemo(() => summariseSeries(series, CELL_NAMES), [series]);
  const x = scaleLinear().domain([1, Math.max(2, T)]).range([M.left, W - M.right]);
  const y = scaleLog().domain(range?.domain ?? [1e-3, 1]).range([H - M.bottom, M.top]).clamp(true);
  const floor = y.domain()[0];
  // Zeros (underflow) and values below the chart's floor run along its bottom edge.
  const at = (v: number) => y(v > floor ? v : floor);
  const path = line<number>().defined((v) => Number.isFinite(v)).x((_, k) => x(k + 1)).y(at);
  const axis = FLOW_QUANTITY_TEXT[quantity].axis;
  return (
    <figure className="lab-chart lab-flow-chart" ref={frame}>
      <svg
        width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img"
        aria-label={`Gradient flow ${when}: ${axis} over t = 1 to ${T} on a logarithmic axis. ${summary}.`}
      >
        <ChartAxes x={x} y={y} yTicks={logAwareTicks(y, true)} width={W} height={H} margins={M} xTitle="time step t" yTitle={axis} />
        {series.map((s) => {
          const style = LAB_CELL_STYLE[s.cell];
          const first = s.values[0];
          return (
            <g
              key={s.cell} className="lab-curve" data-flow-cell={s.cell} data-values={Array.from(s.values, String).join(' ')}
              data-kept={String(s.kept)} data-reach={s.reach}
            >
              <path d={path(Array.from(s.values)) ?? undefined} stroke={style.color} strokeDasharray={style.dash} fill="none" />
              {Number.isFinite(first) && (
                <text x={x(1) + 4} y={at(first) - 6} fill="currentColor" className="lab-flow-letter">{style.letter}</text>
              )}
            </g>
          );
        })}
        {range?.isClipped && (
          <text x={W - M.right} y={H - M.bottom - 6} textAnchor="end" className="lab-flow-floor">
            below {formatShort(floor)}: drawn on the bottom edge
          </text>
        )}
      </svg>
      <figcaption className="lab-legend">
        {series.map((s) => {
          const style = LAB_CELL_STYLE[s.cell];
          return (
            <span key={s.cell} data-legend-cell={s.cell}>
              <svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke={style.color} strokeDasharray={style.dash} strokeWidth="2.5" /></svg>
              <span>
                {style.letter} = {CELL_NAMES[s.cell]}: keeps <span title={String(s.kept)}>{Number.isFinite(s.kept) ? formatShort(s.kept) : '—'}</span> at t = 1,
                {' '}≥ {REACH_SHARE * 100} % for {s.reach >= T - 1 ? `all ${T - 1}` : s.reach} step{s.reach === 1 ? '' : 's'} back
              </span>
            </span>
          );
        })}
      </figcaption>
    </figure>
  );
}
