import { describe, expect, test } from 'vitest';
import { handle } from './handler';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { conformanceDir } from '../engine/testing/vectors';
import type { TraceRequest } from './protocol';

const request = (overrides: Partial<TraceRequest> = {}): TraceRequest => ({
  type: 'trace',
  id: 1,
  inputSize: 1,
  inputs: Float64Array.from([0.5, -0.25, 1]),
  cells: [
    { config: { kind: 'gru', inputSize: 1, hiddenSize: 3 }, weights: { kind: 'seed', seed: 4, forgetBias: 0 }, overrides: [] },
    { config: { kind: 'lstm', inputSize: 1, hiddenSize: 3 }, weights: { kind: 'seed', seed: 4, forgetBias: 1 }, overrides: [] },
  ],
  ...overrides,
});

describe('the worker handler', () => {
  test('a trace request returns one trace per cell, in order', () => {
    const reply = handle(request());
    expect(reply.ok).toBe(true);
    if (!reply.ok || reply.type !== 'trace') throw new Error('expected a trace');
    expect(reply.cells.map((c) => c.trace.config.kind)).toEqual(['gru', 'lstm']);
    expect(reply.cells[0].trace.h).toHaveLength(9);
    expect(reply.id).toBe(1);
  });

  test('a trace reply says which hidden-path kernel ran: WebAssembly SIMD here, in Node', () => {
    const reply = handle(request());
    expect(reply).toMatchObject({ ok: true, type: 'trace', kernel: 'wasm-simd' });
  });

  test('the same request gives bit-identical numbers', () => {
    const a = handle(request()), b = handle(request());
    if (!a.ok || a.type !== 'trace' || !b.ok || b.type !== 'trace') throw new Error('expected traces');
    expect(Array.from(a.cells[1].trace.h)).toEqual(Array.from(b.cells[1].trace.h));
  });

  test('a malformed request is answered with an error naming the field, not a throw', () => {
    const reply = handle({ type: 'trace', id: 7, inputSize: 1, inputs: [1, 2], cells: [] });
    expect(reply).toMatchObject({ ok: false, id: 7 });
    if (reply.ok) throw new Error('expected an error');
    expect(reply.error).toMatch(/inputs/);
  });

  test('hidden sizes past the limit are refused', () => {
    const bad = request();
    bad.cells[0].config.hiddenSize = 5000;
    const reply = handle(bad);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/cells\[0\]\.config\.hiddenSize/);
  });

  test('non-finite inputs are refused with their position', () => {
    const reply = handle(request({ inputs: Float64Array.from([0, NaN, 1]) }));
    expect(reply).toMatchObject({ ok: false });
    if (!reply.ok) expect(reply.error).toMatch(/inputs\[1\]\[0\]/);
  });

  test('given weights of the wrong shape are refused, naming the buffer', () => {
    const bad = request();
    bad.cells[0].weights = { kind: 'given', weights: { wIh: new Float64Array(2), wHh: new Float64Array(27), bIh: new Float64Array(9), bHh: new Float64Array(9) } };
    const reply = handle(bad);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/cells\[0\]\.weights\.wIh: expected 9 numbers, got 2/);
  });

  test('an override on a gate the cell does not have is refused', () => {
    const bad = request();
    bad.cells[0].overrides = [{ gate: 'f', value: 1 }];
    const reply = handle(bad);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/gate/);
  });

  test('a scenario file is validated in the worker', () => {
    const text = readFileSync(join(conformanceDir, 'lstm_slide.json'), 'utf8');
    const reply = handle({ type: 'scenario', id: 3, text });
    expect(reply).toMatchObject({ ok: true, type: 'scenario', id: 3 });
    const broken = handle({ type: 'scenario', id: 4, text: '{"cell": "gru"' });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error).toMatch(/JSON/);
  });

  test('an unknown message type is answered, not thrown', () => {
    expect(handle({ type: 'launch', id: 9 })).toMatchObject({ ok: false, id: 9 });
    expect(handle(null)).toMatchObject({ ok: false, id: -1 });
  });
});
