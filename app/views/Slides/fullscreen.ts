/**
 * The Fullscreen API on the app's root element, and a hook that follows it (Esc leaves full
 * screen by the browser's own rule). Imports React only.
 */
import { useEffect, useState } from 'react';

/** The element to show full screen: the app root around `inside`. */
const rootOf = (inside: HTMLElement) => inside.closest<HTMLElement>('.app') ?? inside;

export function toggleFullscreen(inside: HTMLElement | null): void {
  if (!inside || !document.fullscreenEnabled) return;
  // A refused request (no user gesture, a policy) leaves the page as it is; nothing to report.
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  else rootOf(inside).requestFullscreen().catch(() => undefined);
}

export function useIsFullscreen(): boolean {
  const [isFullscreen, setIsFullscreen] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setIsFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  return isFullscreen;
}
