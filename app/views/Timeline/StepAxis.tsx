/**
 * The time axis under the maps: step numbers spaced to fit the width, and the cursor's step
 * standing out under the marker. Imports app/ only.
 */
import { useRef } from 'react';
import { stepTicks } from './heatmapLayout';
import { useBoxSize } from './useBoxSize';

export function StepAxis({ steps, t }: { steps: number; t: number }) {
  const axis = useRef<HTMLDivElement>(null);
  const { width } = useBoxSize(axis);
  const at = (step: number) => `${((step - 0.5) / steps) * 100}%`;
  return (
    <div ref={axis} className="tl-axis" aria-hidden="true">
      {stepTicks(steps, width).map((step) => (
        <span key={step} className="tl-tick" style={{ left: at(step) }}>{step}</span>
      ))}
      <span className="tl-axis-cursor" style={{ left: at(t) }}>{t}</span>
    </div>
  );
}
