/**
 * A vector as a strip of coloured cells, one per unit, in a given rectangle. Pending values
 * (computed later in this step) are drawn as empty cells. Imports app/ only.
 */
import { memo } from 'react';
import type { Rect, Term } from './diagram';
import { fillOf, sameNumbers } from './diagramValues';
import { stripCells } from './geometry';

export interface UnitStripProps {
  rect: Rect;
  term: Term;
  values: Float64Array;
  isPending: boolean;
}

function UnitStripView({ rect, term, values, isPending }: UnitStripProps) {
  const cells = stripCells(rect, Math.max(values.length, 1));
  return (
    <g className={`unit-strip${isPending ? ' is-pending' : ''}`} aria-hidden="true">
      <rect className="strip-frame" x={rect.x - 1.5} y={rect.y - 1.5} width={rect.w + 3} height={rect.h + 3} rx={2} />
      {values.length > 0 &&
        cells.map((c, k) => (
          <rect key={k} x={c.x} y={c.y} width={c.w} height={c.h} fill={isPending ? 'none' : fillOf(term, values[k])} />
        ))}
    </g>
  );
}

/** Redraws only when the numbers (not just the array) change. */
export const UnitStrip = memo(UnitStripView, (a, b) =>
  a.term === b.term && a.isPending === b.isPending && a.rect === b.rect &&
  sameNumbers(a.values, b.values),
);
