/**
 * Slides mode: whether the lesson is presented, which slide, whether the speaker notes show, and
 * its URL keys kept in step with the hash. Small on purpose: the slides themselves load lazily
 * with the slides view, which puts a slide's state on screen. Imports store files and slidesUrl.
 */
import { create } from 'zustand';
import type { Theme } from '../store/settingsSlice';
import type { Store } from '../store/store';
import { readSlidesUrl, SLIDE_COUNT, writeSlidesUrl } from './slidesUrl';

type StoreApi = { getState: () => Store };

export interface SlidesModeState {
  isSlidesMode: boolean;
  /** 1-based. */
  slide: number;
  isNotesOpen: boolean;
  /** The slide's own state still has to be put on screen (a lesson link, the Slides button, a new `sl`). */
  isPendingApply: boolean;
  /** The theme slides mode replaced with the projector theme; restored on leaving. */
  themeBefore: Theme | null;
}

export const useSlidesMode = create<SlidesModeState>()(() => ({
  isSlidesMode: false,
  slide: 1,
  isNotesOpen: false,
  isPendingApply: false,
  themeBefore: null,
}));

/** Switches to the projector theme, remembering the theme to restore. */
function switchToProjector(app: StoreApi): Theme | null {
  const theme = app.getState().settings.theme;
  if (theme === 'projector') return null;
  app.getState().applySettings({ theme: 'projector' });
  return theme;
}

/** Present the lesson from the current slide: projector theme, the slide's state on screen. */
export function openSlides(app: StoreApi): void {
  if (useSlidesMode.getState().isSlidesMode) return;
  useSlidesMode.setState({ isSlidesMode: true, isPendingApply: true, themeBefore: switchToProjector(app) });
}

/** Back to the normal page with the same live state (and the theme from before slides mode). */
export function closeSlides(app: StoreApi): void {
  const { themeBefore } = useSlidesMode.getState();
  if (themeBefore) app.getState().applySettings({ theme: themeBefore });
  useSlidesMode.setState({ isSlidesMode: false, isPendingApply: false, themeBefore: null });
}

/** Go to slide n (1-based, clamped); its state is put on screen by the slides view. */
export function goToSlide(n: number): void {
  const slide = Math.min(Math.max(1, Math.round(n)), SLIDE_COUNT);
  useSlidesMode.setState({ slide, isPendingApply: true });
}

export function toggleNotes(): void {
  useSlidesMode.setState((s) => ({ isNotesOpen: !s.isNotesOpen }));
}

/** Applies the hash's slides keys: at start (`isStart`) and on every `hashchange`. */
function applySlidesHash(app: StoreApi, hash: string, isStart: boolean): void {
  const { state, ignored, isLessonLink, hasTheme } = readSlidesUrl(hash);
  const now = useSlidesMode.getState();
  if (ignored.length > 0) {
    app.getState().addNotice('warning', `Some of the link's slides settings were ignored: ${ignored.join('; ')}.`);
  }
  if (!state.isSlidesMode) {
    if (now.isSlidesMode) closeSlides(app);
    return;
  }
  // A full state in the link (a reload, a shared screen) is kept; a bare lesson link opens the slide's state.
  const isPendingApply = isStart ? isLessonLink : !now.isSlidesMode || state.slide !== now.slide;
  const themeBefore = now.isSlidesMode ? now.themeBefore : hasTheme ? null : switchToProjector(app);
  useSlidesMode.setState({ ...state, isPendingApply: isPendingApply || now.isPendingApply, themeBefore });
}

/** Reads the slides keys now and on `hashchange`; writes them (replaceState) whenever they change. */
export function startSlidesSync(app: StoreApi, win: Window = window): () => void {
  applySlidesHash(app, win.location.hash, true);
  const write = (s: SlidesModeState) => {
    const hash = writeSlidesUrl(win.location.hash, s);
    if (hash !== win.location.hash.replace(/^#/, '')) {
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}#${hash}`);
    }
  };
  const unsubscribe = useSlidesMode.subscribe((s, prev) => {
    if (s.isSlidesMode !== prev.isSlidesMode || s.slide !== prev.slide || s.isNotesOpen !== prev.isNotesOpen) write(s);
  });
  const onHashChange = () => applySlidesHash(app, win.location.hash, false);
  win.addEventListener('hashchange', onHashChange);
  write(useSlidesMode.getState());
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', onHashChange);
  };
}
