/**
 * "Import scenario": a file picker, the example files, and what the weights come from now.
 * Imports app/ only.
 */
import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { importedCells, importedHiddenSize } from '../../store/cellSizes';
import { cellList } from '../../store/importedWeights';
import { useStore } from '../../store/store';
import { importScenarioFile } from './importScenario';

const EXAMPLES = ['gru_pytorch_slide.json', 'gru_classic_typical.json', 'lstm_slide.json', 'lstm_typical.json', 'rnn_slide.json'];

const joinNames = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

export function ScenarioImport() {
  const picker = useRef<HTMLInputElement>(null);
  // Which cells run imported weights, and their own sizes.
  const imported = useStore(useShallow((s) => importedCells(s.settings)));
  const units = useStore(useShallow((s) => importedCells(s.settings).map((cell) => importedHiddenSize(s.settings.imported[cell]!))));
  const seededSize = useStore((s) => s.settings.hiddenSize);
  const applySettings = useStore((s) => s.applySettings);
  return (
    <div className="scenario-import">
      <label className="file-button">
        <span>Import scenario</span>
        <input
          ref={picker} type="file" accept=".json,application/json"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) await importScenarioFile(file);
            if (picker.current) picker.current.value = '';
          }}
        />
      </label>
      <span className="muted">or drop a .json file on the page.</span>
      <p className="weights-source">
        Weights: {imported.length > 0 ? <>{cellList(imported)} {imported.length === 1 ? 'uses' : 'use'} imported weights ({joinNames(units.map(String))} units); other cells are seeded with hidden size {seededSize}.{' '}
          <button type="button" onClick={() => applySettings({ imported: {} })}>Use seeded weights</button></> : 'drawn from the seed (PyTorch’s U(−1/√H, 1/√H)).'}
      </p>
      <details>
        <summary>Example files</summary>
        <ul>
          {EXAMPLES.map((name) => <li key={name}><a href={`./examples/${name}`} download>{name}</a></li>)}
        </ul>
      </details>
    </div>
  );
}
