/**
 * A vector as a strip of coloured cells, one per unit, in a given rectangle. Pending values
 * (computed later in this step) are drawn as empty cells: one cover over the strip, not a new
 * look on every cell. Imports app/ only.
 *
 * At each time step every strip goes pending and then, one micro-step after another, shows its
 * new numbers. Blanking each cell restyled and re-laid-out some 200 rects in the step's frame
 * (traced at hidden 16: 661 elements restyled per time step, 533 with the cover); the cover is one
 * element, and the cells under it keep the colours they last showed until they are revealed.
 */
import { memo, useMemo } from 'react';
import type { Rect, Term } from './diagram';
import { fillOf, sameNumbers } from './diagramValues';
import { stripCells } from './geometry';

export interface UnitStripProps {
  rect: Rect;
  term: Term;
  values: Float64Array;
  isPending: boolean;
}

/** One closed outline per cell, as a single path: the empty cells of a pending strip. */
const coverPath = (cells: readonly Rect[]): string =>
  cells.map((c) => `M${c.x} ${c.y}h${c.w}v${c.h}h${-c.w}Z`).join('');

interface StripCellsProps {
  cells: readonly Rect[];
  term: Term;
  values: Float64Array;
  /** Under the cover: what it shows does not matter until it is revealed. */
  isCovered: boolean;
}

const StripCells = memo(
  function StripCells({ cells, term, values }: StripCellsProps) {
    return cells.map((c, k) => <rect key={k} x={c.x} y={c.y} width={c.w} height={c.h} fill={fillOf(term, values[k])} />);
  },
  // A covered strip keeps the cells it drew (React keeps the props of its last render to compare
  // with): new numbers are drawn once, when it is revealed.
  (a, b) => a.cells === b.cells && a.term === b.term && (b.isCovered || sameNumbers(a.values, b.values)),
);

function UnitStripView({ rect, term, values, isPending }: UnitStripProps) {
  const count = values.length;
  const cells = useMemo(() => stripCells(rect, Math.max(count, 1)), [rect, count]);
  const cover = useMemo(() => coverPath(cells), [cells]);
  return (
    <g className={`unit-strip${isPending ? ' is-pending' : ''}`} aria-hidden="true">
      <rect className="strip-frame" x={rect.x - 1.5} y={rect.y - 1.5} width={rect.w + 3} height={rect.h + 3} rx={2} />
      {count > 0 && (
        <>
          <StripCells cells={cells} term={term} values={values} isCovered={isPending} />
          <path className="strip-cover" d={cover} />
        </>
      )}
    </g>
  );
}

/** Redraws only when the numbers (not just the array) change. */
export const UnitStrip = memo(UnitStripView, (a, b) =>
  a.term === b.term && a.isPending === b.isPending && a.rect === b.rect &&
  sameNumbers(a.values, b.values),
);
