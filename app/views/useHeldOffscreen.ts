/**
 * What a panel below the fold shows while playback runs: the cursor it last showed on screen,
 * until it scrolls into view or playback stops. At every time step of playback the equations
 * alone rebuilt about 20 ms of elements nobody could see (traced at 4×, 1280×800), and those
 * tasks cost frames. Anything that stops playback, or brings the panel into view, shows the
 * current numbers at once. Imports React and the store.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useStore } from '../store/store';

export function useHeldOffscreen<T>(value: T, target: RefObject<Element | null>): T {
  const isPlaying = useStore((s) => s.isPlaying);
  const [isSeen, setSeen] = useState(true);
  useEffect(() => {
    const element = target.current;
    if (!element || typeof IntersectionObserver !== 'function') return;
    // Any pixel in view counts; scrolled in, it catches up within a frame or two.
    const observer = new IntersectionObserver(([entry]) => setSeen(entry.isIntersecting));
    observer.observe(element);
    return () => observer.disconnect();
  }, [target]);
  const shown = useRef(value);
  if (!isPlaying || isSeen) shown.current = value;
  return shown.current;
}
