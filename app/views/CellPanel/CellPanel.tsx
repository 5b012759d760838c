/**
 * One cell's column: its name, its diagram, and every vector of the current step in animation
 * order. Reads the trace at the cursor; computes nothing. Imports app/ only.
 *
 * A new trace is shown at a deferred priority (useDeferredValue): React renders it in slices of
 * a few ms, yielding between them, instead of one task of 40 ms or more for both columns (the
 * load's first numbers, and every recompute at hidden 64). Cursor moves stay immediate.
 */
import { useDeferredValue, useEffect } from 'react';
import type { CellKind } from '../../../src/engine/types';
import { hasMixedSizes, hiddenSizeOf } from '../../store/cellSizes';
import { CELL_NAMES, MICRO_STEPS } from '../../store/microSteps';
import { activeStep, isRevealed, quantityAt } from '../../store/selectors';
import { useStore } from '../../store/store';
import { CellDiagram } from '../CellDiagram/CellDiagram';
import { markFirstTraceDrawn } from '../firstTraceMark';
import { forcedUnitsAt } from './forcedUnits';
import { VectorRow } from './VectorRow';

export function CellPanel({ cell }: { cell: CellKind }) {
  const result = useDeferredValue(useStore((s) => s.results[cell]));
  useEffect(() => {
    if (result) markFirstTraceDrawn();
  }, [result]);
  const cursor = useStore((s) => s.cursor);
  const isParallel = useStore((s) => s.settings.isParallel);
  const linkedTerm = useStore((s) => (s.highlight?.cell === cell ? s.highlight.term : null));
  // Columns of different sizes (imported or trained cells) say how many units each has.
  const units = useStore((s) => (hasMixedSizes(s.settings) ? hiddenSizeOf(s.settings, cell) : null));
  const active = activeStep(cell, cursor.micro, isParallel);
  const name = CELL_NAMES[cell];
  return (
    <section className="cell-panel" data-cell={cell} aria-label={`${name} cell`}>
      <h2>{name}{units !== null && <span className="cell-units"> · {units} units</span>}</h2>
      {!result ? (
        <p className="muted">Computing…</p>
      ) : cursor.t > result.trace.steps ? null : (
        <>
          <CellDiagram cell={cell} result={result} />
          <div className="vectors">
            {MICRO_STEPS[cell].map(({ quantity, label }) => (
              <VectorRow
                key={quantity}
                cell={cell}
                quantity={quantity}
                label={label}
                step={cursor.t}
                values={quantityAt(result, quantity, cursor.t)!}
                isActive={active?.quantity === quantity}
                isLinked={linkedTerm === quantity}
                isRevealed={isRevealed(cell, quantity, cursor.micro, isParallel)}
                forcedUnits={forcedUnitsAt(result, quantity, cursor.t)}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
