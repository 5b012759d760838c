import { describe, expect, test } from 'vitest';
import { gateScale, valueScale } from '../../vis/palette';
import { buildLut, lutIndex, paintHeatmap, parseRgb } from './heatmapPaint';

const gateLut = buildLut((v) => gateScale(v), 0, 1);
const valueLut = buildLut((v) => valueScale(v), -1, 1);

function pixelAt(pixels: Uint8ClampedArray, width: number, x: number, y: number): number[] {
  const p = (y * width + x) * 4;
  return [...pixels.subarray(p, p + 4)];
}

describe('heatmap paint', () => {
  test('colours parse from the forms d3 writes', () => {
    expect(parseRgb('rgb(8, 48, 107)')).toEqual([8, 48, 107]);
    expect(parseRgb('#E69F00')).toEqual([230, 159, 0]);
    expect(() => parseRgb('teal')).toThrow(/not an rgb colour/);
  });

  test('the lookup table holds the scale colours at both ends of its domain', () => {
    expect([...gateLut.rgb.subarray(0, 3)]).toEqual(parseRgb(gateScale(0)));
    expect([...gateLut.rgb.subarray(255 * 3)]).toEqual(parseRgb(gateScale(1)));
    expect([...valueLut.rgb.subarray(0, 3)]).toEqual(parseRgb(valueScale(-1)));
  });

  test('values outside the domain clamp to its ends and NaN gets no entry', () => {
    expect(lutIndex(valueLut, -7)).toBe(0);
    expect(lutIndex(valueLut, 3)).toBe(255);
    expect(lutIndex(valueLut, 0)).toBe(128);
    expect(lutIndex(gateLut, 0.5)).toBe(128);
    expect(lutIndex(gateLut, Number.NaN)).toBe(-1);
  });

  test('each cell is painted with the colour of its own step and unit', () => {
    // 3 steps × 2 units, values (T, R): step t unit r = distinct gate values.
    const values = new Float64Array([0, 0.2, 0.4, 0.6, 0.8, 1]);
    const width = 30, height = 20;
    const pixels = new Uint8ClampedArray(width * height * 4);
    paintHeatmap(pixels, { values, steps: 3, rows: 2, width, height, lut: gateLut });
    for (let t = 0; t < 3; t++) {
      for (let r = 0; r < 2; r++) {
        const k = lutIndex(gateLut, values[t * 2 + r]);
        const expected = [...gateLut.rgb.subarray(k * 3, k * 3 + 3), 255];
        expect(pixelAt(pixels, width, t * 10 + 4, r * 10 + 4)).toEqual(expected);
      }
    }
  });

  test('wide cells leave a transparent one-pixel gap on their right and bottom edges', () => {
    const values = new Float64Array([0.5, 0.5, 0.5, 0.5]);
    const width = 20, height = 20;
    const pixels = new Uint8ClampedArray(width * height * 4);
    paintHeatmap(pixels, { values, steps: 2, rows: 2, width, height, lut: gateLut });
    expect(pixelAt(pixels, width, 9, 3)[3]).toBe(0);
    expect(pixelAt(pixels, width, 3, 9)[3]).toBe(0);
    expect(pixelAt(pixels, width, 8, 8)[3]).toBe(255);
    expect(pixelAt(pixels, width, 10, 10)[3]).toBe(255);
  });

  test('narrow cells fill every pixel so 200 steps still cover the whole map', () => {
    const steps = 200, rows = 64, width = 600, height = 128;
    const values = new Float64Array(steps * rows).map((_, k) => Math.sin(k));
    const pixels = new Uint8ClampedArray(width * height * 4);
    paintHeatmap(pixels, { values, steps, rows, width, height, lut: valueLut });
    let transparent = 0;
    for (let p = 3; p < pixels.length; p += 4) if (pixels[p] !== 255) transparent++;
    expect(transparent).toBe(0);
  });

  test('a NaN value paints mid grey instead of a scale colour', () => {
    const pixels = new Uint8ClampedArray(4 * 4 * 4);
    paintHeatmap(pixels, { values: new Float64Array([Number.NaN]), steps: 1, rows: 1, width: 4, height: 4, lut: gateLut });
    expect(pixelAt(pixels, 4, 1, 1)).toEqual([128, 128, 128, 255]);
  });
});
