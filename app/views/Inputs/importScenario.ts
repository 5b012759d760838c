/**
 * Imports a scenario file: the worker validates it, then the settings switch to it in one step.
 * A refused file changes nothing and says which field is wrong. Imports app/ only.
 */
import { engine } from '../../engine/engine';
import { hiddenSizeOf } from '../../store/cellSizes';
import { cellList } from '../../store/importedWeights';
import { CELL_NAMES } from '../../store/microSteps';
import { useStore } from '../../store/store';
import { scenarioPatch } from './scenarioPatch';

/** Files past this are refused before reading (a 2000-step, 512-unit LSTM is about 30 MB of JSON). */
const MAX_BYTES = 32 * 1024 * 1024;

export async function importScenarioFile(file: File): Promise<boolean> {
  const { addNotice } = useStore.getState();
  const refuse = (why: string) => {
    addNotice('error', `Could not import ${file.name}: ${why}. Nothing was changed.`);
    return false;
  };
  if (file.size > MAX_BYTES) return refuse(`the file is ${(file.size / 1e6).toFixed(1)} MB, more than 32 MB`);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuse('the file could not be read');
  }
  const parsed = await engine().parseScenario(text);
  if (!parsed.ok) return refuse(parsed.error);
  const state = useStore.getState();
  const fit = scenarioPatch(parsed.scenario, state.settings);
  if (!fit.ok) return refuse(fit.error);
  state.applySettings(fit.patch);
  state.seek(1, 0);
  const { config, steps } = parsed.scenario;
  const now = useStore.getState().settings;
  const others = [
    fit.kept.length > 0 ? `${cellList(fit.kept)} ${fit.kept.length === 1 ? 'keeps its' : 'keep their'} imported weights (${fit.kept.map((c) => `${hiddenSizeOf(now, c)} units`).join(', ')}), now on this file's input` : '',
    fit.dropped.length > 0 ? `the imported weights of ${cellList(fit.dropped)} expect another input size and were dropped` : '',
    now.cells.some((c) => !now.imported[c]) ? `the other cells use seeded weights with hidden size ${config.hiddenSize}` : '',
  ].filter(Boolean);
  addNotice('info', `Imported ${file.name}: a ${CELL_NAMES[config.kind]} with input size ${config.inputSize}, hidden size ${config.hiddenSize} and ${steps} steps${others.length ? `; ${others.join('; ')}` : ''}.`);
  return true;
}
