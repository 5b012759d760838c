/**
 * The lab's form: task, length, cells, size preset, seeds, steps and the LSTM forget bias, the
 * same fields as `npm run lab` (the equivalent command is shown). Fields lock while a batch
 * trains. Imports app/ only.
 */
import { NumberField } from '../../controls/NumberField';
import { LAB_PRESET_LABELS, labDefaults, type LabPreset } from '../../../src/engine/lab/spec';
import { TASK_KINDS, TASKS } from '../../../src/engine/tasks/registry';
import type { TaskKind } from '../../../src/engine/tasks/task';
import { CELL_NAMES } from '../../store/microSteps';
import { setLabForm } from '../../lab/labActions';
import { formCommand, LAB_CELL_ORDER, LAB_FORM_LIMITS, lengthLimits } from '../../lab/labForm';
import { useLab } from '../../lab/labStore';

const PRESET_TEXT: Record<LabPreset, string> = { '350': '≈ 350 parameters', '1.2k': '≈ 1.2 K parameters', '4.4k': '≈ 4.4 K parameters' };

export function LabFormPanel({ isLocked }: { isLocked: boolean }) {
  const form = useLab((s) => s.form);
  const lengths = lengthLimits(form.task);
  const chooseTask = (task: TaskKind) => {
    const { min, max } = lengthLimits(task);
    setLabForm({ task, length: Math.min(max, Math.max(min, form.length)), steps: labDefaults(task).steps });
  };
  const toggleCell = (cell: (typeof LAB_CELL_ORDER)[number], on: boolean) => {
    const cells = LAB_CELL_ORDER.filter((c) => (c === cell ? on : form.cells.includes(c)));
    if (cells.length > 0) setLabForm({ cells });
  };
  return (
    <fieldset className="lab-form" disabled={isLocked}>
      <legend>What to train</legend>
      <label>
        <span>Task</span>
        <select value={form.task} onChange={(e) => chooseTask(e.target.value as TaskKind)}>
          {TASK_KINDS.map((t) => <option key={t} value={t}>{TASKS[t].title}</option>)}
        </select>
      </label>
      <NumberField label="Length" value={form.length} isInteger {...lengths} onCommit={(length) => setLabForm({ length })} />
      <label>
        <span>Size preset</span>
        <select value={form.preset} onChange={(e) => setLabForm({ preset: e.target.value as LabPreset })}>
          {LAB_PRESET_LABELS.map((p) => <option key={p} value={p}>{PRESET_TEXT[p]}</option>)}
        </select>
      </label>
      <NumberField label="Seeds" value={form.seeds} isInteger {...LAB_FORM_LIMITS.seeds} onCommit={(seeds) => setLabForm({ seeds })} />
      <NumberField label="Steps" value={form.steps} isInteger {...LAB_FORM_LIMITS.steps} onCommit={(steps) => setLabForm({ steps })} />
      <NumberField label="LSTM forget bias" value={form.forgetBias} step={0.5} {...LAB_FORM_LIMITS.forgetBias} onCommit={(forgetBias) => setLabForm({ forgetBias })} />
      <div className="lab-cells" role="group" aria-label="Cells to train">
        {LAB_CELL_ORDER.map((cell) => (
          <label key={cell} className="check">
            <input
              type="checkbox" checked={form.cells.includes(cell)}
              disabled={form.cells.length === 1 && form.cells.includes(cell)}
              onChange={(e) => toggleCell(cell, e.target.checked)}
            />
            <span>{CELL_NAMES[cell]}</span>
          </label>
        ))}
      </div>
      <p className="lab-command muted">
        The same runs in Node: <code>{formCommand(form)}</code>
      </p>
    </fieldset>
  );
}
