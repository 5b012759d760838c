/**
 * Playback: the cursor (time step t, 1-based, and micro-step within it) and whether it plays.
 * Playback only moves the cursor; it never recomputes. Imports store selectors.
 */
import type { StateCreator } from 'zustand';
import { microStepCount } from './selectors';
import type { Store } from './store';

export interface Cursor {
  /** 1-based time step. */
  t: number;
  /** 0-based micro-step within the step; the shared counter of the side-by-side columns. */
  micro: number;
}

export interface PlaybackSlice {
  cursor: Cursor;
  isPlaying: boolean;
  /** The time slider is being dragged (panels off screen may skip rendering meanwhile). */
  isScrubbing: boolean;
  setScrubbing: (isScrubbing: boolean) => void;
  stepForward: () => void;
  stepBack: () => void;
  nextTimeStep: () => void;
  previousTimeStep: () => void;
  seek: (t: number, micro?: number) => void;
  resetCursor: () => void;
  goToEnd: () => void;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  /** Keeps the cursor inside the sequence after a change of length or cells. */
  clampCursor: () => void;
}

export const createPlaybackSlice: StateCreator<Store, [], [], PlaybackSlice> = (set, get) => {
  const limits = () => {
    const s = get().settings;
    return { T: s.steps, M: s.isParallel ? 1 : microStepCount(s.cells) };
  };
  const clamp = (t: number, micro: number): Cursor => {
    const { T, M } = limits();
    const tt = Math.min(Math.max(1, Math.round(t)), T);
    return { t: tt, micro: Math.min(Math.max(0, Math.round(micro)), M - 1) };
  };
  const move = (cursor: Cursor) => {
    const c = get().cursor;
    if (c.t !== cursor.t || c.micro !== cursor.micro) set({ cursor });
  };
  return {
    cursor: { t: 1, micro: 0 },
    isPlaying: false,
    isScrubbing: false,
    setScrubbing: (isScrubbing) => {
      if (get().isScrubbing !== isScrubbing) set({ isScrubbing });
    },
    stepForward: () => {
      const { T, M } = limits();
      const { t, micro } = get().cursor;
      if (micro + 1 < M) move({ t, micro: micro + 1 });
      else if (t < T) move({ t: t + 1, micro: 0 });
      else set({ isPlaying: false });
    },
    stepBack: () => {
      const { M } = limits();
      const { t, micro } = get().cursor;
      if (micro > 0) move({ t, micro: micro - 1 });
      else if (t > 1) move({ t: t - 1, micro: M - 1 });
    },
    nextTimeStep: () => {
      const { T } = limits();
      const { t, micro } = get().cursor;
      move(clamp(Math.min(t + 1, T), t < T ? 0 : micro));
    },
    previousTimeStep: () => {
      const { t, micro } = get().cursor;
      move(clamp(Math.max(t - 1, 1), t > 1 ? 0 : micro));
    },
    seek: (t, micro = 0) => move(clamp(t, micro)),
    resetCursor: () => {
      set({ isPlaying: false });
      move({ t: 1, micro: 0 });
    },
    goToEnd: () => {
      const { T, M } = limits();
      move({ t: T, micro: M - 1 });
    },
    play: () => {
      const { T, M } = limits();
      const { t, micro } = get().cursor;
      if (t === T && micro === M - 1) move({ t: 1, micro: 0 }); // replay from the start
      set({ isPlaying: true });
    },
    pause: () => set({ isPlaying: false }),
    togglePlay: () => (get().isPlaying ? get().pause() : get().play()),
    clampCursor: () => move(clamp(get().cursor.t, get().cursor.micro)),
  };
};
