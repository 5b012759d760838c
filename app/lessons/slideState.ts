/**
 * The state a slide puts on screen, as a pure function: the lesson's base (the defaults) under the
 * slide's settings, the user's theme, panels, notation and speed kept. Imports store files only.
 */
import type { CellKind, GateOverride } from '../../src/engine/types';
import type { Cursor } from '../store/playbackSlice';
import type { Highlight } from '../store/selectionSlice';
import { DEFAULT_SETTINGS, type Settings } from '../store/settingsSlice';
import type { Slide, SlideTry } from './types';

/** Forced gates for the cells named; every other cell has none. */
export function forced(perCell: Partial<Record<CellKind, GateOverride[]>>): Record<CellKind, GateOverride[]> {
  return { rnn: [], gru: [], lstm: [], ...perCell };
}

export interface SlideState {
  settings: Settings;
  cursor: Cursor;
  highlight: Highlight | null;
}

/** Where the slide opens: the first step of its walk, else its cursor, else step 1. */
export function openingCursor(slide: Slide): Cursor {
  return slide.walk.length > 0 ? { t: slide.walk[0], micro: 0 } : (slide.cursor ?? { t: 1, micro: 0 });
}

/** The full state a slide sets, given the settings on screen now. */
export function slideState(slide: Slide, current: Settings): SlideState {
  const settings: Settings = {
    ...structuredClone(DEFAULT_SETTINGS),
    theme: current.theme,
    panels: current.panels,
    notation: current.notation,
    speed: current.speed,
    ...structuredClone(slide.apply),
  };
  return { settings, cursor: openingCursor(slide), highlight: slide.highlight ?? null };
}

/** The settings patch of one "try" click: its settings, and its cells' forced gates replaced. */
export function tryPatch(tryIt: SlideTry, current: Settings): Partial<Settings> {
  const patch: Partial<Settings> = { ...tryIt.settings };
  if (tryIt.overrides) patch.overrides = { ...current.overrides, ...structuredClone(tryIt.overrides) };
  return patch;
}
