/**
 * Advances the cursor while playing, one micro-step (or, in parallel mode, one time step) per
 * interval scaled by the speed. Never recomputes. Imports app/ only.
 *
 * Two choices keep each step's work out of one long task:
 * - the loop starts and stops from a store subscription, so pressing Play or Pause does not
 *   re-render the component that hosts it (the whole app);
 * - a frame callback only checks the clock; the step itself runs in a task of its own posted
 *   from it, so the re-render and the next frame's style, layout and paint are two tasks, not one.
 */
import { useEffect } from 'react';
import { useStore } from '../store/store';

/** Milliseconds per micro-step at 1×. */
export const BASE_INTERVAL_MS = 700;

export function usePlaybackLoop(): void {
  useEffect(() => {
    let frame = 0;
    let last = 0;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (useStore.getState().isPlaying) useStore.getState().stepForward();
    };
    const tick = (now: number) => {
      const { settings, isPlaying } = useStore.getState();
      if (!isPlaying) return;
      if (now - last >= BASE_INTERVAL_MS / settings.speed) {
        last = now;
        channel.port2.postMessage(null);
      }
      frame = requestAnimationFrame(tick);
    };
    const start = () => {
      cancelAnimationFrame(frame);
      last = performance.now();
      frame = requestAnimationFrame(tick);
    };
    if (useStore.getState().isPlaying) start();
    const unsubscribe = useStore.subscribe((s, prev) => {
      if (s.isPlaying === prev.isPlaying) return;
      if (s.isPlaying) start();
      else cancelAnimationFrame(frame);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      channel.port1.close();
    };
  }, []);
}
