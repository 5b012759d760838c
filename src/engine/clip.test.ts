import { expect, test } from 'vitest';
import { clipGlobalNorm, globalNorm } from './clip';

test('the global norm is the L2 norm of all buffers taken as one vector', () => {
  expect(globalNorm([Float64Array.of(3), Float64Array.of(0, 4)])).toBe(5);
});

test('clipping rescales every buffer to the max norm and returns the norm before clipping', () => {
  const a = Float64Array.of(3), b = Float64Array.of(0, 4);
  expect(clipGlobalNorm([a, b], 1)).toBe(5);
  expect(a[0]).toBeCloseTo(0.6, 15);
  expect(b[1]).toBeCloseTo(0.8, 15);
  expect(globalNorm([a, b])).toBeCloseTo(1, 15);
});

test('a gradient already within the max norm is left untouched', () => {
  const a = Float64Array.of(0.3, -0.4);
  expect(clipGlobalNorm([a], 1)).toBeCloseTo(0.5, 15);
  expect(Array.from(a)).toEqual([0.3, -0.4]);
});

test('a max norm that is not positive is refused', () => {
  expect(() => clipGlobalNorm([new Float64Array(1)], 0)).toThrow(RangeError);
});
