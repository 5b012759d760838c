/**
 * The KaTeX loading status for React: asks for KaTeX when the browser is idle after the first
 * screen, has what is on screen typeset ahead, re-renders when it is ready, and says so in a notice if it failed (the equations then
 * stay in plain text). Imports app/ only.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useStore } from '../../store/store';
import { whenIdle } from '../../whenIdle';
import { katexStatus, loadKatex, subscribeKatex, type KatexStatus } from './katexLoader';

/** Long enough for the first trace to be drawn first, short enough to feel immediate. */
const IDLE_TIMEOUT_MS = 400;

/** `needed`: the TeX strings on screen, typeset ahead before the swap from plain text. */
export function useKatex(needed: readonly string[]): KatexStatus {
  const status = useSyncExternalStore(subscribeKatex, katexStatus, katexStatus);
  const neededNow = useRef(needed);
  useEffect(() => {
    neededNow.current = needed;
  });
  useEffect(() => {
    if (katexStatus() !== 'idle') return;
    return whenIdle(() => {
      void loadKatex(() => neededNow.current).then(() => {
        if (katexStatus() === 'failed') {
          useStore.getState().addNotice('warning', 'The equation typesetter did not load, so the equations are shown as plain text.');
        }
      });
    }, IDLE_TIMEOUT_MS);
  }, []);
  return status;
}
