/**
 * The inputs panel: preset, the editable sequence (table and sparklines), sizes, seed, cell
 * options and "Import scenario". Imports app/ only.
 */
import { useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PolicyGroup, useControlPolicy } from '../../controls/PolicyGroup';
import { inputsOf } from '../../engine/client';
import { INPUT_PRESETS, PRESET_LABELS, type InputPreset } from '../../inputs/presets';
import { useStore } from '../../store/store';
import { useSameValue } from '../useSameValue';
import { ScenarioImport } from './ScenarioImport';
import { SequenceTable } from './SequenceTable';
import { SizeControls } from './SizeControls';
import { Sparkline } from './Sparkline';
import './Inputs.css';

export function InputsPanel() {
  const settings = useStore(
    useShallow((s) => ({ input: s.settings.input, inputSize: s.settings.inputSize, steps: s.settings.steps, seed: s.settings.seed })),
  );
  const applySettings = useStore((s) => s.applySettings);
  // The same array while the numbers are the same (a new seed redraws no sparkline or table
  // unless the preset draws from the seed): the table has a text field per number.
  const values = useSameValue(useMemo(() => inputsOf({ ...useStore.getState().settings, ...settings }), [settings]));
  const { inputSize, steps } = settings;
  const inputsPolicy = useControlPolicy('inputs');
  const sizesPolicy = useControlPolicy('sizes');
  const setValue = useCallback((index: number, value: number) => {
    if (inputsPolicy !== 'shown') return; // the sparklines' keys and drags ignore a locked fieldset
    const next = Array.from(values);
    next[index] = value;
    applySettings({ input: { kind: 'custom', values: next } });
  }, [values, inputsPolicy, applySettings]);
  const channels = useMemo(() => Array.from({ length: Math.min(inputSize, 4) }, (_, c) => ({
    values: Array.from({ length: steps }, (_, t) => values[t * inputSize + c]),
    onChange: (t: number, v: number) => setValue(t * inputSize + c, v),
  })), [values, inputSize, steps, setValue]);
  if (inputsPolicy === 'hidden' && sizesPolicy === 'hidden') return null;
  return (
    <section className="panel inputs-panel" aria-labelledby="inputs-title">
      <h2 id="inputs-title">{inputsPolicy === 'hidden' ? 'Sizes and seed' : 'Input sequence and sizes'}</h2>
      <PolicyGroup group="inputs" label="Input sequence">
      <label>
        <span>Input preset</span>
        <select
          aria-label="Input preset"
          value={settings.input.kind === 'preset' ? settings.input.preset : 'custom'}
          onChange={(e) => applySettings({ input: { kind: 'preset', preset: e.target.value as InputPreset } })}
        >
          {settings.input.kind === 'custom' && <option value="custom" disabled>Custom (edited)</option>}
          {INPUT_PRESETS.map((p) => <option key={p} value={p}>{PRESET_LABELS[p]}</option>)}
        </select>
      </label>
      {inputSize <= 4 ? (
        <div className="sparklines">
          {channels.map((channel, c) => <Sparkline key={c} channel={c} values={channel.values} onChange={channel.onChange} />)}
        </div>
      ) : (
        <p className="muted">{inputSize} input channels: edit them in the table (sparklines are drawn for up to 4).</p>
      )}
      <details>
        <summary>Edit the numbers</summary>
        <SequenceTable values={values} inputSize={inputSize} onChange={setValue} />
      </details>
      </PolicyGroup>
      <PolicyGroup group="sizes" label="Sizes, seed and cell options"><SizeControls /></PolicyGroup>
      <PolicyGroup group="inputs" label="Scenario import"><ScenarioImport /></PolicyGroup>
    </section>
  );
}
