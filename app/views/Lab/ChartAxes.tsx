/**
 * Axes and sizing shared by the lab's charts (loss curves, gradient flow): a width that follows
 * the container so text stays at its CSS size, ticks that read well on a log scale (powers of
 * ten), grid lines and axis titles. Imports d3-scale types and app/ only.
 */
import type { ScaleContinuousNumeric } from 'd3-scale';
import { formatShort } from '../../vis/format';

export interface Margins { top: number; right: number; bottom: number; left: number }

/** The plot's height for a width: wide charts stay low enough to see the table under them. */
export const chartHeight = (width: number) => Math.round(Math.min(340, Math.max(220, width * 0.42)));

/** Powers of ten inside the domain when it spans two or more; otherwise the scale's own ticks. */
export function logAwareTicks(y: ScaleContinuousNumeric<number, number>, isLog: boolean, count = 5): number[] {
  if (!isLog) return y.ticks(count);
  const [a, b] = y.domain();
  const lo = Math.ceil(Math.log10(Math.min(a, b))), hi = Math.floor(Math.log10(Math.max(a, b)));
  if (hi - lo < 1) return y.ticks(count).filter((_, k, all) => all.length <= count || k % Math.ceil(all.length / count) === 0);
  const step = Math.ceil((hi - lo + 1) / 7);
  const out: number[] = [];
  for (let e = lo; e <= hi; e += step) out.push(10 ** e);
  return out;
}

interface AxesProps {
  x: ScaleContinuousNumeric<number, number>;
  y: ScaleContinuousNumeric<number, number>;
  yTicks: number[];
  width: number;
  height: number;
  margins: Margins;
  xTitle: string;
  yTitle: string;
}

/** Bottom and left axes with grid lines; decorative for assistive tech (the chart's label says it all). */
export function ChartAxes({ x, y, yTicks, width, height, margins: M, xTitle, yTitle }: AxesProps) {
  return (
    <g className="lab-axis" aria-hidden="true">
      {x.ticks(Math.max(2, Math.floor(width / 110))).map((t) => (
        <g key={`x${t}`} transform={`translate(${x(t)},0)`}>
          <line y1={height - M.bottom} y2={height - M.bottom + 5} />
          <text y={height - M.bottom + 18} textAnchor="middle">{t}</text>
        </g>
      ))}
      {yTicks.map((t) => (
        <g key={`y${t}`} transform={`translate(0,${y(t)})`}>
          <line x1={M.left - 5} x2={width - M.right} className="lab-grid" />
          <text x={M.left - 8} dy="0.32em" textAnchor="end">{formatShort(t)}</text>
        </g>
      ))}
      <line x1={M.left} x2={width - M.right} y1={height - M.bottom} y2={height - M.bottom} />
      <text x={(M.left + width - M.right) / 2} y={height - 6} textAnchor="middle">{xTitle}</text>
      <text transform={`translate(14,${(M.top + height - M.bottom) / 2}) rotate(-90)`} textAnchor="middle">{yTitle}</text>
    </g>
  );
}
