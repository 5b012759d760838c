import { describe, expect, test } from 'vitest';
import { traceToJson } from '../../src/engine/io/traceJson';
import { computedSource } from './sourceForTests';
import { cellTraceJson, traceToJsonDocument } from './traceJsonDoc';

describe('the trace as JSON', () => {
  test.each(['after', 'before'] as const)('each cell carries the engine’s own trace JSON (GRU reset %s)', (reset) => {
    const source = computedSource({ cells: ['gru', 'lstm', 'rnn'], reset, overrides: { lstm: [{ gate: 'f', value: 1 }] } });
    for (const { trace } of source.cells) {
      const json = cellTraceJson(trace);
      const engine = traceToJson(trace);
      for (const key of Object.keys(engine) as (keyof typeof engine)[]) expect(json[key], key).toEqual(engine[key]);
    }
  });

  test('arrays are [T][H] per quantity, with the inputs and initial state', () => {
    const doc = traceToJsonDocument(computedSource({ cells: ['gru', 'lstm'], inputSize: 2, hiddenSize: 3, steps: 4 }));
    const [gru, lstm] = doc.cells;
    expect(gru.cell).toBe('gru');
    expect(gru.config).toEqual({ input_size: 2, hidden_size: 3, reset: 'after' });
    for (const q of ['r', 'z', 'n', 'h'] as const) expect([gru[q]!.length, gru[q]![0].length]).toEqual([4, 3]);
    for (const q of ['i', 'f', 'g', 'o', 'c', 'h', 'tanh_c'] as const) expect([lstm[q]!.length, lstm[q]![0].length]).toEqual([4, 3]);
    expect([gru.x.length, gru.x[0].length]).toEqual([4, 2]);
    expect(gru.h0).toEqual([0, 0, 0]);
    expect(lstm.c0).toEqual([0, 0, 0]);
    expect(gru.c0).toBeUndefined();
  });

  test('the text round-trips: parsing it gives back every number exactly', () => {
    const source = computedSource({ cells: ['gru', 'lstm'], overrides: { gru: [{ gate: 'r', value: 0.25, t: 3 }] } });
    const doc = traceToJsonDocument(source);
    const back = JSON.parse(JSON.stringify(doc));
    expect(back).toEqual(doc);
    const { trace } = source.cells[1];
    expect(back.cells[1].h.flat().every((v: number, k: number) => Object.is(v, trace.h[k]))).toBe(true);
    expect(back.cells[0].forced.r[2]).toEqual([0.25, 0.25, 0.25]);
    expect(back.cells[0].forced.r[0]).toEqual([null, null, null]);
  });

  test('the header names cells, variants, convention, sizes and the link', () => {
    const { header } = traceToJsonDocument(computedSource({ cells: ['lstm', 'gru'] }));
    expect(header.format).toBe('gatelab-trace');
    expect(header.cells.map((c) => c.cell)).toEqual(['lstm', 'gru']);
    expect(header.cells[1].variant).toMatch(/^reset after the matmul/);
    expect(header.sizes).toEqual({ input_size: 2, hidden_size: 3, steps: 4 });
    expect(header.convention.join(' ')).toContain('z ≈ 1 keeps the old state');
    expect(header.link).toMatch(/^http:/);
  });
});
