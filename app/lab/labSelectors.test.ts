import { describe, expect, test } from 'vitest';
import { DEFAULT_LAB_FORM } from './labForm';
import { activeMs, batchProgress, describeTimeLeft, isBatchActive, secondsLeft } from './labSelectors';
import type { LabBatch, LabRunState } from './labStore';

const point = (step: number) => ({ step, steps: 100, loss: 0.1, metric: 0.1, gradNorm: 1, seconds: step / 100 });
const run = (id: number, status: LabRunState['status'], done: number): LabRunState => ({
  id, cell: 'gru', seed: id, status, steps: 100, points: done > 0 ? [point(done)] : [],
});
const batch = (runs: LabRunState[], patch: Partial<LabBatch> = {}): LabBatch => ({
  form: DEFAULT_LAB_FORM, runs, startedAt: 1000, pausedMs: 0, pausedAt: null, endedAt: null, isCancelled: false, ...patch,
});

describe('lab selectors', () => {
  test('progress counts the steps done over the runs that can still finish', () => {
    expect(batchProgress(batch([run(1, 'running', 50), run(2, 'queued', 0)]))).toEqual({ done: 50, total: 200, fraction: 0.25 });
    // A failed run counts only what it did.
    expect(batchProgress(batch([run(1, 'failed', 20), run(2, 'running', 60)]))).toEqual({ done: 80, total: 120, fraction: 80 / 120 });
  });

  test('the time left follows the rate so far, pauses excluded', () => {
    const b = batch([run(1, 'running', 50), run(2, 'running', 50)], { pausedMs: 1000 });
    // 100 of 200 steps in 2 s of training (3 s minus a 1 s pause): 2 s left.
    expect(activeMs(b, 4000)).toBe(2000);
    expect(secondsLeft(b, 4000)).toBe(2);
    expect(secondsLeft({ ...b, pausedAt: 3500 }, 4000)).toBeCloseTo(1.5, 9);
    expect(secondsLeft(batch([run(1, 'queued', 0)]), 4000)).toBeNull();
    expect(secondsLeft(batch([run(1, 'done', 100)]), 4000)).toBeNull();
  });

  test('a batch is active while any run is queued, training or paused', () => {
    expect(isBatchActive(null)).toBe(false);
    expect(isBatchActive(batch([run(1, 'done', 100), run(2, 'paused', 10)]))).toBe(true);
    expect(isBatchActive(batch([run(1, 'done', 100), run(2, 'cancelled', 10)]))).toBe(false);
  });

  test('the time left reads in seconds, then minutes', () => {
    expect(describeTimeLeft(null)).toBe('estimating the time left…');
    expect(describeTimeLeft(0.2)).toBe('almost done');
    expect(describeTimeLeft(24.1)).toBe('about 25 s left');
    expect(describeTimeLeft(600)).toBe('about 10 min left');
  });
});
