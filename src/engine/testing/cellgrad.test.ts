/**
 * Tests of the gradient checker itself: it must reject gradients that are slightly or
 * structurally wrong, or the cell gradient checks could not fail.
 */
import { describe, expect, test } from 'vitest';
import { backward } from '../bptt';
import { forward } from '../unroll';
import { analyticGradients, cellGradientErrors, CHECKED, TOLERANCE } from './cellgrad';
import { randomProblem } from './problems';

describe('the cell gradient checker can fail', () => {
  test('it passes the engine and flags exactly the buffer where one entry is off by 1e-5', () => {
    const p = randomProblem({ kind: 'gru', inputSize: 3, hiddenSize: 4 }, { steps: 5, seed: 3 });
    const grads = analyticGradients(p);
    const honest = cellGradientErrors(p, grads);
    for (const name of CHECKED) expect(honest[name], name).toBeLessThanOrEqual(TOLERANCE);
    grads.wHh[7] += 1e-5;
    const tampered = cellGradientErrors(p, grads);
    for (const name of CHECKED) {
      if (name === 'wHh') expect(tampered[name]).toBeGreaterThan(TOLERANCE);
      else expect(tampered[name], name).toBe(honest[name]);
    }
  });

  test('it notices a backward pass that drops the loss term on c (lstm)', () => {
    const p = randomProblem({ kind: 'lstm', inputSize: 3, hiddenSize: 4 }, { steps: 5, seed: 4 });
    const trace = forward(p.config, p.weights, p.x, { h0: p.h0, c0: p.c0 });
    const errors = cellGradientErrors(p, backward(trace, p.weights, { dh: p.wh }));
    expect(errors.c0).toBeGreaterThan(TOLERANCE);
    expect(errors.wIh).toBeGreaterThan(TOLERANCE);
  });

  test('it notices gradients of the other reset placement (gru after vs before)', () => {
    const p = randomProblem({ kind: 'gru', reset: 'before', inputSize: 3, hiddenSize: 4 }, { steps: 5, seed: 6 });
    const after = { ...p, config: { ...p.config, reset: 'after' as const } };
    const errors = cellGradientErrors(p, analyticGradients(after));
    expect(errors.wHh).toBeGreaterThan(TOLERANCE);
  });

  test('it notices gradients that ignore an override (the forced gate treated as free)', () => {
    const p = randomProblem({ kind: 'lstm', inputSize: 3, hiddenSize: 4 }, {
      steps: 5, seed: 7, overrides: [{ gate: 'f', value: 0.5, t: 3 }],
    });
    const free = analyticGradients({ ...p, overrides: [] });
    expect(cellGradientErrors(p, free).wIh).toBeGreaterThan(TOLERANCE);
  });
});
