/**
 * The Export dialog: the diagrams as SVG or 2× PNG, the trace as CSV or JSON, and each cell's
 * weights as a scenario file. The exporters load on the first click (import()), so they are not
 * part of the first screen. Imports app/ only.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CellKind } from '../../../src/engine/types';
import type { ExportKind } from '../../export/exportFiles';
import type { ExportSource } from '../../export/runHeader';
import { CELL_NAMES } from '../../store/microSteps';
import { useStore } from '../../store/store';
import { Modal } from '../Share/Modal';
import { lessonHash, lessonUrl } from '../Share/shareLink';

/** What the exporters read, from the store as it is now. */
function currentSource(): ExportSource {
  const s = useStore.getState();
  const state = { settings: s.settings, cursor: s.cursor };
  return {
    cells: s.settings.cells.flatMap((kind) => s.results[kind] ?? []),
    settings: s.settings,
    cursor: s.cursor,
    link: lessonUrl(window.location, lessonHash(state, s.policy, window.location.hash)),
  };
}

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const { cells, isReady } = useStore(useShallow((s) => ({
    cells: s.settings.cells,
    isReady: s.traceStatus === 'ready' && s.settings.cells.every((kind) => s.results[kind] !== undefined),
  })));
  const [note, setNote] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const run = async (kind: ExportKind, what: string) => {
    setIsBusy(true);
    setNote(`Preparing ${what}…`);
    try {
      const { exportFile } = await import('../../export/exportFiles');
      setNote(`Downloaded ${await exportFile(kind, currentSource())}.`);
    } catch (error) {
      setNote(`Could not export ${what}: ${error instanceof Error ? error.message : String(error)}.`);
    } finally {
      setIsBusy(false);
    }
  };
  const button = (kind: ExportKind, label: string, what: string) => (
    <button type="button" onClick={() => void run(kind, what)} disabled={!isReady || isBusy}>{label}</button>
  );
  return (
    <Modal title="Export" onClose={onClose} className="export-dialog">
      {!isReady && <p className="muted">The engine is still computing; the exports are ready in a moment.</p>}
      <section aria-labelledby="export-figure-title">
        <h3 id="export-figure-title">Figure</h3>
        <p className="muted">The cell diagrams at this step, side by side, as they look now (theme included).</p>
        <div className="export-buttons">
          {button('svg', 'Download SVG', 'the SVG figure')}
          {button('png', 'Download PNG (2×)', 'the PNG figure')}
        </div>
      </section>
      <section aria-labelledby="export-numbers-title">
        <h3 id="export-numbers-title">Numbers</h3>
        <p className="muted">
          Every gate, candidate, state and pre-activation at every step and unit, at full precision, with the
          cells, variants, convention and sizes in a header (columns explained in the file and in docs/exports.md).
        </p>
        <div className="export-buttons">
          {button('csv', 'Download trace CSV', 'the trace CSV')}
          {button('json', 'Download trace JSON', 'the trace JSON')}
        </div>
      </section>
      <section aria-labelledby="export-model-title">
        <h3 id="export-model-title">Model</h3>
        <p className="muted">Each cell’s weights as a scenario file (PyTorch state_dict layout) that “Import scenario” reads back.</p>
        <div className="export-buttons">
          {cells.map((kind: CellKind) => (
            <span key={kind}>{button({ scenario: kind }, `Download ${CELL_NAMES[kind]} scenario`, `the ${CELL_NAMES[kind]} scenario`)}</span>
          ))}
        </div>
      </section>
      <p className="export-note" aria-live="polite">{note}</p>
    </Modal>
  );
}
