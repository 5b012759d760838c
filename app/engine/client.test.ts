import { afterEach, describe, expect, test, vi } from 'vitest';
import { handle } from '../../src/worker/handler';
import type { Reply, Request } from '../../src/worker/protocol';
import { createAppStore } from '../store/store';
import { importedFor } from '../store/weights.testing';
import { answerBudgetMs, MAX_RESTARTS, startEngineClient } from './client';

/** A Worker stand-in that answers with the real handler when told to, in any order. */
class FakeWorker {
  onmessage: ((event: MessageEvent<Reply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  inbox: Request[] = [];
  postMessage(request: Request) { this.inbox.push(request); }
  answer(index: number) { this.onmessage?.({ data: handle(this.inbox[index]) } as MessageEvent<Reply>); }
  crash() { this.onerror?.({ preventDefault() {} } as ErrorEvent); }
  isTerminated = false;
  terminate() { this.isTerminated = true; }
}

/** A client on fake workers, each one kept for the test to drive. */
function clientOnFakes() {
  const store = createAppStore();
  const workers: FakeWorker[] = [];
  const client = startEngineClient(store, () => { const w = new FakeWorker(); workers.push(w); return w as unknown as Worker; });
  return { store, workers, client, notices: () => store.getState().notices.map((n) => `${n.kind}: ${n.text}`).join('\n') };
}

afterEach(() => { vi.useRealTimers(); });

describe('the engine client', () => {
  test('a late reply to an old request is dropped: the newest trace wins', () => {
    const store = createAppStore();
    const workers: FakeWorker[] = [];
    startEngineClient(store, () => { const w = new FakeWorker(); workers.push(w); return w as unknown as Worker; });
    store.getState().applySettings({ hiddenSize: 6 });
    const w = workers[0];
    expect(w.inbox).toHaveLength(2);
    w.answer(1);
    expect(store.getState().results.gru?.trace.config.hiddenSize).toBe(6);
    w.answer(0); // the stale one arrives late
    expect(store.getState().results.gru?.trace.config.hiddenSize).toBe(6);
  });

  test('trained cells are computed at their own sizes, a seeded cell at the shared one', () => {
    const store = createAppStore();
    const w = new FakeWorker();
    startEngineClient(store, () => w as unknown as Worker);
    store.getState().openTrainedModels({
      label: 'test', inputSize: 2, steps: 3, inputs: [1, 0, 0, 1, 0.5, 0],
      models: [importedFor('gru', 19, 2), importedFor('lstm', 16, 2)],
    });
    store.getState().applySettings({ cells: ['gru', 'lstm', 'rnn'], hiddenSize: 5 });
    w.answer(w.inbox.length - 1);
    const { results } = store.getState();
    expect([results.gru, results.lstm, results.rnn].map((r) => r?.trace.config.hiddenSize)).toEqual([19, 16, 5]);
    expect(Array.from(results.lstm!.trace.h0)).toEqual(Array.from(importedFor('lstm', 16, 2).h0));
  });

  test('settings that do not change the numbers send no request', () => {
    const store = createAppStore();
    const w = new FakeWorker();
    startEngineClient(store, () => w as unknown as Worker);
    store.getState().applySettings({ theme: 'dark', speed: 2 });
    expect(w.inbox).toHaveLength(1);
  });

  test('a dead worker is replaced, the trace recomputed and the learner told', () => {
    const store = createAppStore();
    const workers: FakeWorker[] = [];
    startEngineClient(store, () => { const w = new FakeWorker(); workers.push(w); return w as unknown as Worker; });
    store.getState().applySettings({ seed: 99 });
    workers[0].crash();
    expect(workers).toHaveLength(2);
    workers[1].answer(0);
    expect(store.getState().traceStatus).toBe('ready');
    expect(store.getState().settings.seed).toBe(99);
    expect(store.getState().notices.map((n) => n.text).join()).toMatch(/restarted/);
  });

  test('an engine error is shown, and the last good trace stays', () => {
    const store = createAppStore();
    const w = new FakeWorker();
    startEngineClient(store, () => w as unknown as Worker);
    w.answer(0);
    const good = store.getState().results.gru;
    store.getState().applySettings({ overrides: { gru: [{ gate: 'f', value: 1 }], lstm: [], rnn: [] } });
    w.answer(1);
    expect(store.getState().traceStatus).toBe('error');
    expect(store.getState().traceError).toMatch(/gate/);
    expect(store.getState().results.gru).toBe(good);
  });
  test('a worker that stops answering (hung, or closed itself) is replaced once its budget runs out', () => {
    vi.useFakeTimers();
    const { store, workers, notices } = clientOnFakes();
    workers[0].answer(0);
    store.getState().applySettings({ seed: 42 });
    vi.advanceTimersByTime(answerBudgetMs(workers[0].inbox[1]) - 1);
    expect(workers).toHaveLength(1); // still within its budget
    vi.advanceTimersByTime(1);
    expect(workers[0].isTerminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(notices()).toMatch(/^warning: The engine worker did not answer for too long; it was restarted/);
    workers[1].answer(0);
    expect(store.getState().traceStatus).toBe('ready');
    expect(store.getState().results.gru?.trace.config).toMatchObject({ hiddenSize: store.getState().settings.hiddenSize });
    expect(store.getState().settings.seed).toBe(42);
  });

  test('in a hidden page an overdue answer is waited for, not taken for a dead worker', () => {
    vi.useFakeTimers();
    vi.stubGlobal('document', { visibilityState: 'hidden' });
    try {
      const { store, workers } = clientOnFakes();
      workers[0].answer(0);
      store.getState().applySettings({ seed: 5 });
      vi.advanceTimersByTime(5 * answerBudgetMs(workers[0].inbox[0]));
      expect(workers).toHaveLength(1);
      vi.stubGlobal('document', { visibilityState: 'visible' });
      vi.advanceTimersByTime(answerBudgetMs(workers[0].inbox[0]));
      expect(workers).toHaveLength(2);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  test('answers in time keep the watchdog quiet, each request timed from when the worker could start it', () => {
    vi.useFakeTimers();
    const { store, workers } = clientOnFakes();
    workers[0].answer(0);
    store.getState().applySettings({ seed: 5 });
    store.getState().applySettings({ seed: 6 });
    const budget = answerBudgetMs(workers[0].inbox[1]);
    vi.advanceTimersByTime(budget - 10);
    workers[0].answer(1); // the answer restarts the clock for the next request
    vi.advanceTimersByTime(budget - 10);
    workers[0].answer(2);
    vi.advanceTimersByTime(10 * budget);
    expect(workers).toHaveLength(1);
    expect(store.getState().notices).toEqual([]);
  });

  test('a worker that has not answered yet is not timed: its scripts may still be loading', () => {
    vi.useFakeTimers();
    const { store, workers } = clientOnFakes();
    vi.advanceTimersByTime(60_000);
    expect(workers).toHaveLength(1);
    workers[0].answer(0);
    expect(store.getState().traceStatus).toBe('ready');
  });

  test('a scenario file gets a second more per megabyte of text', () => {
    const trace = answerBudgetMs({ type: 'trace', id: 1, inputSize: 1, inputs: new Float64Array(1), cells: [] });
    expect(answerBudgetMs({ type: 'scenario', id: 2, text: 'x'.repeat(3_000_000) })).toBe(trace + 3000);
  });

  test(`a worker that dies at once ${MAX_RESTARTS} times in a row is not restarted in a loop; the last numbers stay and a new setting tries again`, async () => {
    const { store, workers, client, notices } = clientOnFakes();
    workers[0].answer(0);
    const good = store.getState().results.lstm;
    const reading = client.parseScenario('{}');
    store.getState().applySettings({ seed: 8 });
    workers[0].crash();
    expect(await reading).toEqual({ ok: false, error: 'the engine worker stopped unexpectedly' });
    expect(notices()).toBe('warning: The engine worker stopped unexpectedly; it was restarted and everything was recomputed.');
    for (let k = 1; k <= MAX_RESTARTS; k++) workers[k].crash();
    expect(workers).toHaveLength(MAX_RESTARTS + 1);
    expect(store.getState().traceStatus).toBe('error');
    expect(store.getState().traceError).toMatch(/^the engine worker stopped unexpectedly after 2 restarts in a row\. The numbers shown are the last ones computed; change a setting to try again/);
    expect(store.getState().results.lstm).toBe(good);
    // The restarts' warning said everything was recomputed: gone once that stops being true.
    expect(notices()).toBe('');
    store.getState().applySettings({ seed: 9 });
    expect(workers).toHaveLength(MAX_RESTARTS + 2);
    workers[MAX_RESTARTS + 1].answer(0);
    expect(store.getState().traceStatus).toBe('ready');
    expect(store.getState().results.lstm).not.toBe(good);
  });

  test('a worker that keeps failing after that one more try gives up again at once', () => {
    const { store, workers } = clientOnFakes();
    for (let k = 0; k <= MAX_RESTARTS; k++) workers[k].crash();
    store.getState().applySettings({ seed: 3 });
    workers[MAX_RESTARTS + 1].crash();
    expect(workers).toHaveLength(MAX_RESTARTS + 2);
    expect(store.getState().traceStatus).toBe('error');
  });
});
