import { describe, expect, test } from 'vitest';
import { withDefaults } from '../cells';
import { initWeights } from '../init';
import { compareTraces, vectorAsTrace } from '../testing/compare';
import { loadVectors, TOLERANCE } from '../testing/vectors';
import { parseScenario, scenarioToJson, type Scenario } from './scenario';
import { traceScenario } from './traceJson';

function parsed(json: unknown): Scenario {
  const r = parseScenario(json);
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
}

describe('scenario files: the conformance vectors are scenarios', () => {
  for (const { file, vector } of loadVectors()) {
    test(`${file} parses and its trace and gradients match PyTorch within 1e-9`, () => {
      const s = parsed(vector);
      expect(s.steps).toBe(vector.seq_len);
      expect(s.config.reset).toBe(vector.variant === 'classic' ? 'before' : 'after');
      const c = compareTraces(traceScenario(s), vectorAsTrace(vector));
      expect(c.missing).toEqual([]);
      expect(c.extra).toEqual([]);
      expect(c.worst, c.worstKey).toBeLessThanOrEqual(TOLERANCE);
    });
  }
});

describe('scenario files: defaults and write-back', () => {
  const config = { kind: 'lstm' as const, inputSize: 2, hiddenSize: 3 };
  const base = (): Scenario => ({
    config: { ...config, reset: 'after', ablation: 'none' },
    weights: initWeights(config, 7),
    inputs: Float64Array.from([0.5, -1, 2, 0.25]),
    steps: 2,
    h0: Float64Array.from([0.1, -0.2, 0.3]),
    c0: Float64Array.from([1, -1, 0.5]),
  });

  test('a missing h0 and c0 start from zeros', () => {
    const { h0: _h0, c0: _c0, ...json } = scenarioToJson(base());
    const s = parsed(json);
    expect(Array.from(s.h0)).toEqual([0, 0, 0]);
    expect(Array.from(s.c0)).toEqual([0, 0, 0]);
  });

  test("a PyTorch-layout gru without a variant resets after the matmul (PyTorch's own default)", () => {
    const gru = { kind: 'gru' as const, inputSize: 2, hiddenSize: 3, reset: 'before' as const };
    const json = scenarioToJson({ ...base(), config: withDefaults(gru), weights: initWeights(gru, 1), c0: new Float64Array(3) });
    expect(parsed(json).config.reset).toBe('before');
    delete json.variant;
    expect(parsed(json).config.reset).toBe('after');
  });

  test('null counts as absent for the optional fields', () => {
    const json = { ...scenarioToJson(base()), h0: null, c0: null, seq_len: null, variant: null };
    expect(Array.from(parsed(json).h0)).toEqual([0, 0, 0]);
  });

  test('extra fields such as expected, grad, name and provenance are ignored', () => {
    const json = { ...scenarioToJson(base()), name: 'x', expected: { h: 'anything' }, grad: 3, provenance: {} };
    expect(parsed(json).steps).toBe(2);
  });

  test('writing a scenario and reading it back gives the same bits', () => {
    const s = base();
    const back = parsed(JSON.parse(JSON.stringify(scenarioToJson(s))));
    expect(back).toEqual(s);
  });

  test('a scenario written with Keras weights reads back to the same forward pass', () => {
    const s = base();
    const back = parsed(JSON.parse(JSON.stringify(scenarioToJson(s, 'keras'))));
    const c = compareTraces(traceScenario(back), traceScenario(s));
    expect(c.worst).toBeLessThanOrEqual(1e-14);
  });
});
