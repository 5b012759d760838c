/**
 * "Open in the visualizer": the trained cells of one seed, on test sequence 0 of the task, in the
 * visualizer's columns (each at its own hidden size), so the learner can look inside what
 * training made, gate by gate. Imports app/ only.
 */
import { TASKS } from '../../../src/engine/tasks/registry';
import type { CellKind } from '../../../src/engine/types';
import { closeLab } from '../../lab/labMode';
import type { LabBatch, LabRunState } from '../../lab/labStore';
import { CELL_NAMES } from '../../store/microSteps';
import { SIZE_LIMITS, type ImportedWeights } from '../../store/settingsSlice';
import { useStore } from '../../store/store';
import type { TrainedModels } from '../../store/trainedModels';

/** What to look for first, per task (LESSON.md). */
const LOOK_FOR: Record<LabBatch['form']['task'], string> = {
  adding: 'Step to the two marked inputs (second channel = 1): watch the LSTM’s input gate i open there and its forget gate f hold c in between.',
  order: 'Step to the two symbols X/Y: watch which gates open there and how c keeps them to the end.',
  copy: 'Watch the symbols go in during the first steps and what the cells keep through the delay.',
};

/** The finished runs of a seed the visualizer can show, and why any other is left out. */
export function openableRuns(batch: LabBatch, seed: number): { runs: LabRunState[]; left: string[] } {
  const runs: LabRunState[] = [], left: string[] = [];
  for (const run of batch.runs) {
    if (run.seed !== seed || !run.finished) continue;
    const H = run.finished.model.cell.hiddenSize;
    if (H > SIZE_LIMITS.hiddenSize.max) left.push(`the ${CELL_NAMES[run.cell]} (${H} units; the visualizer shows up to ${SIZE_LIMITS.hiddenSize.max})`);
    else runs.push(run);
  }
  return { runs, left };
}

/** The hand-over for the visualizer, from a seed's finished runs (all share the test sequence). */
export function trainedModelsOf(batch: LabBatch, runs: LabRunState[]): TrainedModels {
  const first = runs[0].finished!;
  const { form } = batch;
  const models: ImportedWeights[] = runs.map((run) => {
    const { model } = run.finished!;
    const H = model.cell.hiddenSize;
    return { cell: run.cell, weights: model.weights, h0: new Float64Array(H), c0: new Float64Array(H) };
  });
  return {
    label: `${TASKS[form.task].title}, length ${form.length}, seed ${first.spec.seed}: trained ${first.result.steps} steps, test sequence 1`,
    inputSize: first.sample.inputSize,
    steps: first.sample.steps,
    inputs: Array.from(first.sample.inputs),
    models,
  };
}

export function OpenTrained({ batch }: { batch: LabBatch }) {
  const seeds = [...new Set(batch.runs.filter((r) => r.finished).map((r) => r.seed))];
  if (seeds.length === 0) return null;
  const stepsTooLong = (batch.runs.find((r) => r.finished)?.finished?.sample.steps ?? 0) > SIZE_LIMITS.steps.max;
  const open = (seed: number) => {
    const { runs } = openableRuns(batch, seed);
    useStore.getState().openTrainedModels(trainedModelsOf(batch, runs));
    closeLab();
  };
  return (
    <div className="lab-open">
      <h3>Look inside the trained cells</h3>
      <p>{LOOK_FOR[batch.form.task]}</p>
      {stepsTooLong
        ? <p className="muted">The test sequences are longer than the visualizer’s {SIZE_LIMITS.steps.max} steps; train at a shorter length to look inside.</p>
        : seeds.map((seed) => {
          const { runs, left } = openableRuns(batch, seed);
          if (runs.length === 0) return <p key={seed} className="muted">Seed {seed}: nothing the visualizer can show ({left.join(', ')}).</p>;
          const names = runs.map((r) => CELL_NAMES[r.cell as CellKind]).join(', ');
          return (
            <p key={seed} className="lab-open-seed">
              <button type="button" onClick={() => open(seed)}>
                Open the trained {names} (seed {seed}) in the visualizer
              </button>
              {left.length > 0 && <span className="muted"> Not shown: {left.join(', ')}.</span>}
            </p>
          );
        })}
    </div>
  );
}
