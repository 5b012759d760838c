/**
 * Marks the app's root element while playback runs (`data-playing`) or the time slider moves
 * (`data-scrubbing`), and lets the panels off screen rest meanwhile (restingPanels.ts). No style
 * reads the flags any more (panels rest one by one); the e2e tests read them to see what the app
 * is doing.
 * The attributes are set from a store subscription, not rendered: as props of the root they made
 * every toggle re-render the whole app (both cells and every panel) in the task that began a
 * drag or playback. Imports React and the store.
 */
import { useEffect, type RefObject } from 'react';
import { useStore, type Store } from '../store/store';
import { restPanelsOffscreen } from './restingPanels';

function mark(element: HTMLElement, name: string, isOn: boolean): void {
  if (isOn) element.setAttribute(name, '');
  else element.removeAttribute(name);
}

/** Keeps the flags on `root` while `isOn` (the main view; slides and the lab have no such panels). */
export function useMotionFlags(root: RefObject<HTMLElement | null>, isOn: boolean): void {
  useEffect(() => {
    const element = root.current;
    if (element === null || !isOn) return;
    const panels = typeof IntersectionObserver === 'function' ? restPanelsOffscreen(element) : null;
    const apply = (s: Store) => {
      mark(element, 'data-playing', s.isPlaying);
      mark(element, 'data-scrubbing', s.isScrubbing);
      panels?.setMoving(s.isPlaying || s.isScrubbing);
    };
    apply(useStore.getState());
    const unsubscribe = useStore.subscribe((s, prev) => {
      if (s.isPlaying !== prev.isPlaying || s.isScrubbing !== prev.isScrubbing) apply(s);
    });
    return () => {
      unsubscribe();
      panels?.dispose();
      mark(element, 'data-playing', false);
      mark(element, 'data-scrubbing', false);
    };
  }, [root, isOn]);
}
