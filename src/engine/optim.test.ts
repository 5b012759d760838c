import { describe, expect, test } from 'vitest';
import { createOptimizer } from './optim';

describe('adam', () => {
  test('matches three steps worked by hand (β1 0.9, β2 0.999, ε 1e-8, bias-corrected)', () => {
    const p = Float64Array.of(1, -2);
    const g = new Float64Array(2);
    const adam = createOptimizer({ params: [p], grads: [g] }, { kind: 'adam', lr: 0.1 });
    // Step 1: m̂ = g and v̂ = g², so the update is lr·g/(|g| + ε): 0.1·0.5/(0.5 + 1e-8).
    g.set([0.5, 0]);
    adam.step();
    expect(p[0]).toBeCloseTo(1 - 0.1 * 0.5 / (0.5 + 1e-8), 15);
    expect(p[1]).toBe(-2); // a zero gradient leaves m = 0: no move
    // Steps 2 and 3, worked out separately from the update rule.
    g.set([-1, 3]);
    adam.step();
    expect(p[0]).toBeCloseTo(0.9366103542405654, 14);
    expect(p[1]).toBeCloseTo(-2.0744136820059964, 14);
    g.set([0.25, -0.5]);
    adam.step();
    expect(p[0]).toBeCloseTo(0.9502794203389762, 14);
    expect(p[1]).toBeCloseTo(-2.1206451140631506, 14);
    expect(adam.updates).toBe(3);
  });

  test('a learning rate changed between steps is used by the next step', () => {
    const p = Float64Array.of(0), g = Float64Array.of(1);
    const adam = createOptimizer({ params: [p], grads: [g] }, { kind: 'adam', lr: 0.1 });
    adam.lr = 0.01;
    adam.step();
    expect(p[0]).toBeCloseTo(-0.01, 9);
  });
});

describe('sgd', () => {
  test('without momentum moves each parameter by −lr·g', () => {
    const a = Float64Array.of(1, 2), b = Float64Array.of(3);
    const ga = Float64Array.of(0.5, -1), gb = Float64Array.of(2);
    const sgd = createOptimizer({ params: [a, b], grads: [ga, gb] }, { kind: 'sgd', lr: 0.1 });
    sgd.step();
    expect(Array.from(a)).toEqual([1 - 0.05, 2 + 0.1]);
    expect(b[0]).toBeCloseTo(2.8, 15);
  });

  test('with momentum 0.9 the second step of a constant gradient is 1.9 times the first', () => {
    const p = Float64Array.of(0), g = Float64Array.of(1);
    const sgd = createOptimizer({ params: [p], grads: [g] }, { kind: 'sgd', lr: 0.5, momentum: 0.9 });
    sgd.step();
    expect(p[0]).toBe(-0.5);
    sgd.step();
    expect(p[0]).toBeCloseTo(-0.5 - 0.5 * 1.9, 15);
  });
});

test('an optimizer refuses parameters and gradients that do not pair up', () => {
  const p = new Float64Array(3);
  expect(() => createOptimizer({ params: [p], grads: [] }, { kind: 'sgd', lr: 1 })).toThrow(/1 parameter buffers but 0/);
  expect(() => createOptimizer({ params: [p], grads: [new Float64Array(2)] }, { kind: 'adam' })).toThrow(/3 numbers/);
});
