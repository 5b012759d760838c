/**
 * Where the travelling pulse of a lit wire is over time: one keyframe per corner of the wire's
 * polyline, at the fraction of the wire's length the corner lies at, so the pulse moves at one
 * speed. The transforms are in the diagram's viewBox units (CSS px on an SVG element are user
 * units). Pure; imports the diagram types only.
 */
import type { Point } from './diagram';

/** A type, not an interface, so it passes as a Web Animations Keyframe. */
export type TravelFrame = { offset: number; transform: string };

/** Keyframes that carry a point from the first corner of `points` to the last. */
export function travelFrames(points: readonly Point[]): TravelFrame[] {
  const lengths = [0];
  for (let k = 1; k < points.length; k++) {
    lengths.push(lengths[k - 1] + Math.hypot(points[k][0] - points[k - 1][0], points[k][1] - points[k - 1][1]));
  }
  const total = lengths[lengths.length - 1];
  return points.map(([x, y], k) => ({
    offset: total > 0 ? lengths[k] / total : k / Math.max(1, points.length - 1),
    transform: `translate(${x}px, ${y}px)`,
  }));
}

/** Fades the pulse in as it leaves and out as it arrives, so it never sits still on a node. */
const TRAVEL_FADE = [
  { offset: 0, opacity: 0 },
  { offset: 0.12, opacity: 1 },
  { offset: 0.85, opacity: 1 },
  { offset: 1, opacity: 0 },
];

/** A keyframe of the pulse's one animation: where it is and how visible, at `offset`. */
export type PulseFrame = TravelFrame & { opacity: number };

/** The value of a piecewise-linear function through `knots` ([x, y], x increasing) at x. */
function lerpAt(knots: readonly (readonly [number, number])[], x: number): number {
  const k = Math.max(1, knots.findIndex(([kx]) => kx >= x));
  const [x0, y0] = knots[k - 1], [x1, y1] = knots[Math.min(k, knots.length - 1)];
  return x1 > x0 ? y0 + ((y1 - y0) * (x - x0)) / (x1 - x0) : y1;
}

/** A wire's points never change (the layout is made once per cell), so its keyframes are made once. */
const made = new WeakMap<readonly Point[], PulseFrame[]>();

/**
 * The move and the fade as one list of keyframes (each with both properties), so a pulse takes
 * one animation, not two: a keyframe at every corner and at every change of the fade.
 */
export function pulseFrames(points: readonly Point[]): PulseFrame[] {
  const known = made.get(points);
  if (known) return known;
  const frames = makePulseFrames(points);
  made.set(points, frames);
  return frames;
}

function makePulseFrames(points: readonly Point[]): PulseFrame[] {
  const corners = travelFrames(points);
  const fade = TRAVEL_FADE.map(({ offset, opacity }) => [offset, opacity] as const);
  const offsets = [...new Set([...corners.map((f) => f.offset), ...fade.map(([o]) => o)])].sort((a, b) => a - b);
  const xs = corners.map((f, k) => [f.offset, points[k][0]] as const);
  const ys = corners.map((f, k) => [f.offset, points[k][1]] as const);
  return offsets.map((offset) => ({
    offset,
    transform: `translate(${lerpAt(xs, offset)}px, ${lerpAt(ys, offset)}px)`,
    opacity: lerpAt(fade, offset),
  }));
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
