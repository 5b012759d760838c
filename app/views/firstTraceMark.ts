/**
 * The performance mark `gatelab:first-trace-drawn`: the first frame with real numbers on screen,
 * for `npm run bench:ui` and the browser's performance panel. Called by a cell column once it has
 * committed a trace; marked once, after that frame. The panels below the cells wait for it
 * (stagedMount.ts: isFirstTraceDrawn, onFirstTraceDrawn), so nothing of theirs is fetched or drawn
 * before the first screen is. Imports nothing.
 */
let isMarked = false;
let isDrawn = false;
const listeners = new Set<() => void>();

export function markFirstTraceDrawn(): void {
  if (isMarked) return;
  isMarked = true;
  requestAnimationFrame(() => setTimeout(() => {
    performance.mark('gatelab:first-trace-drawn');
    isDrawn = true;
    for (const listener of [...listeners]) listener();
  }, 0));
}

/** True once the first frame with a trace has been drawn (and marked). */
export const isFirstTraceDrawn = (): boolean => isDrawn;

/** Calls `listener` when the first trace has been drawn; returns an unsubscribe function. */
export function onFirstTraceDrawn(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
