import { describe, expect, test } from 'vitest';
import { createLabRun } from '../engine/lab/run';
import type { LabSpec } from '../engine/lab/spec';
import { createLabHost } from './labHost';
import type { LabReply } from './labProtocol';

const spec: LabSpec = { task: 'adding', length: 10, cell: 'gru', seed: 3, preset: '350', steps: 40, progressEvery: 10, trainCount: 64, testCount: 32 };

/** A host on a fake scheduler: `drain` runs queued turns one at a time, as a worker's event loop would. */
function fakeHost(chunkMs = 100) {
  const replies: LabReply[] = [];
  const queue: (() => void)[] = [];
  let now = 0;
  const host = createLabHost({
    post: (r) => replies.push(r),
    later: (turn) => queue.push(turn),
    clock: () => (now += 1), // every reading advances 1 ms
    chunkMs,
  });
  const drain = (max = Infinity) => {
    for (let k = 0; k < max && queue.length > 0; k++) queue.shift()!();
  };
  return { host, replies, queue, drain };
}

describe('the lab worker host', () => {
  test('a run reports started, progress points and one done with the same numbers as the engine run', () => {
    const { host, replies, drain } = fakeHost();
    host.receive({ type: 'start', id: 5, spec });
    drain();
    expect(replies[0]).toMatchObject({ type: 'started', id: 5, hiddenSize: 9 });
    const points = replies.flatMap((r) => (r.type === 'progress' ? r.points : []));
    expect(points.map((p) => p.step)).toEqual([10, 20, 30, 40]);
    const done = replies.at(-1)!;
    if (done.type !== 'done') throw new Error(`expected done, got ${done.type}`);
    const direct = createLabRun(spec);
    while (!direct.isDone) direct.step(7);
    expect(done.result.finalLoss).toBe(direct.result().finalLoss);
    expect(points.map((p) => p.loss)).toEqual(direct.history.map((p) => p.loss));
    expect(done.sample.inputs).toHaveLength(10 * 2);
    expect(done.flowAtInit.steps).toBe(10);
    expect(done.flowTrained.dLdh).toHaveLength(10);
    expect(host.runCount).toBe(0);
  });

  test('pause stops the turns, resume continues them, cancel drops the run without a reply', () => {
    const { host, replies, queue, drain } = fakeHost();
    host.receive({ type: 'start', id: 1, spec });
    drain(1);
    host.receive({ type: 'pause', id: 1 });
    expect(replies.at(-1)).toEqual({ type: 'paused', id: 1, step: 1 });
    host.receive({ type: 'pause', id: 1 }); // said once
    drain();
    const before = replies.length;
    expect(replies.filter((r) => r.type === 'paused')).toHaveLength(1);
    expect(queue).toHaveLength(0);
    host.receive({ type: 'resume', id: 1 });
    expect(queue).toHaveLength(1);
    host.receive({ type: 'cancel', id: 1 });
    drain();
    expect(replies).toHaveLength(before);
    expect(host.runCount).toBe(0);
  });

  test('the chunk grows until a chunk takes about chunkMs', () => {
    const { host, replies, drain } = fakeHost(1000);
    host.receive({ type: 'start', id: 2, spec: { ...spec, steps: 400, progressEvery: 1 } });
    drain(3);
    const sizes = replies.filter((r) => r.type === 'progress').map((r) => (r.type === 'progress' ? r.points.length : 0));
    expect(sizes[0]).toBe(1);
    expect(sizes[1]).toBeGreaterThan(sizes[0]);
  });

  test('a bad spec or message is answered with an error naming the field', () => {
    const { host, replies } = fakeHost();
    host.receive({ type: 'start', id: 3, spec: { ...spec, length: 0 } });
    host.receive({ type: 'start', id: 4, spec: { ...spec, presett: '350' } });
    host.receive({ type: 'train', id: 6 });
    host.receive({ type: 'flow', id: 'x', spec });
    host.receive(null);
    expect(replies.map((r) => (r.type === 'error' ? r.error : r.type))).toEqual([
      expect.stringMatching(/^length: expected a whole number/),
      expect.stringMatching(/presett/),
      expect.stringMatching(/type: expected one of start, pause/),
      expect.stringMatching(/id: expected a whole number/),
      expect.stringMatching(/expected an object/),
    ]);
    expect(replies.map((r) => r.id)).toEqual([3, 4, 6, -1, -1]);
  });

  test('a flow request returns the gradient flow at initialisation for the spec', () => {
    const { host, replies } = fakeHost();
    host.receive({ type: 'flow', id: 8, spec: { ...spec, cell: 'lstm', forgetBias: 2 } });
    const reply = replies[0];
    if (reply.type !== 'flow') throw new Error('expected a flow');
    expect(reply.flow.highway?.gate).toBe('f');
    expect(reply.flow.dLdh).toHaveLength(10);
  });
});
