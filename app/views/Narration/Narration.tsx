/**
 * The live region narrating the current micro-step in words, with its values. Imports app/ only.
 */
import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store/store';
import { narrate } from './narrate';

export function Narration() {
  const { cells, results, cursor, isParallel, steps, status, error } = useStore(
    useShallow((s) => ({
      cells: s.settings.cells, results: s.results, cursor: s.cursor,
      isParallel: s.settings.isParallel, steps: s.settings.steps, status: s.traceStatus, error: s.traceError,
    })),
  );
  // A new trace is read at the cell columns' deferred priority (CellPanel.tsx), so the words and
  // the diagrams change in the same commit.
  const shownResults = useDeferredValue(results);
  const text = status === 'error' && error ? `The engine could not compute this: ${error}` :
    narrate(cells, shownResults, cursor.t, cursor.micro, isParallel, steps);
  return (
    <p className="narration" role="status" aria-live="polite">
      {text}
    </p>
  );
}
