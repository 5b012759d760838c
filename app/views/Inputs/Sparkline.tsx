/**
 * One input channel over time as a draggable line: drag a point up or down to change x_t,
 * or focus the line and use ← → to pick a step and ↑ ↓ to change it by 0.1. Each point carries
 * data-input-step and data-value. Imports app/ and d3-scale/d3-shape.
 */
import { memo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { formatFull, formatShort } from '../../vis/format';
import { roundInput } from './sequence';

export interface SparklineProps {
  channel: number;
  values: number[]; // (T) this channel's values
  onChange: (t: number, value: number) => void; // t is 0-based
}

const WIDTH = 320, HEIGHT = 72, PAD = 8;

export const Sparkline = memo(function Sparkline({ channel, values, onChange }: SparklineProps) {
  const svg = useRef<SVGSVGElement>(null);
  const [focusStep, setFocusStep] = useState(0);
  const [dragging, setDragging] = useState<number | null>(null);
  const lo = Math.min(-1, ...values), hi = Math.max(1, ...values);
  const x = scaleLinear().domain([0, Math.max(1, values.length - 1)]).range([PAD, WIDTH - PAD]);
  const y = scaleLinear().domain([lo, hi]).range([HEIGHT - PAD, PAD]);
  const path = line<number>().x((_, t) => x(t)).y((v) => y(v))(values) ?? '';
  const valueAt = (event: PointerEvent) => {
    const box = svg.current!.getBoundingClientRect();
    const py = ((event.clientY - box.top) / box.height) * HEIGHT;
    return roundInput(Math.min(hi, Math.max(lo, y.invert(py))));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const t = Math.min(focusStep, values.length - 1);
    const moves: Record<string, () => void> = {
      ArrowLeft: () => setFocusStep(Math.max(0, t - 1)),
      ArrowRight: () => setFocusStep(Math.min(values.length - 1, t + 1)),
      ArrowUp: () => onChange(t, roundInput(values[t] + 0.1)),
      ArrowDown: () => onChange(t, roundInput(values[t] - 0.1)),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    event.stopPropagation();
    move();
  };
  const t = Math.min(focusStep, values.length - 1);
  return (
    <svg
      ref={svg} className="sparkline" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} tabIndex={0} data-own-keys=""
      role="slider" aria-label={`Input channel ${channel}: step ${t + 1}`}
      aria-valuemin={lo} aria-valuemax={hi} aria-valuenow={values[t]} aria-valuetext={`x[${t + 1}][${channel}] = ${formatFull(values[t])}`}
      onKeyDown={onKeyDown}
      onPointerMove={(e) => { if (dragging !== null) onChange(dragging, valueAt(e)); }}
      onPointerUp={() => setDragging(null)}
    >
      <line className="zero" x1={PAD} x2={WIDTH - PAD} y1={y(0)} y2={y(0)} />
      <path d={path} className="trace" />
      {values.map((v, k) => (
        <circle
          key={k} cx={x(k)} cy={y(v)} r={k === t ? 5 : 3.5}
          className={k === t ? 'point is-focus' : 'point'}
          data-input-step={k + 1} data-channel={channel} data-value={formatFull(v)}
          onPointerDown={(e) => {
            (e.currentTarget.ownerSVGElement ?? e.currentTarget).setPointerCapture?.(e.pointerId);
            setDragging(k);
            setFocusStep(k);
          }}
        >
          <title>{`x[${k + 1}][${channel}] = ${formatShort(v)}`}</title>
        </circle>
      ))}
    </svg>
  );
});
