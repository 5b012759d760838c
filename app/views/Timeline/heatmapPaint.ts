/**
 * Paints a heatmap into an RGBA pixel buffer (what a canvas's ImageData holds): every cell
 * (step, row) gets the colour of its value from a lookup table, with a one-pixel gap between
 * cells when they are big enough. Pure: no DOM. Imports the layout only.
 */
import { bandEdges, hasGap } from './heatmapLayout';

/** 256 colours sampled evenly over a scale's domain [lo, hi], as r g b triples. */
export interface ColorLut {
  rgb: Uint8ClampedArray; // (256, 3)
  lo: number;
  hi: number;
}

const LUT_SIZE = 256;
/** Cells whose value is not a number (never expected from the engine) show as mid grey. */
const NAN_RGB = [128, 128, 128] as const;

/** [r, g, b] of a CSS colour as d3 writes it: `rgb(r, g, b)` or `#rrggbb`. */
export function parseRgb(color: string): [number, number, number] {
  const m = /^rgb\((\d+), ?(\d+), ?(\d+)\)$/.exec(color);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  const h = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (h) return [parseInt(h[1], 16), parseInt(h[2], 16), parseInt(h[3], 16)];
  throw new Error(`not an rgb colour: ${color}`);
}

/** Samples `scale` at 256 points of [lo, hi]. */
export function buildLut(scale: (v: number) => string, lo: number, hi: number): ColorLut {
  const rgb = new Uint8ClampedArray(LUT_SIZE * 3); // (256, 3)
  for (let k = 0; k < LUT_SIZE; k++) rgb.set(parseRgb(scale(lo + ((hi - lo) * k) / (LUT_SIZE - 1))), k * 3);
  return { rgb, lo, hi };
}

/** The table entry for a value: clamped into the domain, rounded to the nearest sample; −1 for NaN. */
export function lutIndex(lut: ColorLut, v: number): number {
  if (Number.isNaN(v)) return -1;
  const k = Math.round(((v - lut.lo) / (lut.hi - lut.lo)) * (LUT_SIZE - 1));
  return Math.min(LUT_SIZE - 1, Math.max(0, k));
}

/** What to paint: values (T, R) row-major by step, into a w × h pixel buffer. */
export interface PaintJob {
  values: Float64Array; // (T, R)
  steps: number;
  rows: number;
  width: number; // device px
  height: number; // device px
  lut: ColorLut;
}

/**
 * Fills `pixels` (w · h · 4 bytes, RGBA) with the heatmap: columns are steps, rows are units
 * (row 0 on top). Gap pixels stay transparent so the panel's background shows between cells.
 */
export function paintHeatmap(pixels: Uint8ClampedArray, job: PaintJob): void {
  const { values, steps, rows, width, height, lut } = job;
  pixels.fill(0);
  const xs = bandEdges(steps, width);
  const ys = bandEdges(rows, height);
  const colGap = hasGap(width / steps) ? 1 : 0;
  const rowGap = hasGap(height / rows) ? 1 : 0;
  for (let t = 0; t < steps; t++) {
    const x0 = xs[t], x1 = xs[t + 1] - colGap;
    for (let r = 0; r < rows; r++) {
      const k = lutIndex(lut, values[t * rows + r]);
      const red = k < 0 ? NAN_RGB[0] : lut.rgb[k * 3];
      const green = k < 0 ? NAN_RGB[1] : lut.rgb[k * 3 + 1];
      const blue = k < 0 ? NAN_RGB[2] : lut.rgb[k * 3 + 2];
      for (let y = ys[r]; y < ys[r + 1] - rowGap; y++) {
        for (let x = x0, p = (y * width + x0) * 4; x < x1; x++, p += 4) {
          pixels[p] = red;
          pixels[p + 1] = green;
          pixels[p + 2] = blue;
          pixels[p + 3] = 255;
        }
      }
    }
  }
}
