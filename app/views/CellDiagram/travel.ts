/**
 * Where the travelling pulse of a lit wire is over time: one keyframe per corner of the wire's
 * polyline, at the fraction of the wire's length the corner lies at, so the pulse moves at one
 * speed; placed on the page by where the diagram's viewBox is drawn. Pure; imports the diagram
 * types only.
 */
import type { Point } from './diagram';

/** The share of the wire's length at which each corner of `points` lies (0 at the first, 1 at the last). */
export function cornerOffsets(points: readonly Point[]): number[] {
  const lengths = [0];
  for (let k = 1; k < points.length; k++) {
    lengths.push(lengths[k - 1] + Math.hypot(points[k][0] - points[k - 1][0], points[k][1] - points[k - 1][1]));
  }
  const total = lengths[lengths.length - 1];
  return lengths.map((length, k) => (total > 0 ? length / total : k / Math.max(1, points.length - 1)));
}

/** Fades the pulse in as it leaves and out as it arrives, so it never sits still on a node. */
const TRAVEL_FADE = [
  { offset: 0, opacity: 0 },
  { offset: 0.12, opacity: 1 },
  { offset: 0.85, opacity: 1 },
  { offset: 1, opacity: 0 },
];

/** Where the pulse is and how visible, at `offset` of its travel; x and y in viewBox units. */
export type PulsePoint = { offset: number; x: number; y: number; opacity: number };

/** A keyframe of the pulse's one animation, placed on the page (a Web Animations Keyframe). */
export type PulseFrame = { offset: number; transform: string; opacity: number };

/**
 * How the diagram's viewBox sits in the layer the pulses are drawn in: a point (x, y) of the
 * viewBox is at (left + scale·x, top + scale·y) CSS px of the layer.
 */
export interface Placement {
  scale: number;
  left: number;
  top: number;
}

/** The value of a piecewise-linear function through `knots` ([x, y], x increasing) at x. */
function lerpAt(knots: readonly (readonly [number, number])[], x: number): number {
  const k = Math.max(1, knots.findIndex(([kx]) => kx >= x));
  const [x0, y0] = knots[k - 1], [x1, y1] = knots[Math.min(k, knots.length - 1)];
  return x1 > x0 ? y0 + ((y1 - y0) * (x - x0)) / (x1 - x0) : y1;
}

/**
 * The move and the fade as one list of points (each with both), so a pulse takes one animation,
 * not two: a point at every corner and at every change of the fade.
 */
export function pulsePoints(points: readonly Point[]): PulsePoint[] {
  const corners = cornerOffsets(points);
  const fade = TRAVEL_FADE.map(({ offset, opacity }) => [offset, opacity] as const);
  const offsets = [...new Set([...corners, ...fade.map(([o]) => o)])].sort((a, b) => a - b);
  const xs = corners.map((offset, k) => [offset, points[k][0]] as const);
  const ys = corners.map((offset, k) => [offset, points[k][1]] as const);
  return offsets.map((offset) => ({ offset, x: lerpAt(xs, offset), y: lerpAt(ys, offset), opacity: lerpAt(fade, offset) }));
}

/** A wire's points never change (the layout is made once per cell): its pulse is made once. */
const pointsOf = new WeakMap<readonly Point[], PulsePoint[]>();
/** ... and placed once per placement (a new one after every resize). */
const placed = new WeakMap<readonly Point[], { placement: Placement; frames: PulseFrame[] }>();

/**
 * The keyframes of the pulse along `points`, placed on the page: moved to the point, and scaled
 * as the diagram is (the dot is drawn at the viewBox's size).
 */
export function pulseFrames(points: readonly Point[], placement: Placement): PulseFrame[] {
  const known = placed.get(points);
  if (known?.placement === placement) return known.frames;
  let pulse = pointsOf.get(points);
  if (!pulse) pointsOf.set(points, (pulse = pulsePoints(points)));
  const { scale, left, top } = placement;
  const frames = pulse.map(({ offset, x, y, opacity }) => ({
    offset, opacity, transform: `translate(${left + scale * x}px, ${top + scale * y}px) scale(${scale})`,
  }));
  placed.set(points, { placement, frames });
  return frames;
}

export interface CursorLike {
  t: number;
  micro: number;
}

/**
 * True when `next` is the micro-step (or, in parallel mode, the time step) right after
 * `previous`: only then do values travel. A seek, a jump or a step back is a cut; dragging the
 * time slider would otherwise start a new set of animations at every frame.
 */
export function isOneStepOn(previous: CursorLike, next: CursorLike): boolean {
  return (next.t === previous.t && next.micro === previous.micro + 1) || (next.t === previous.t + 1 && next.micro === 0);
}
