/**
 * Runs a task when the browser is idle, or after `timeoutMs` at the latest, so a busy page still
 * gets it. Where there is no idle callback, a short timer stands in. Used to stage work that the
 * first screen does not need (panels, KaTeX, font lookups). Imports nothing.
 */

/**
 * Returns a function that cancels the task if it has not run yet. The task gets the idle
 * period's deadline (none after the timer stand-in, or when the timeout forced it: no time left).
 */
export function whenIdle(task: (deadline?: IdleDeadline) => void, timeoutMs: number, win: Window = window): () => void {
  if (typeof win.requestIdleCallback === 'function') {
    const handle = win.requestIdleCallback(task, { timeout: timeoutMs });
    return () => win.cancelIdleCallback(handle);
  }
  const handle = win.setTimeout(() => task(), 16);
  return () => win.clearTimeout(handle);
}
