/**
 * The layer over a cell diagram that the travelling dots are drawn in (TravelPulse): one dot per
 * wire. It keeps where the diagram's viewBox is drawn in it (scale and offset, from the SVG's
 * screen matrix), measured when either is resized, so starting a dot does not force a layout
 * (only a dot started before the first measurement measures, once).
 * Decorative: hidden from assistive technology (the narration says what moves). Imports app/ only.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { Wire } from './diagram';
import type { Placement } from './travel';
import { TravelPulse } from './TravelPulse';

export interface TravelLayerProps {
  svg: RefObject<SVGSVGElement | null>;
  wires: readonly Wire[];
  /** A wire's stage in the current micro-step (its dot leaves after `stage` stages), if it is lit. */
  stageOf: (wireId: string) => number | undefined;
  travelKey: string;
  stageMs: number;
}

/** Where `svg`'s viewBox is drawn, relative to `layer`; null if the SVG is not laid out. */
function placementIn(svg: SVGSVGElement, layer: HTMLElement): Placement | null {
  const matrix = svg.getScreenCTM();
  if (!matrix) return null;
  const box = layer.getBoundingClientRect();
  return { scale: matrix.a, left: matrix.e - box.left, top: matrix.f - box.top };
}

export function TravelLayer({ svg, wires, stageOf, travelKey, stageMs }: TravelLayerProps) {
  const layer = useRef<HTMLDivElement>(null);
  const placement = useRef<Placement | null>(null);
  const placementNow = useCallback(() => {
    if (placement.current === null && svg.current && layer.current) placement.current = placementIn(svg.current, layer.current);
    return placement.current;
  }, [svg]);
  useEffect(() => {
    const drawing = svg.current, element = layer.current;
    if (!drawing || !element || typeof ResizeObserver !== 'function') return;
    // Called once the observed boxes have their first size, and after every resize.
    const observer = new ResizeObserver(() => (placement.current = placementIn(drawing, element)));
    observer.observe(drawing);
    observer.observe(element);
    return () => observer.disconnect();
  }, [svg]);
  return (
    <div ref={layer} className="travel-layer" aria-hidden="true">
      {wires.map((w) => {
        const stage = travelKey === '' ? undefined : stageOf(w.id);
        return (
          <TravelPulse
            key={w.id} wire={w.id} points={w.points} placement={placementNow}
            travelKey={stage === undefined ? '' : travelKey}
            delayMs={(stage ?? 0) * stageMs} durationMs={stage === undefined ? 0 : stageMs * 1.5}
          />
        );
      })}
    </div>
  );
}
