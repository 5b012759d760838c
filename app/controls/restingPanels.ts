/**
 * Which panels skip rendering while the cursor moves (playback or a slider drag): the ones off
 * screen, each marked `data-resting` (base.css gives it `content-visibility: auto`). Every cursor
 * move changes every panel, and re-laying-out KaTeX and canvases nobody sees cost frames.
 *
 * The switch is per panel and never touches one on screen. Switching every panel at once, on the
 * app's root, made the Play or Pause click's frame restyle, re-lay-out and repaint all of them:
 * 35–55 ms, a long task on a busy machine. Now a panel starts resting the moment it is known to
 * be off screen. When the motion stops, the panels wake one per idle moment, in page order, so
 * no task holds more than one panel's share; scrolled near, a resting panel renders anyway.
 * Imports app/whenIdle only.
 */
import { whenIdle } from '../whenIdle';

export const RESTING = 'data-resting';
/** A panel wakes this late at the latest, so a busy page renders everything again soon. */
const WAKE_TIMEOUT_MS = 500;

export interface RestingPanels {
  /** Say whether the cursor moves now; at once for a start, spread over idle moments for a stop. */
  setMoving(isMoving: boolean): void;
  /** Stops watching and wakes every panel. */
  dispose(): void;
}

type Observe = (callback: IntersectionObserverCallback) => Pick<IntersectionObserver, 'observe' | 'disconnect'>;
const observeIntersections: Observe = (callback) => new IntersectionObserver(callback);

/** Watches the `.panel` elements inside `root` (looked up at each start: panels mount late). */
export function restPanelsOffscreen(root: Element, observe: Observe = observeIntersections, idle = whenIdle): RestingPanels {
  const isOnScreen = new WeakMap<Element, boolean>();
  let isMoving = false;
  let cancelWake: (() => void) | null = null;

  const observer = observe((entries) => {
    for (const entry of entries) {
      isOnScreen.set(entry.target, entry.isIntersecting);
      // Scrolled away during the motion: rest from now on. Scrolled into view, it renders anyway.
      if (isMoving && !entry.isIntersecting) entry.target.setAttribute(RESTING, '');
    }
  });

  const wakeNext = () => {
    cancelWake = null;
    const panel = root.querySelector(`.panel[${RESTING}]`);
    if (!panel) return;
    panel.removeAttribute(RESTING);
    cancelWake = idle(wakeNext, WAKE_TIMEOUT_MS);
  };

  return {
    setMoving(moving) {
      if (moving === isMoving) return;
      isMoving = moving;
      cancelWake?.();
      cancelWake = null;
      if (!moving) {
        cancelWake = idle(wakeNext, WAKE_TIMEOUT_MS);
        return;
      }
      for (const panel of root.querySelectorAll('.panel')) {
        const seen = isOnScreen.get(panel);
        // Not yet watched: its first report comes within a frame and decides.
        if (seen === undefined) observer.observe(panel);
        else if (!seen) panel.setAttribute(RESTING, '');
      }
    },
    dispose() {
      cancelWake?.();
      observer.disconnect();
      for (const panel of root.querySelectorAll(`.panel[${RESTING}]`)) panel.removeAttribute(RESTING);
    },
  };
}
