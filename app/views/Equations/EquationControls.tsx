/**
 * The equation panel's own settings: which unit's numbers are substituted, and (with a GRU on
 * screen) PyTorch's or Chung et al.'s notation for the update gate. Both live in the URL
 * (`u=`, `n=`). Imports app/ only.
 */
import { largestHiddenSize } from '../../store/cellSizes';
import { useStore } from '../../store/store';
import type { Notation } from './symbolic';

const NOTATIONS: { value: Notation; label: string }[] = [
  { value: 'pytorch', label: 'PyTorch (z ≈ 1 keeps h)' },
  { value: 'chung', label: 'Chung et al. (z swapped)' },
];

export function EquationControls() {
  const unit = useStore((s) => s.settings.unit);
  // Units of the largest shown cell: a cell with fewer shows its last unit (and says so).
  const hiddenSize = useStore((s) => largestHiddenSize(s.settings));
  const notation = useStore((s) => s.settings.notation);
  const hasGru = useStore((s) => s.settings.cells.includes('gru'));
  const applySettings = useStore((s) => s.applySettings);
  return (
    <div className="eq-controls">
      <label>
        <span>Numbers for unit</span>
        <select value={Math.min(unit, hiddenSize - 1)} onChange={(e) => applySettings({ unit: Number(e.target.value) })}>
          {Array.from({ length: hiddenSize }, (_, j) => <option key={j} value={j}>{j}</option>)}
        </select>
      </label>
      {hasGru && (
        <fieldset className="eq-notation">
          <legend>GRU notation</legend>
          {NOTATIONS.map(({ value, label }) => (
            <label key={value} className="check">
              <input
                type="radio" name="eq-notation" value={value} checked={notation === value}
                onChange={() => applySettings({ notation: value })}
              />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
