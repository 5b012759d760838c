/**
 * Pauses playback while the embed cannot be seen (scrolled out of the host's view, or the tab
 * hidden) and resumes it when it is seen again, but only if it was this pause that stopped it
 * and nobody pressed play or pause in between. Imports store types only.
 */
import type { Store } from '../store/store';

type StoreApi = { getState: () => Store; subscribe: (listener: (s: Store, prev: Store) => void) => () => void };

/** Why the embed cannot be seen. */
export type HiddenReason = 'offscreen' | 'tab';

export interface AutoPause {
  /** Report that the embed stopped (true) or started (false) being hidden for `reason`. */
  setHidden(reason: HiddenReason, isHidden: boolean): void;
  dispose(): void;
}

export function createAutoPause(store: StoreApi): AutoPause {
  const reasons = new Set<HiddenReason>();
  let shouldResume = false;
  let isOwnChange = false;
  const unsubscribe = store.subscribe((s, prev) => {
    // Someone else played or paused: their choice wins over an automatic resume.
    if (!isOwnChange && s.isPlaying !== prev.isPlaying) shouldResume = false;
  });
  const ownChange = (change: () => void) => {
    isOwnChange = true;
    try {
      change();
    } finally {
      isOwnChange = false;
    }
  };
  return {
    setHidden(reason, isHidden) {
      const wasHidden = reasons.size > 0;
      if (isHidden) reasons.add(reason); else reasons.delete(reason);
      const nowHidden = reasons.size > 0;
      if (!wasHidden && nowHidden && store.getState().isPlaying) {
        ownChange(() => store.getState().pause());
        shouldResume = true;
      } else if (wasHidden && !nowHidden && shouldResume) {
        shouldResume = false;
        ownChange(() => store.getState().play());
      }
    },
    dispose: unsubscribe,
  };
}
