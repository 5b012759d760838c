/**
 * The value travelling along a lit wire: a dot moved and faded by one Web Animation.
 * Chromium runs a transform or opacity animation of an SVG element on its compositor thread only
 * when the element is a child of the <svg> itself (traced: inside a wire's group, 180 repaints
 * of the page in 1.8 s; at the top, 2), so the diagram draws these dots after its wires, not in
 * them, and a playing diagram costs the main thread nothing per frame. Each wire keeps its dot
 * (invisible while idle): a step starts animations, it does not create and remove elements.
 * Replayed whenever `travelKey` changes. Reduced motion hides it (CellDiagram.css) and skips the
 * animation. Imports app/ only.
 */
import { memo, useLayoutEffect, useRef } from 'react';
import type { Point } from './diagram';
import { pulseFrames } from './travel';

export interface TravelPulseProps {
  /** The id of the wire it travels along (the wire group's data-wire), as data-travels-on. */
  wire: string;
  points: readonly Point[];
  /** Changes with the cursor, to replay the travel; empty while the wire is idle or on a cut. */
  travelKey: string;
  delayMs: number;
  durationMs: number;
}

/** Made once: matching a media query at every mount showed in drag profiles. */
const reducedMotion = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
const prefersReducedMotion = () => reducedMotion?.matches ?? false;

export const TravelPulse = memo(function TravelPulse({ wire, points, travelKey, delayMs, durationMs }: TravelPulseProps) {
  const dot = useRef<SVGCircleElement>(null);
  useLayoutEffect(() => {
    const element = dot.current;
    // jsdom (unit tests) has no element.animate.
    if (travelKey === '' || !element || typeof element.animate !== 'function' || prefersReducedMotion()) return;
    const travel = element.animate(pulseFrames(points), { duration: durationMs, delay: delayMs, fill: 'both', easing: 'ease-in-out' });
    return () => travel.cancel();
  }, [points, travelKey, delayMs, durationMs]);
  return <circle ref={dot} className="wire-travel" data-travels-on={wire} r={4.5} />;
});
