/**
 * The equation panel's content, in its own chunk (loaded as the panel mounts, so the first
 * screen's script stays small): the controls and each shown cell's equations, plain text until
 * KaTeX has loaded and typeset them. The views change with the time step, the unit and the
 * conventions, not with the micro-step, so stepping within a time step redraws no equation.
 * Imports app/ only.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store/store';
import { CellEquations } from './CellEquations';
import { cellView, texOfViews } from './cellView';
import { EquationControls } from './EquationControls';
import { useKatex } from './useKatex';
import './Equations.css';

export default function EquationPanelBody() {
  const { cells, results, t, notation, reset, unit } = useStore(
    useShallow((s) => ({
      cells: s.settings.cells, results: s.results, t: s.cursor.t,
      notation: s.settings.notation, reset: s.settings.reset, unit: s.settings.unit,
    })),
  );
  const views = useMemo(
    () => cells.map((cell) => cellView(cell, results[cell], { t, notation, reset, unit })),
    [cells, results, t, notation, reset, unit],
  );
  const tex = useMemo(() => texOfViews(views), [views]);
  const status = useKatex(tex);
  return (
    <div className="eq-body" data-katex={status}>
      <EquationControls />
      <div className="eq-cells" data-count={cells.length}>
        {views.map((view) => <CellEquations key={view.cell} view={view} isTypeset={status === 'ready'} />)}
      </div>
    </div>
  );
}
