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
export const TRAVEL_FADE = [
  { offset: 0, opacity: 0 },
  { offset: 0.12, opacity: 1 },
  { offset: 0.85, opacity: 1 },
  { offset: 1, opacity: 0 },
];

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
