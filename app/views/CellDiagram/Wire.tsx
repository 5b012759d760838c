/**
 * One wire of a cell diagram: a rounded path with its arrowhead and a wide invisible hit path for
 * hovering. The dot that travels along a lit wire is drawn apart (TravelPulse): an animation
 * inside this group would repaint the page at every frame. Imports app/ only.
 */
import { memo, type CSSProperties } from 'react';
import type { Point, Wire as WireShape } from './diagram';
import { arrowHead, roundedPath, trimEnd } from './geometry';

const NO_GAPS: readonly Point[] = [];

export interface WireProps {
  wire: WireShape;
  /** The travel stage when lit (0 = first), or null when the wire is idle at this micro-step. */
  stage: number | null;
  /** Some part of the diagram is lit, so idle wires dim. */
  isDimmed: boolean;
  /** The wire carries the highlighted term. */
  isLinked: boolean;
  /** Gate colour of the value it carries, when it leaves a gate. */
  color: string | null;
  /** Where a gap is cut around crossings (bridges only). */
  gaps?: readonly Point[];
  /** The pointer entered (true) or left (false) a wire that carries `term`. */
  onHover: (term: string, isOver: boolean) => void;
}

/** Memoised: a micro-step redraws only the wires whose light or dimming changes. */
export const Wire = memo(function Wire({ wire, stage, isDimmed, isLinked, color, gaps = NO_GAPS, onHover }: WireProps) {
  const d = roundedPath(wire.hasArrow ? trimEnd(wire.points, 4) : wire.points);
  const isLit = stage !== null;
  const term = wire.terms[0] ?? null;
  const className = ['wire', isLit ? 'is-lit' : isDimmed ? 'is-dim' : '', isLinked ? 'is-linked' : '']
    .filter(Boolean).join(' ');
  return (
    <g className={className} style={color ? ({ '--wire-color': color } as CSSProperties) : undefined} data-wire={wire.id}>
      {gaps.map(([x, y]) => {
        const horizontal = wire.points.some(([, py], k) => k > 0 && py === y && wire.points[k - 1][1] === y);
        return horizontal
          ? <line key={`${x},${y}`} className="wire-gap" x1={x - 7} y1={y} x2={x + 7} y2={y} />
          : <line key={`${x},${y}`} className="wire-gap" x1={x} y1={y - 7} x2={x} y2={y + 7} />;
      })}
      <path className="wire-line" d={d} />
      {wire.hasArrow && <polygon className="wire-arrow" points={arrowHead(wire.points)} />}
      {term && (
        <path
          className="wire-hit" d={d}
          onPointerEnter={() => onHover(term, true)} onPointerLeave={() => onHover(term, false)}
        />
      )}
    </g>
  );
});
