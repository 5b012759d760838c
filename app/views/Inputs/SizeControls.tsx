/**
 * Sizes, seed and cell options: input size, hidden size, length, seed, GRU reset placement,
 * LSTM forget bias, and "New random weights". Imports app/ only.
 */
import { useShallow } from 'zustand/react/shallow';
import { NumberField } from '../../controls/NumberField';
import { SIZE_LIMITS, type Settings } from '../../store/settingsSlice';
import { useStore } from '../../store/store';
import { resizeSequence } from './sequence';

export function SizeControls() {
  const s = useStore(
    useShallow((st) => ({
      inputSize: st.settings.inputSize, hiddenSize: st.settings.hiddenSize, steps: st.settings.steps,
      seed: st.settings.seed, reset: st.settings.reset, forgetBias: st.settings.forgetBias, input: st.settings.input,
    })),
  );
  const { applySettings, newRandomWeights } = useStore.getState();
  /** Changing the shape keeps a custom sequence, resized. */
  const reshape = (patch: Pick<Partial<Settings>, 'inputSize' | 'steps'>) => {
    const steps = patch.steps ?? s.steps, inputSize = patch.inputSize ?? s.inputSize;
    const input = s.input.kind === 'custom'
      ? { kind: 'custom' as const, values: resizeSequence(s.input.values, s.steps, s.inputSize, steps, inputSize) }
      : s.input;
    applySettings({ ...patch, input });
  };
  return (
    <div className="size-controls">
      <NumberField label="Input size" value={s.inputSize} isInteger {...SIZE_LIMITS.inputSize} onCommit={(v) => reshape({ inputSize: v })} />
      <NumberField label="Hidden size" value={s.hiddenSize} isInteger {...SIZE_LIMITS.hiddenSize} onCommit={(v) => applySettings({ hiddenSize: v })} />
      <NumberField label="Length" value={s.steps} isInteger {...SIZE_LIMITS.steps} onCommit={(v) => reshape({ steps: v })} />
      <NumberField label="Seed" value={s.seed} isInteger min={0} max={2147483647} onCommit={(v) => applySettings({ seed: v, imported: {} })} />
      <label>
        <span>GRU reset</span>
        <select aria-label="GRU reset" value={s.reset} onChange={(e) => applySettings({ reset: e.target.value as Settings['reset'] })}>
          <option value="after">after the matmul (PyTorch)</option>
          <option value="before">before the matmul (Cho et al. 2014)</option>
        </select>
      </label>
      <NumberField label="LSTM forget bias" value={s.forgetBias} step={0.5} {...SIZE_LIMITS.forgetBias} onCommit={(v) => applySettings({ forgetBias: v })} />
      <button type="button" onClick={newRandomWeights}>New random weights</button>
    </div>
  );
}
