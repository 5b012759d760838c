/**
 * Mounts the panels below the cells one at a time, each in its own idle moment after the first
 * trace is on screen. Mounted together with the cells they made the load's longest task 50–130 ms
 * (their style, layout and first paint in one frame); one per idle callback, no task holds more
 * than one panel's share. The equations use the same staging to swap in KaTeX one equation at a
 * time. Imports React and the store.
 */
import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';
import { useStore } from '../store/store';
import { whenIdle } from '../whenIdle';
import { isFirstTraceDrawn, onFirstTraceDrawn } from './firstTraceMark';

/** An idle callback comes this late at the latest, so a busy page still gets its panels. */
const IDLE_TIMEOUT_MS = 300;
/** Panels mount after this even if no trace has come (a slow or failing worker). */
const FIRST_SCREEN_TIMEOUT_MS = 2000;

/** 0 until `isStarted`, then one more per idle moment, up to `count`: how much of a staged job may show. */
export function useIdleCount(isStarted: boolean, count: number): number {
  const [done, setDone] = useState(0);
  useEffect(() => {
    if (!isStarted || done >= count) return;
    // A transition: React renders the new piece in slices of a few ms, yielding between them.
    return whenIdle(() => startTransition(() => setDone((n) => n + 1)), IDLE_TIMEOUT_MS);
  }, [isStarted, done, count]);
  return done;
}

/**
 * How many of `count` staged panels may be mounted now: 0 until the first screen is drawn (or the
 * engine failed), then one more per idle moment. Drawn, not just computed: on a fast load the trace
 * came before the first frame, and the panels' code was fetched in the middle of the first screen.
 */
export function useStagedMount(count: number): number {
  const isDrawn = useSyncExternalStore(onFirstTraceDrawn, isFirstTraceDrawn, isFirstTraceDrawn);
  const hasFailed = useStore((s) => s.traceStatus === 'error');
  const hasFirstScreen = isDrawn || hasFailed;
  const [hasTimedOut, setTimedOut] = useState(false);
  useEffect(() => {
    if (hasFirstScreen) return;
    const timer = window.setTimeout(() => setTimedOut(true), FIRST_SCREEN_TIMEOUT_MS);
    return () => window.clearTimeout(timer);
  }, [hasFirstScreen]);
  return useIdleCount(hasFirstScreen || hasTimedOut, count);
}
