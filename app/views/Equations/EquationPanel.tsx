/**
 * The equation panel: each shown cell's equations with the active micro-step's standing out and
 * one unit's live numbers substituted in; every term hoverable and focusable, linked to the
 * diagram through the store's highlight. Only this frame is in the first screen's script: the
 * content is a separate chunk and KaTeX another, loaded when the browser is idle. Imports app/ only.
 */
import { Suspense } from 'react';
import { retryableLazy } from '../Boundary/retryableLazy';
import './EquationPanel.css';

const EquationPanelBody = retryableLazy(() => import('./EquationPanelBody'));

/** The panel; `retry` loads its content again after a failed load (the boundary's "Try again"). */
export const EquationPanel = Object.assign(function EquationPanel() {
  return (
    <section className="panel equations-panel" aria-labelledby="equations-title">
      <h2 id="equations-title">Equations</h2>
      <Suspense fallback={<p className="muted">Loading the equations…</p>}>
        <EquationPanelBody />
      </Suspense>
    </section>
  );
}, { retry: EquationPanelBody.retry });
