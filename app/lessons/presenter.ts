/**
 * Presenting the lesson: put a slide's state on screen, and move the clicker — micro-step by
 * micro-step along the slide's walk, then to the next slide. Reads and writes the app store and
 * the slides-mode store; the slides view and its keys call these. Imports lesson and store files.
 */
import type { Cursor } from '../store/playbackSlice';
import { microStepCount } from '../store/selectors';
import type { Settings } from '../store/settingsSlice';
import type { Store } from '../store/store';
import { clickBack, clickForward, walkEnd } from './clicker';
import { LESSON } from './lesson';
import { slideState, tryPatch } from './slideState';
import { useSlidesMode } from './slidesMode';
import type { Slide, SlideTry } from './types';

type StoreApi = { getState: () => Store };

/** Micro-steps per time step on screen: 1 when all gates of a step show at once. */
export const microCount = (s: Settings) => (s.isParallel ? 1 : microStepCount(s.cells));

/** The slide on screen now. */
export function currentSlide(): Slide {
  return LESSON[useSlidesMode.getState().slide - 1];
}

/** Puts slide n (1-based, clamped) on screen, at the start of its walk or (coming back) at its end. */
export function showSlide(app: StoreApi, n: number, at: 'start' | 'end' = 'start'): void {
  const index = Math.min(Math.max(1, Math.round(n)), LESSON.length);
  const slide = LESSON[index - 1];
  const state = slideState(slide, app.getState().settings);
  const a = app.getState();
  a.pause();
  a.applySettings(state.settings);
  const cursor: Cursor = (at === 'end' && walkEnd(slide.walk, microCount(state.settings))) || state.cursor;
  a.seek(cursor.t, cursor.micro);
  a.setHighlight(state.highlight);
  useSlidesMode.setState({ slide: index, isPendingApply: false });
}

/** The clicker's forward press. */
export function advance(app: StoreApi): void {
  const a = app.getState();
  a.pause();
  const move = clickForward(currentSlide().walk, a.cursor, microCount(a.settings));
  if (move.kind === 'cursor') a.seek(move.cursor.t, move.cursor.micro);
  else if (useSlidesMode.getState().slide < LESSON.length) showSlide(app, useSlidesMode.getState().slide + 1);
}

/** The clicker's back press. */
export function retreat(app: StoreApi): void {
  const a = app.getState();
  a.pause();
  const move = clickBack(currentSlide().walk, a.cursor, microCount(a.settings));
  if (move.kind === 'cursor') a.seek(move.cursor.t, move.cursor.micro);
  else if (useSlidesMode.getState().slide > 1) showSlide(app, useSlidesMode.getState().slide - 1, 'end');
}

/** One of the slide's "try" buttons. */
export function tryOnSlide(app: StoreApi, tryIt: SlideTry): void {
  app.getState().applySettings(tryPatch(tryIt, app.getState().settings));
}
