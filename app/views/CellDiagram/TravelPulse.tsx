/**
 * The value travelling along a lit wire: a dot moved and faded by one Web Animation. An HTML
 * element over the diagram (TravelLayer), not an SVG circle in it: the compositor runs the
 * animation either way, but Blink still updates an animated element's style at every frame, and
 * for an SVG shape that also meant laying the diagram out again at every frame (traced: about
 * 290 SVG layouts a second while playing; playback +0.4–0.7 fps side by side). Each wire keeps
 * its dot (invisible while idle): a step starts animations, it does not create and remove
 * elements. Replayed whenever `travelKey` changes. Reduced motion hides it (CellDiagram.css) and
 * skips the animation. Imports app/ only.
 */
import { memo, useLayoutEffect, useRef } from 'react';
import type { Point } from './diagram';
import { pulseFrames, type Placement } from './travel';

export interface TravelPulseProps {
  /** The id of the wire it travels along (the wire group's data-wire), as data-travels-on. */
  wire: string;
  points: readonly Point[];
  /** Where the diagram is drawn in the layer (null if it is not laid out). */
  placement: () => Placement | null;
  /** Changes with the cursor, to replay the travel; empty while the wire is idle or on a cut. */
  travelKey: string;
  delayMs: number;
  durationMs: number;
}

/** Made once: matching a media query at every mount showed in drag profiles. */
const reducedMotion = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
const prefersReducedMotion = () => reducedMotion?.matches ?? false;

export const TravelPulse = memo(function TravelPulse({ wire, points, placement, travelKey, delayMs, durationMs }: TravelPulseProps) {
  const dot = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const element = dot.current;
    const where = placement();
    // jsdom (unit tests) has no element.animate.
    if (travelKey === '' || !element || !where || typeof element.animate !== 'function' || prefersReducedMotion()) return;
    const travel = element.animate(pulseFrames(points, where), { duration: durationMs, delay: delayMs, fill: 'both', easing: 'ease-in-out' });
    return () => travel.cancel();
  }, [points, placement, travelKey, delayMs, durationMs]);
  return <span ref={dot} className="wire-travel" data-travels-on={wire} />;
});
