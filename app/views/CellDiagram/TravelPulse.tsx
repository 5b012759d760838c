/**
 * The value travelling along a lit wire: a dot moved by a transform animation (Web Animations).
 * A transform or opacity animation on an SVG element runs on Chromium's compositor thread, so a
 * playing diagram costs the main thread nothing per frame; the stroke-dashoffset pulse it
 * replaces restyled and repainted the diagram at every frame (measured in traces). Remounted,
 * and so replayed, whenever the cursor moves. Reduced motion hides it (CellDiagram.css) and
 * skips the animation. Imports app/ only.
 */
import { useLayoutEffect, useRef } from 'react';
import type { Point } from './diagram';
import { TRAVEL_FADE, travelFrames } from './travel';

export interface TravelPulseProps {
  points: readonly Point[];
  delayMs: number;
  durationMs: number;
}

/** Made once: matching a media query at every mount showed in drag profiles. */
const reducedMotion = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
const prefersReducedMotion = () => reducedMotion?.matches ?? false;

export function TravelPulse({ points, delayMs, durationMs }: TravelPulseProps) {
  const dot = useRef<SVGCircleElement>(null);
  useLayoutEffect(() => {
    const element = dot.current;
    // jsdom (unit tests) has no element.animate.
    if (!element || typeof element.animate !== 'function' || prefersReducedMotion()) return;
    const timing: KeyframeAnimationOptions = { duration: durationMs, delay: delayMs, fill: 'both' };
    const move = element.animate(travelFrames(points), { ...timing, easing: 'ease-in-out' });
    const fade = element.animate(TRAVEL_FADE, timing);
    return () => {
      move.cancel();
      fade.cancel();
    };
  }, [points, delayMs, durationMs]);
  return <circle ref={dot} className="wire-travel" r={4.5} />;
}
