/**
 * The cell diagram wired to the store: the cursor, parallel mode and speed in, the hover and
 * focus highlight both ways (shared with the equations and the vector rows). Imports app/ only.
 */
import { useCallback } from 'react';
import type { CellKind } from '../../../src/engine/types';
import type { CellResult } from '../../../src/worker/protocol';
import { useStore } from '../../store/store';
import { CellDiagramView } from './CellDiagramView';

export function CellDiagram({ cell, result }: { cell: CellKind; result: CellResult }) {
  const cursor = useStore((s) => s.cursor);
  const isParallel = useStore((s) => s.settings.isParallel);
  const speed = useStore((s) => s.settings.speed);
  const highlight = useStore((s) => (s.highlight?.cell === cell ? s.highlight.term : null));
  const setHighlight = useStore((s) => s.setHighlight);
  // Leaving clears the highlight only while it is still this term's (an equation may own it now).
  // Stable across renders, so the memoised wires skip the cursor's moves that do not concern them.
  const onTerm = useCallback((term: string, isOn: boolean) => {
    const current = useStore.getState().highlight;
    if (isOn) setHighlight({ cell, term });
    else if (current?.cell === cell && current.term === term) setHighlight(null);
  }, [cell, setHighlight]);
  return (
    <CellDiagramView
      cell={cell} result={result} cursor={cursor} isParallel={isParallel} speed={speed}
      highlight={highlight} onTerm={onTerm}
    />
  );
}
