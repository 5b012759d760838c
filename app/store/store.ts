/**
 * The one zustand store, sliced by concern. Components read narrowly:
 * `useStore(s => s.cursor)`, `useShallow` for objects. Imports the slices.
 */
import { create } from 'zustand';
import { createNoticesSlice, type NoticesSlice } from './noticesSlice';
import { createPlaybackSlice, type PlaybackSlice } from './playbackSlice';
import { createPolicySlice, type PolicySlice } from './policySlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createSettingsSlice, type SettingsSlice } from './settingsSlice';
import { createTraceSlice, type TraceSlice } from './traceSlice';
import { createTrainedSlice, type TrainedSlice } from './trainedSlice';

export type Store = SettingsSlice & PlaybackSlice & SelectionSlice & TraceSlice & NoticesSlice & PolicySlice & TrainedSlice;

/** A fresh store (tests make their own; the app uses `useStore`). */
export function createAppStore() {
  return create<Store>()((...a) => ({
    ...createSettingsSlice(...a),
    ...createPlaybackSlice(...a),
    ...createSelectionSlice(...a),
    ...createTraceSlice(...a),
    ...createNoticesSlice(...a),
    ...createPolicySlice(...a),
    ...createTrainedSlice(...a),
  }));
}

export const useStore = createAppStore();
