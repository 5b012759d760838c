/**
 * Whether the training lab is open (`mode=lab` in the hash), kept small for the first screen:
 * the lab itself, its form and its workers load only when it opens. Registers every lab URL key
 * in the URL state's EXTRA_KEYS, and keeps the lab and slides mode apart (opening one leaves the
 * other). Imports zustand, urlState and slidesMode.
 */
import { create } from 'zustand';
import { closeSlides, useSlidesMode } from '../lessons/slidesMode';
import type { Store } from '../store/store';
import { EXTRA_KEYS } from '../store/urlState';

/** The lab form's keys (labUrl.ts reads and writes them); `mode` is shared with slides mode. */
export const LAB_FORM_KEYS = { task: 'lt', length: 'll', cells: 'lc', seeds: 'lk', preset: 'lp', steps: 'ln', forgetBias: 'lf' } as const;
export const LAB_LOG_KEY = 'ly';
export const LAB_KEYS: readonly string[] = [...Object.values(LAB_FORM_KEYS), LAB_LOG_KEY];
for (const key of [...LAB_KEYS, 'mode']) EXTRA_KEYS.add(key);

export const useLabMode = create<{ isLabMode: boolean }>()(() => ({ isLabMode: false }));

export function openLab(): void {
  useLabMode.setState({ isLabMode: true });
}

export function closeLab(): void {
  useLabMode.setState({ isLabMode: false });
}

type StoreApi = { getState: () => Store };

const isLabHash = (hash: string) => new URLSearchParams(hash.replace(/^#/, '')).get('mode') === 'lab';

/** The hash (without '#') with `mode=lab` set or removed; another mode's `mode=` stays unless the lab opens. */
export function writeLabMode(hash: string, isLabMode: boolean): string {
  const kept = hash.replace(/^#/, '').split('&').filter((part) => part && part !== 'mode=lab' && !(isLabMode && part.startsWith('mode=')));
  if (isLabMode) kept.push('mode=lab');
  return kept.join('&');
}

export function startLabModeSync(app: StoreApi, win: Window = window): () => void {
  useLabMode.setState({ isLabMode: isLabHash(win.location.hash) });
  const write = (isLabMode: boolean) => {
    const hash = writeLabMode(win.location.hash, isLabMode);
    if (hash !== win.location.hash.replace(/^#/, '')) {
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}#${hash}`);
    }
  };
  const stopLab = useLabMode.subscribe((s, prev) => {
    if (s.isLabMode === prev.isLabMode) return;
    if (s.isLabMode && useSlidesMode.getState().isSlidesMode) closeSlides(app);
    // The cells leave the screen: playback stops rather than run on unseen.
    if (s.isLabMode) app.getState().pause();
    write(s.isLabMode);
  });
  const stopSlides = useSlidesMode.subscribe((s, prev) => {
    if (s.isSlidesMode && !prev.isSlidesMode) closeLab();
  });
  const onHashChange = () => useLabMode.setState({ isLabMode: isLabHash(win.location.hash) });
  win.addEventListener('hashchange', onHashChange);
  return () => {
    stopLab();
    stopSlides();
    win.removeEventListener('hashchange', onHashChange);
  };
}
