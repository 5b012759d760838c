/**
 * The live region narrating the current micro-step in words, with its values. Imports app/ only.
 */
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
  const text = status === 'error' && error ? `The engine could not compute this: ${error}` :
    narrate(cells, results, cursor.t, cursor.micro, isParallel, steps);
  return (
    <p className="narration" role="status" aria-live="polite">
      {text}
    </p>
  );
}
