/**
 * "Import scenario": a file picker, the example files, and what the weights come from now.
 * Imports app/ only.
 */
import { useRef } from 'react';
import { CELL_NAMES } from '../../store/microSteps';
import { useStore } from '../../store/store';
import { importScenarioFile } from './importScenario';

const EXAMPLES = ['gru_pytorch_slide.json', 'gru_classic_typical.json', 'lstm_slide.json', 'lstm_typical.json', 'rnn_slide.json'];

export function ScenarioImport() {
  const picker = useRef<HTMLInputElement>(null);
  const imported = useStore((s) => s.settings.imported?.cell ?? null);
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
        Weights: {imported ? <>the {CELL_NAMES[imported]} uses imported weights; the other cells are seeded.{' '}
          <button type="button" onClick={() => applySettings({ imported: null })}>Use seeded weights</button></> : 'drawn from the seed (PyTorch’s U(−1/√H, 1/√H)).'}
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
