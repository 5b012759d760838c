/**
 * The performance mark `gatelab:first-trace-drawn`: the first frame with real numbers on screen,
 * for `npm run bench:ui` and the browser's performance panel. Called by a cell column once it has
 * committed a trace; marked once, after that frame. Imports nothing.
 */
let isMarked = false;

export function markFirstTraceDrawn(): void {
  if (isMarked) return;
  isMarked = true;
  requestAnimationFrame(() => setTimeout(() => performance.mark('gatelab:first-trace-drawn'), 0));
}
