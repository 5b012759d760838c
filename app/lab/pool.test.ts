import { describe, expect, test } from 'vitest';
import type { LabSpec } from '../../src/engine/lab/spec';
import { createLabHost } from '../../src/worker/labHost';
import type { LabFinished } from '../../src/worker/labProtocol';
import { createLabPool, poolSizeFor, type RunListener } from './pool';

/** A Worker whose other side is the real lab host, in this thread, on timers. */
class HostWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  isTerminated = false;
  received: unknown[] = [];
  private host = createLabHost({
    post: (reply) => setTimeout(() => !this.isTerminated && this.onmessage?.({ data: reply } as MessageEvent), 0),
    later: (turn) => setTimeout(turn, 0),
    clock: () => performance.now(),
    chunkMs: 5,
  });
  postMessage(message: unknown) {
    this.received.push(message);
    setTimeout(() => !this.isTerminated && this.host.receive(message), 0);
  }
  terminate() { this.isTerminated = true; }
  crash() { this.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent); }
}

const spec = (cell: LabSpec['cell'], seed = 1): LabSpec => ({ task: 'adding', length: 8, cell, seed, preset: '350', steps: 30, progressEvery: 10, trainCount: 32, testCount: 16 });

/** A listener that records what it hears and resolves when the run ends. */
function recorder() {
  const log: string[] = [];
  let finish!: (value: LabFinished | string) => void;
  const ended = new Promise<LabFinished | string>((resolve) => (finish = resolve));
  const listener: RunListener = {
    onStarted: () => log.push('started'),
    onProgress: (points) => log.push(...points.map((p) => `step ${p.step}`)),
    onPaused: (step) => log.push(`paused at ${step}`),
    onDone: (f) => { log.push('done'); finish(f); },
    onError: (e) => { log.push('error'); finish(e); },
  };
  return { log, ended, listener };
}

describe('the training pool', () => {
  test('is sized to the cores, at least one worker', () => {
    expect(poolSizeFor(2)).toBe(2);
    expect(poolSizeFor(undefined)).toBe(1);
    expect(poolSizeFor(0)).toBe(1);
    expect(poolSizeFor(64)).toBe(8);
  });

  test('runs three cells on two workers, one model per worker at a time, each to the end', async () => {
    const workers: HostWorker[] = [];
    const pool = createLabPool(() => { const w = new HostWorker(); workers.push(w); return w as unknown as Worker; }, 2);
    const runs = (['rnn', 'gru', 'lstm'] as const).map((cell) => { const r = recorder(); pool.start(spec(cell), r.listener); return r; });
    expect(workers).toHaveLength(2);
    expect(pool.activeCount).toBe(3);
    const ends = await Promise.all(runs.map((r) => r.ended));
    for (const r of runs) expect(r.log).toEqual(['started', 'step 10', 'step 20', 'step 30', 'done']);
    expect(ends.map((e) => (typeof e === 'string' ? e : e.result.cell))).toEqual(['rnn', 'gru', 'lstm']);
    // The third run waited for a free worker: no worker ever got a second start while training.
    const starts = workers.map((w) => w.received.filter((m) => (m as { type: string }).type === 'start').length);
    expect(starts.sort()).toEqual([1, 2]);
    expect(pool.activeCount).toBe(0);
  });

  test('a cancelled run is silent and frees its worker for the queue', async () => {
    const pool = createLabPool(() => new HostWorker() as unknown as Worker, 1);
    const first = recorder(), second = recorder();
    const a = pool.start({ ...spec('gru'), steps: 100_000 }, first.listener);
    pool.start(spec('lstm'), second.listener);
    await new Promise((r) => setTimeout(r, 30));
    pool.cancel(a);
    const end = await second.ended;
    expect(typeof end).not.toBe('string');
    expect(first.log).not.toContain('done');
    expect(first.log).not.toContain('error');
  });

  test('a worker that dies fails its run with a message, and the next run gets a fresh worker', async () => {
    const workers: HostWorker[] = [];
    const pool = createLabPool(() => { const w = new HostWorker(); workers.push(w); return w as unknown as Worker; }, 1);
    const doomed = recorder();
    pool.start({ ...spec('gru'), steps: 100_000 }, doomed.listener);
    await new Promise((r) => setTimeout(r, 20));
    workers[0].crash();
    expect(await doomed.ended).toMatch(/training worker stopped \(out of memory\); this run was lost/);
    const next = recorder();
    pool.start(spec('rnn'), next.listener);
    expect(typeof (await next.ended)).not.toBe('string');
    expect(workers).toHaveLength(2);
    expect(workers[0].isTerminated).toBe(true);
  });

  test('a refused spec reaches the listener as an error naming the field', async () => {
    const pool = createLabPool(() => new HostWorker() as unknown as Worker, 1);
    const r = recorder();
    pool.start({ ...spec('gru'), steps: -1 }, r.listener);
    expect(await r.ended).toMatch(/^steps: /);
  });

  test('flow answers with the gradient flow at initialisation, even while every worker trains', async () => {
    const pool = createLabPool(() => new HostWorker() as unknown as Worker, 1);
    const r = recorder();
    const id = pool.start({ ...spec('gru'), steps: 100_000 }, r.listener);
    const flow = await pool.flow(spec('lstm'));
    expect(flow.highway?.gate).toBe('f');
    await expect(pool.flow({ ...spec('lstm'), forgetBias: 99 })).rejects.toThrow(/forgetBias/);
    pool.cancel(id);
  });
});

describe('pausing the pool', () => {
  test('a queued run paused before it gets a worker waits until resumed', async () => {
    const workers: HostWorker[] = [];
    const pool = createLabPool(() => { const w = new HostWorker(); workers.push(w); return w as unknown as Worker; }, 1);
    const first = recorder(), second = recorder();
    pool.start(spec('gru'), first.listener);
    const b = pool.start(spec('lstm'), second.listener);
    pool.pause(b);
    await first.ended;
    await new Promise((r) => setTimeout(r, 20));
    expect(second.log).toEqual([]);
    pool.resume(b);
    expect(typeof (await second.ended)).not.toBe('string');
  });
});

describe('flow requests', () => {
  test('spread over the pool’s workers instead of queueing on the first', async () => {
    const workers: HostWorker[] = [];
    const pool = createLabPool(() => { const w = new HostWorker(); workers.push(w); return w as unknown as Worker; }, 2);
    const flows = await Promise.all([pool.flow(spec('rnn')), pool.flow(spec('gru')), pool.flow(spec('lstm'))]);
    expect(flows.map((f) => f.highway?.gate)).toEqual([undefined, 'z', 'f']);
    expect(workers).toHaveLength(2);
    const counts = workers.map((w) => w.received.length).sort();
    expect(counts).toEqual([1, 2]);
  });
});

test('prepare starts every worker ahead of the first run', () => {
  const workers: HostWorker[] = [];
  const pool = createLabPool(() => { const w = new HostWorker(); workers.push(w); return w as unknown as Worker; }, 2);
  pool.prepare();
  pool.prepare();
  expect(workers).toHaveLength(2);
});
