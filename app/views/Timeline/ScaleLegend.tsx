/**
 * The key to the timeline's colours: the sequential 0..1 scale of the gates and the diverging
 * −1..1 scale of inputs, candidates and states. Imports app/ only.
 */
import { memo } from 'react';
import { gateScale, valueScale } from '../../vis/palette';

/** A CSS gradient through 11 evenly spaced colours of a scale over [lo, hi]. */
function ramp(scale: (v: number) => string, lo: number, hi: number): string {
  const stops = Array.from({ length: 11 }, (_, k) => scale(lo + ((hi - lo) * k) / 10));
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

const GATE_RAMP = ramp((v) => gateScale(v), 0, 1);
const VALUE_RAMP = ramp((v) => valueScale(v), -1, 1);

export const ScaleLegend = memo(function ScaleLegend() {
  return (
    <div className="tl-legend">
      <span className="tl-legend-item">
        <span>Gates (r z f i o)</span>
        <span className="tl-legend-scale">
          <span className="tl-legend-end">0</span>
          <span className="tl-ramp" style={{ background: GATE_RAMP }} aria-hidden="true" />
          <span className="tl-legend-end">1</span>
        </span>
      </span>
      <span className="tl-legend-item">
        <span>Input, candidates, states (x n g c h)</span>
        <span className="tl-legend-scale">
          <span className="tl-legend-end">−1</span>
          <span className="tl-ramp" style={{ background: VALUE_RAMP }} aria-hidden="true" />
          <span className="tl-legend-end">1</span>
        </span>
        <span className="muted">(beyond ±1: the end colour)</span>
      </span>
    </div>
  );
});
