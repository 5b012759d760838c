/**
 * What the lab panel derives from a batch: steps done, the share done, the time left, whether
 * anything still runs. Pure functions of the state (tested). Imports labStore types.
 */
import type { LabBatch, LabRunState } from './labStore';

export const isRunOver = (run: LabRunState) => run.status === 'done' || run.status === 'failed' || run.status === 'cancelled';

/** Some run is queued, training or paused. */
export const isBatchActive = (batch: LabBatch | null): boolean => batch !== null && batch.runs.some((r) => !isRunOver(r));

/** Paused, and every started run's worker has confirmed it stopped. */
export const isPauseComplete = (batch: LabBatch): boolean =>
  batch.pausedAt !== null && batch.runs.every((r) => isRunOver(r) || r.isPauseConfirmed === true);

export function stepsDone(run: LabRunState): number {
  return run.finished ? run.finished.result.steps : run.points.at(-1)?.step ?? 0;
}

/** Steps done and to do over the runs that can still finish (failed and cancelled runs count as they stopped). */
export function batchProgress(batch: LabBatch): { done: number; total: number; fraction: number } {
  let done = 0, total = 0;
  for (const run of batch.runs) {
    const d = stepsDone(run);
    done += d;
    total += isRunOver(run) && run.status !== 'done' ? d : run.steps;
  }
  return { done, total, fraction: total > 0 ? done / total : 1 };
}

/** Milliseconds the batch has been training (pauses excluded), at `now`. */
export function activeMs(batch: LabBatch, now: number): number {
  const end = batch.endedAt ?? now;
  const pausedNow = batch.pausedAt !== null ? end - batch.pausedAt : 0;
  return Math.max(0, end - batch.startedAt - batch.pausedMs - pausedNow);
}

/**
 * Seconds left at the rate so far (all workers together), or null before the first progress
 * point or once nothing runs.
 */
export function secondsLeft(batch: LabBatch, now: number): number | null {
  if (!isBatchActive(batch)) return null;
  const { done, total } = batchProgress(batch);
  const ms = activeMs(batch, now);
  if (done === 0 || ms <= 0) return null;
  return ((total - done) * ms) / done / 1000;
}

/** "about 25 s left", "about 2 min left". */
export function describeTimeLeft(seconds: number | null): string {
  if (seconds === null) return 'estimating the time left…';
  if (seconds < 1) return 'almost done';
  if (seconds < 90) return `about ${Math.ceil(seconds)} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}
