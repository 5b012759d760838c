/**
 * The equation panel's content, in its own chunk (loaded as the panel mounts, so the first
 * screen's script stays small): the controls and each shown cell's equations, plain text until
 * KaTeX has loaded and typeset them. The views change with the time step, the unit and the
 * conventions, not with the micro-step, so stepping within a time step redraws no equation.
 * Imports app/ only.
 */
import { useDeferredValue, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store/store';
import { CellEquations } from './CellEquations';
import { cellView, texOfViews } from './cellView';
import { EquationControls } from './EquationControls';
import { useKatex } from './useKatex';
import { useIdleCount } from '../stagedMount';
import { useHeldOffscreen } from '../useHeldOffscreen';
import './Equations.css';

export default function EquationPanelBody() {
  const { cells, results, cursor, notation, reset, unit } = useStore(
    useShallow((s) => ({
      cells: s.settings.cells, results: s.results, cursor: s.cursor,
      notation: s.settings.notation, reset: s.settings.reset, unit: s.settings.unit,
    })),
  );
  // Below the fold the equations (numbers and highlighted line) wait while playback runs
  // (useHeldOffscreen). They follow the time step at a lower priority: a drag of the time slider
  // or playback redraws the diagrams first, and a newer move interrupts the equations' redraw.
  const body = useRef<HTMLDivElement>(null);
  const shown = useHeldOffscreen(cursor, body);
  const shownT = useDeferredValue(shown.t);
  // A new trace too, as in the cell columns (CellPanel.tsx): both show it in the same commit.
  const shownResults = useDeferredValue(results);
  const views = useMemo(
    () => cells.map((cell) => cellView(cell, shownResults[cell], { t: shownT, notation, reset, unit })),
    [cells, shownResults, shownT, notation, reset, unit],
  );
  const tex = useMemo(() => texOfViews(views), [views]);
  const status = useKatex(tex);
  // KaTeX replaces the plain text one equation per idle moment (then all at once for good):
  // swapping its ~2,700 elements in together was a 50–80 ms frame while the page loads.
  const total = views.reduce((n, view) => n + view.equations.length, 0);
  const staged = useIdleCount(status === 'ready', total);
  const hasTypesetAll = useRef(false);
  if (staged >= total && status === 'ready') hasTypesetAll.current = true;
  const typesetCount = hasTypesetAll.current ? total : staged;
  const before = (k: number) => views.slice(0, k).reduce((n, view) => n + view.equations.length, 0);
  return (
    <div ref={body} className="eq-body" data-katex={status}>
      <EquationControls />
      <div className="eq-cells" data-count={cells.length}>
        {views.map((view, k) => <CellEquations key={view.cell} view={view} micro={shown.micro} typesetCount={typesetCount - before(k)} />)}
      </div>
    </div>
  );
}
