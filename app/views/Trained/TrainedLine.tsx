/**
 * The line above the columns while they show models trained in the lab: what was trained, each
 * cell's size, and a way back to seeded weights (the same control group as "Import scenario").
 * Imports app/ only.
 */
import { useShallow } from 'zustand/react/shallow';
import { PolicyGroup } from '../../controls/PolicyGroup';
import { importedCells, importedHiddenSize } from '../../store/cellSizes';
import { CELL_NAMES } from '../../store/microSteps';
import { useStore } from '../../store/store';
import './Trained.css';

export function TrainedLine() {
  const label = useStore((s) => s.settings.trainedLabel);
  const sizes = useStore(useShallow((s) =>
    importedCells(s.settings).map((cell) => `${CELL_NAMES[cell]} ${importedHiddenSize(s.settings.imported[cell]!)} units`)));
  const applySettings = useStore((s) => s.applySettings);
  if (label === null) return null;
  return (
    <div className="trained-line" role="group" aria-label="Trained models">
      <p>
        <strong>Trained in the lab:</strong> {label} <span className="muted">({sizes.join(', ')})</span>
      </p>
      <PolicyGroup group="inputs" label="Weights" layout="inline">
        <button type="button" onClick={() => applySettings({ imported: {} })}>Back to seeded weights</button>
      </PolicyGroup>
    </div>
  );
}
