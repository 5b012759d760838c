/**
 * Settings: everything that changes what is computed or shown, and so lives in the URL hash.
 * Imports engine types and app/inputs.
 */
import type { StateCreator } from 'zustand';
import type { CellKind, GateName, GateOverride, ResetPlacement, Weights } from '../../src/engine/types';
import type { InputPreset } from '../inputs/presets';
import { importedCells, importedInputSize, largestHiddenSize } from './cellSizes';
import { CELL_NAMES } from './microSteps';
import type { Store } from './store';
import { keepUnchanged } from './keepUnchanged';

export type Theme = 'light' | 'dark' | 'projector';
export type PanelId = 'timeline' | 'equations' | 'inputs' | 'whatif' | 'params';
export const ALL_PANELS: readonly PanelId[] = ['timeline', 'equations', 'inputs', 'whatif', 'params'];

/** The input sequence: a named preset (regenerated from size, length, seed) or explicit numbers. */
export type InputSpec = { kind: 'preset'; preset: InputPreset } | { kind: 'custom'; values: number[] }; // values: (T, I)

/** Imported weights for one cell (a scenario file or the lab); its hidden size is its own. */
export interface ImportedWeights {
  cell: CellKind;
  weights: Weights;
  h0: Float64Array; // (H)
  c0: Float64Array; // (H)
}

/** Imported weights per cell; a cell without an entry is seeded at `Settings.hiddenSize`. */
export type ImportedByCell = Partial<Record<CellKind, ImportedWeights>>;

export interface Settings {
  cells: CellKind[];
  inputSize: number;
  /** The hidden size of seeded cells; an imported cell has its own (see cellSizes.hiddenSizeOf). */
  hiddenSize: number;
  steps: number;
  seed: number;
  reset: ResetPlacement;
  forgetBias: number;
  input: InputSpec;
  imported: ImportedByCell;
  /** What the lab trained, while every imported cell is the lab's ("Adding problem, length 50, …"). */
  trainedLabel: string | null;
  overrides: Record<CellKind, GateOverride[]>;
  isParallel: boolean;
  theme: Theme;
  panels: PanelId[];
  notation: 'pytorch' | 'chung';
  unit: number;
  speed: number;
}

export const SIZE_LIMITS = {
  inputSize: { min: 1, max: 10 },
  hiddenSize: { min: 1, max: 64 },
  steps: { min: 1, max: 200 },
  speed: { min: 0.25, max: 4 },
  forgetBias: { min: -5, max: 5 },
} as const;

export const DEFAULT_SETTINGS: Settings = {
  cells: ['gru', 'lstm'],
  inputSize: 1,
  hiddenSize: 4,
  steps: 12,
  seed: 7,
  reset: 'after',
  forgetBias: 0,
  input: { kind: 'preset', preset: 'sine' },
  imported: {},
  trainedLabel: null,
  overrides: { rnn: [], gru: [], lstm: [] },
  isParallel: false,
  theme: 'light',
  panels: [...ALL_PANELS],
  notation: 'pytorch',
  unit: 0,
  speed: 1,
};

export interface SettingsSlice {
  settings: Settings;
  /** Replace some settings at once (URL restore, embed `set`, lesson slides, controls). */
  applySettings: (patch: Partial<Settings>) => void;
  setCells: (cells: CellKind[]) => void;
  setOverride: (cell: CellKind, override: GateOverride) => void;
  clearOverrides: (cell?: CellKind, gate?: GateName) => void;
  newRandomWeights: () => void;
}

/**
 * Imported weights a change makes unusable, and why: a new input size drops the imports of another
 * input size; a new GRU reset placement drops an imported GRU (its weights were fitted to the
 * other). A hidden-size change drops nothing: imported cells keep their own size.
 */
function unfitImports(s: Settings, next: Settings): { cell: CellKind; why: string }[] {
  return importedCells(next).flatMap((cell) => {
    const imported = next.imported[cell]!;
    const inputSize = importedInputSize(imported);
    if (inputSize !== next.inputSize) return [{ cell, why: `weights expect input size ${inputSize}, not ${next.inputSize}` }];
    if (cell === 'gru' && next.reset !== s.reset && imported === s.imported.gru) {
      return [{ cell, why: `weights were fitted with the reset ${s.reset} the matmul, not ${next.reset}` }];
    }
    return [];
  });
}

export const createSettingsSlice: StateCreator<Store, [], [], SettingsSlice> = (set, get) => ({
  settings: DEFAULT_SETTINGS,
  applySettings: (patch) => {
    const s = get().settings;
    const next: Settings = { ...s, ...patch };
    const unfit = unfitImports(s, next);
    if (unfit.length > 0) {
      next.imported = { ...next.imported };
      for (const { cell } of unfit) delete next.imported[cell];
      const reasons = unfit.map(({ cell, why }) => `the ${CELL_NAMES[cell]}'s ${why}`).join('; ');
      get().addNotice('info', `Imported weights that no longer fit were dropped (${reasons}); ${unfit.length === 1 ? 'that cell uses' : 'those cells use'} seeded weights again.`);
    }
    // The label names what the lab trained: another source of weights, or none left, ends it.
    const isOtherImport = patch.imported !== undefined && patch.trainedLabel === undefined && patch.imported !== s.imported;
    if (importedCells(next).length === 0 || isOtherImport) next.trainedLabel = null;
    // The focused unit ranges over the largest shown cell; smaller cells show their last unit.
    next.unit = Math.max(0, Math.min(next.unit, largestHiddenSize(next) - 1));
    const settings = keepUnchanged(s, next);
    if (settings !== s) set({ settings });
    get().clampCursor();
  },
  setCells: (cells) => get().applySettings({ cells }),
  setOverride: (cell, override) => {
    const s = get().settings;
    const same = (o: GateOverride) => o.gate === override.gate && o.t === override.t && o.unit === override.unit;
    const list = [...s.overrides[cell].filter((o) => !same(o)), override];
    get().applySettings({ overrides: { ...s.overrides, [cell]: list } });
  },
  clearOverrides: (cell, gate) => {
    const s = get().settings;
    const cells = cell ? [cell] : (['rnn', 'gru', 'lstm'] as CellKind[]);
    const overrides = { ...s.overrides };
    for (const c of cells) overrides[c] = gate ? overrides[c].filter((o) => o.gate !== gate) : [];
    get().applySettings({ overrides });
  },
  newRandomWeights: () => {
    const s = get().settings;
    get().applySettings({ seed: (s.seed * 1103515245 + 12345) % 2147483647 || 1, imported: {} });
  },
});
