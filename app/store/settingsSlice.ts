/**
 * Settings: everything that changes what is computed or shown, and so lives in the URL hash.
 * Imports engine types and app/inputs.
 */
import type { StateCreator } from 'zustand';
import type { CellKind, GateName, GateOverride, ResetPlacement, Weights } from '../../src/engine/types';
import type { InputPreset } from '../inputs/presets';
import type { Store } from './store';

export type Theme = 'light' | 'dark' | 'projector';
export type PanelId = 'timeline' | 'equations' | 'inputs' | 'whatif' | 'params';
export const ALL_PANELS: readonly PanelId[] = ['timeline', 'equations', 'inputs', 'whatif', 'params'];

/** The input sequence: a named preset (regenerated from size, length, seed) or explicit numbers. */
export type InputSpec = { kind: 'preset'; preset: InputPreset } | { kind: 'custom'; values: number[] }; // values: (T, I)

/** Imported scenario weights for one cell; the other cells keep seeded weights. */
export interface ImportedWeights {
  cell: CellKind;
  weights: Weights;
  h0: Float64Array; // (H)
  c0: Float64Array; // (H)
}

export interface Settings {
  cells: CellKind[];
  inputSize: number;
  hiddenSize: number;
  steps: number;
  seed: number;
  reset: ResetPlacement;
  forgetBias: number;
  input: InputSpec;
  imported: ImportedWeights | null;
  overrides: Record<CellKind, GateOverride[]>;
  isParallel: boolean;
  theme: Theme;
  panels: PanelId[];
  notation: 'pytorch' | 'chung';
  unit: number;
  speed: number;
}

export const SIZE_LIMITS = {
  inputSize: { min: 1, max: 4 },
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
  imported: null,
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

/** Sizes changed under imported weights make them unusable: drop them (the caller says so). */
function keepsImport(s: Settings, patch: Partial<Settings>): boolean {
  if (!s.imported || patch.imported !== undefined) return true;
  return (
    (patch.inputSize ?? s.inputSize) === s.inputSize &&
    (patch.hiddenSize ?? s.hiddenSize) === s.hiddenSize &&
    (patch.reset ?? s.reset) === s.reset
  );
}

export const createSettingsSlice: StateCreator<Store, [], [], SettingsSlice> = (set, get) => ({
  settings: DEFAULT_SETTINGS,
  applySettings: (patch) => {
    const s = get().settings;
    const next: Settings = { ...s, ...patch };
    if (!keepsImport(s, patch)) {
      next.imported = null;
      get().addNotice('info', 'The imported weights no longer fit the new sizes; the cells use seeded weights again.');
    }
    const sizesChanged = next.hiddenSize !== s.hiddenSize || next.steps !== s.steps;
    if (sizesChanged) next.unit = Math.min(next.unit, next.hiddenSize - 1);
    set({ settings: next });
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
    get().applySettings({ seed: (s.seed * 1103515245 + 12345) % 2147483647 || 1, imported: null });
  },
});
