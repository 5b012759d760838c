/**
 * The page header: the name, what it shows, the theme, which cells stand side by side, and the
 * Share and Export dialogs. Imports app/ only.
 */
import type { CellKind } from '../../../src/engine/types';
import { PolicyGroup } from '../../controls/PolicyGroup';
import type { Theme } from '../../store/settingsSlice';
import { useStore } from '../../store/store';
import { DialogButton } from '../Share/DialogButton';
import { LazyExportDialog, LazyShareDialog } from '../Share/lazyDialogs';
import { closeLab, openLab, useLabMode } from '../../lab/labMode';

const THEMES: { value: Theme; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'projector', label: 'Projector' },
];

export function Header() {
  const theme = useStore((s) => s.settings.theme);
  const cells = useStore((s) => s.settings.cells);
  const applySettings = useStore((s) => s.applySettings);
  const isLab = useLabMode((s) => s.isLabMode);
  const hasRnn = cells.includes('rnn');
  const toggleRnn = () => applySettings({ cells: hasRnn ? cells.filter((c) => c !== 'rnn') : [...cells, 'rnn' as CellKind] });
  return (
    <header className="header">
      <h1>GateLab</h1>
      <p className="tagline">A GRU and an LSTM on the same input, one gate at a time, with the engine's real numbers.</p>
      <div className="header-controls">
        {isLab
          ? <button type="button" onClick={closeLab}>Back to the visualizer</button>
          : <button type="button" onClick={openLab}>Training lab</button>}
        {!isLab && <PolicyGroup group="cells" label="Cell choice" layout="inline">
          <label className="check">
            <input type="checkbox" checked={hasRnn} onChange={toggleRnn} />
            <span>Show a tanh RNN for contrast</span>
          </label>
        </PolicyGroup>}
        <PolicyGroup group="theme" label="Theme" layout="inline">
          <label>
            <span>Theme</span>
            <select aria-label="Theme" value={theme} onChange={(e) => applySettings({ theme: e.target.value as Theme })}>
              {THEMES.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
            </select>
          </label>
        </PolicyGroup>
        {!isLab && <DialogButton label="Share" dialog={(onClose) => <LazyShareDialog onClose={onClose} />} />}
        {!isLab && <DialogButton label="Export" dialog={(onClose) => <LazyExportDialog onClose={onClose} />} />}
      </div>
    </header>
  );
}
