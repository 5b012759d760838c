/**
 * One heatmap drawn on a <canvas> at the screen's device-pixel ratio. It repaints only when its
 * data (a new trace) or its size changes; the cursor marker lives in a separate element, so
 * playback never repaints. Imports app/ only.
 */
import { memo, useEffect, useRef } from 'react';
import { gateScale, valueScale } from '../../vis/palette';
import { buildLut, paintHeatmap } from './heatmapPaint';
import { useBoxSize } from './useBoxSize';

const LUTS = {
  gate: buildLut((v) => gateScale(v), 0, 1),
  value: buildLut((v) => valueScale(v), -1, 1),
};

export interface HeatmapCanvasProps {
  values: Float64Array; // (T, rows)
  steps: number;
  rows: number;
  scale: keyof typeof LUTS;
  /** The trace's version: a new trace repaints even if a buffer were reused. */
  traceVersion: number;
}

export const HeatmapCanvas = memo(function HeatmapCanvas({ values, steps, rows, scale, traceVersion }: HeatmapCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { width, height } = useBoxSize(canvas);
  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context || width === 0 || height === 0 || values.length < steps * rows) return;
    const ratio = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(width * ratio));
    const h = Math.max(1, Math.round(height * ratio));
    element.width = w;
    element.height = h;
    const image = context.createImageData(w, h);
    paintHeatmap(image.data, { values, steps, rows, width: w, height: h, lut: LUTS[scale] });
    context.putImageData(image, 0, 0);
  }, [values, steps, rows, scale, traceVersion, width, height]);
  return <canvas ref={canvas} className="tl-canvas" aria-hidden="true" />;
});
