/**
 * One cell's equations: the convention it follows, then every equation in micro-step order with
 * the chosen unit's numbers substituted; the active micro-step's equation stands out, the others
 * are dimmed (all stand out in parallel mode). Draws a CellView; computes nothing. Imports app/ only.
 */
import { memo, useCallback } from 'react';
import { CELL_NAMES } from '../../store/microSteps';
import { useStore } from '../../store/store';
import { equationActivity, type CellView } from './cellView';
import { EquationLine } from './EquationLine';
import type { Term } from './pieces';

/**
 * `micro`: the micro-step whose equation stands out (the panel's, held below the fold while playing).
 * `typesetCount`: how many of its equations (in order) KaTeX has typeset yet; the rest are plain text.
 * Memoised: while the panel holds its step, the cursor's moves redraw nothing here.
 */
export const CellEquations = memo(function CellEquations({ view, micro, typesetCount }: { view: CellView; micro: number; typesetCount: number }) {
  const { cell } = view;
  const highlight = useStore((s) => (s.highlight?.cell === cell ? (s.highlight.term as Term) : null));
  const setHighlight = useStore((s) => s.setHighlight);
  const isParallel = useStore((s) => s.settings.isParallel);
  // Leaving a term clears the highlight only if it is still this term's (the diagram may own it).
  const onTerm = useCallback((term: Term, isOn: boolean) => {
    const current = useStore.getState().highlight;
    if (isOn) setHighlight({ cell, term });
    else if (current?.cell === cell && current.term === term) setHighlight(null);
  }, [cell, setHighlight]);
  const titleId = `equations-${cell}`;
  const line = { cell, highlight, values: view.values, onTerm };

  return (
    <section className="eq-cell" data-equations-cell={cell} aria-labelledby={titleId}>
      <h3 id={titleId}>{CELL_NAMES[cell]} equations</h3>
      <ul className="eq-notes">
        {view.notes.map((note) => <li key={note}>{note}</li>)}
      </ul>
      {!view.isComputed && <p className="muted">Computing…</p>}
      {view.isLastUnit && <p className="muted eq-unit-note">Numbers for unit {view.unit}, the {CELL_NAMES[cell]}’s last: it has {view.unit + 1} units.</p>}
      <ol className="eq-list">
        {view.equations.map((eq, k) => {
          const isTypeset = k < typesetCount;
          const { isActive, isCurrentStep } = equationActivity(cell, eq.quantity, micro, isParallel);
          return (
            <li
              key={eq.quantity} data-equation={eq.quantity}
              className={`eq${isActive ? ' is-active' : ''}`}
              style={{ borderLeftColor: isActive ? `var(--gate-${eq.quantity})` : undefined }}
              aria-current={isCurrentStep ? 'step' : undefined}
            >
              <span className="eq-name">
                {eq.name}
                {isCurrentStep && <span className="eq-now"> · now</span>}
              </span>
              <EquationLine {...line} isTypeset={isTypeset} kind="symbolic" name={eq.name} pieces={eq.symbolic} />
              {eq.numbers && <EquationLine {...line} isTypeset={isTypeset} kind="numbers" name={eq.name} pieces={eq.numbers} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
});
