import { describe, expect, test } from 'vitest';
import { parseScenario } from '../../src/engine/io/scenario';
import { forward } from '../../src/engine/unroll';
import { scenarioOf } from './scenarioFile';
import { computedSource } from './sourceForTests';

const sameBits = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  a.length === b.length && Array.from(a).every((v, k) => Object.is(v, b[k]));

describe('the weights as a scenario file', () => {
  test.each([
    ['gru', 'after'], ['gru', 'before'], ['lstm', 'after'], ['rnn', 'after'],
  ] as const)('a %s (reset %s) reads back as exactly the same model', (kind, reset) => {
    const source = computedSource({ cells: [kind], reset, inputSize: 2, hiddenSize: 3, steps: 5 });
    const result = source.cells[0];
    const file = JSON.parse(JSON.stringify(scenarioOf(result, source.link)));
    const parsed = parseScenario(file);
    if (!parsed.ok) throw new Error(parsed.error);
    const { scenario } = parsed;
    expect(scenario.config.kind).toBe(kind);
    expect(scenario.config.reset).toBe(reset);
    for (const key of ['wIh', 'wHh', 'bIh', 'bHh'] as const) expect(sameBits(scenario.weights[key], result.weights[key]), key).toBe(true);
    expect(sameBits(scenario.inputs, result.trace.x)).toBe(true);
    const again = forward(scenario.config, scenario.weights, scenario.inputs, { h0: scenario.h0, c0: scenario.c0 });
    expect(sameBits(again.h, result.trace.h)).toBe(true);
  });

  test('PyTorch layout and names, and the variant only on a GRU', () => {
    const source = computedSource({ cells: ['gru', 'lstm'], reset: 'before', hiddenSize: 3, inputSize: 2 });
    const gru = scenarioOf(source.cells[0], source.link);
    const lstm = scenarioOf(source.cells[1], source.link);
    expect(Object.keys(gru.weights)).toEqual(['weight_ih_l0', 'weight_hh_l0', 'bias_ih_l0', 'bias_hh_l0']);
    expect(gru.variant).toBe('classic');
    expect('variant' in lstm).toBe(false);
    expect(lstm.c0).toEqual([0, 0, 0]);
    const w = lstm.weights as { weight_ih_l0: number[][] };
    expect([w.weight_ih_l0.length, w.weight_ih_l0[0].length]).toEqual([12, 2]);
  });

  test('forced gates are named in a note, since the format has no overrides', () => {
    const source = computedSource({ cells: ['gru'], overrides: { gru: [{ gate: 'z', value: 1 }] } });
    const file = scenarioOf(source.cells[0], source.link, source.settings.overrides.gru);
    expect(file.note).toContain('z = 1 at all steps, all units');
    expect(scenarioOf(source.cells[0], source.link).note).toBeUndefined();
  });
});
