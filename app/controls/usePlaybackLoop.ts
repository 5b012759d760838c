/**
 * Advances the cursor while playing, one micro-step (or, in parallel mode, one time step) per
 * interval scaled by the speed. Uses requestAnimationFrame; never recomputes. Imports app/ only.
 */
import { useEffect } from 'react';
import { useStore } from '../store/store';

/** Milliseconds per micro-step at 1×. */
export const BASE_INTERVAL_MS = 700;

export function usePlaybackLoop(): void {
  const isPlaying = useStore((s) => s.isPlaying);
  useEffect(() => {
    if (!isPlaying) return;
    let frame = 0;
    let last = performance.now();
    const tick = (now: number) => {
      const { settings, stepForward } = useStore.getState();
      const interval = BASE_INTERVAL_MS / settings.speed;
      if (now - last >= interval) {
        last = now;
        stepForward();
      }
      if (useStore.getState().isPlaying) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [isPlaying]);
}
