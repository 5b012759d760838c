import { describe, expect, test } from 'vitest';
import { handle } from '../../src/worker/handler';
import type { Reply, Request } from '../../src/worker/protocol';
import { createAppStore } from '../store/store';
import { importedFor } from '../store/weights.testing';
import { startEngineClient } from './client';

/** A Worker stand-in that answers with the real handler when told to, in any order. */
class FakeWorker {
  onmessage: ((event: MessageEvent<Reply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  inbox: Request[] = [];
  postMessage(request: Request) { this.inbox.push(request); }
  answer(index: number) { this.onmessage?.({ data: handle(this.inbox[index]) } as MessageEvent<Reply>); }
  crash() { this.onerror?.({ preventDefault() {} } as ErrorEvent); }
  terminate() {}
}

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
});
