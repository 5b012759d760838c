/**
 * Geometry of the timeline's heatmaps: columns are time steps 1..T, rows are units (or input
 * channels). Turns sizes into pixel edges, pointer coordinates into (step, row), and picks the
 * step-axis ticks. Pure: no DOM. Imports nothing.
 */

/** Where each of `count` equal bands starts along `extent` pixels, snapped to whole pixels: count + 1 edges. */
export function bandEdges(count: number, extent: number): Int32Array {
  const edges = new Int32Array(count + 1); // (count + 1)
  for (let k = 0; k <= count; k++) edges[k] = Math.round((k * extent) / count);
  return edges;
}

/** The 1-based time step under x (CSS px from the map's left edge); outside the map clamps to 1 or T. */
export function stepAtX(x: number, width: number, steps: number): number {
  if (width <= 0 || steps < 1) return 1;
  return Math.min(steps, Math.max(1, Math.floor((x / width) * steps) + 1));
}

/** The 0-based row (unit or channel) under y (CSS px from the map's top edge), clamped into the map. */
export function rowAtY(y: number, height: number, rows: number): number {
  if (height <= 0 || rows < 1) return 0;
  return Math.min(rows - 1, Math.max(0, Math.floor((y / height) * rows)));
}

/** A cell's box as fractions of the map (0..1), for CSS percentages: step is 1-based, row 0-based. */
export function cellBox(step: number, row: number, steps: number, rows: number) {
  return { left: (step - 1) / steps, top: row / rows, width: 1 / steps, height: 1 / rows };
}

/**
 * A map's height in CSS px (before the theme's scale): 12 px per row up to 8 rows (at least 18 px,
 * so a one-channel input stays easy to click); taller maps share 96–128 px so 64 units stay compact.
 */
export function mapHeight(rows: number): number {
  return rows <= 8 ? Math.max(18, rows * 12) : Math.min(128, Math.max(96, rows * 2));
}

/** Whether a band of this many device pixels is wide enough to spare one pixel as a gap between cells. */
export function hasGap(bandPx: number): boolean {
  return bandPx >= 6;
}

const TICK_INTERVALS = [1, 2, 5, 10, 20, 25, 50, 100];

/**
 * Step numbers to label under the maps: step 1, then every k-th step, with k the smallest
 * interval that keeps labels at least `minGap` CSS px apart across `width` (a multiple of k
 * too close to step 1 is skipped).
 */
export function stepTicks(steps: number, width: number, minGap = 32): number[] {
  if (steps < 1) return [];
  const perStep = width > 0 ? width / steps : 0;
  const k = TICK_INTERVALS.find((i) => i * perStep >= minGap) ?? steps;
  const ticks = [1];
  for (let t = k; t <= steps; t += k) if ((t - 1) * perStep >= minGap) ticks.push(t);
  return ticks;
}
