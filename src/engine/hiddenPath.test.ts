/**
 * The WebAssembly hidden path against linalg.ts's affineRows, bit for bit: for random shapes,
 * row ranges and offsets (fast-check), through whole forward passes of every cell with the
 * kernel on and off, and when WebAssembly cannot be compiled.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import {
  affineHiddenRows, configureHiddenPath, hiddenPathKernel, lastHiddenPathKernel, loadHiddenWeights,
  releaseHiddenWeights, type WebAssemblyApi,
} from './hiddenPath';
import { initWeights } from './init';
import { affineRows } from './linalg';
import { createRng } from './prng';
import { sameBits, traceBuffers } from './testing/bits';
import type { CellConfig, GateOverride, LstmAblation } from './types';
import { forward } from './unroll';
import { hiddenPathModuleBytes } from './wasm/hiddenPathModule';

const realWebAssembly = globalThis.WebAssembly as WebAssemblyApi;

afterEach(() => configureHiddenPath({ forceJs: false, webAssembly: realWebAssembly }));

/** Numbers that stress the sums: ordinary ones, huge ones that overflow, subnormals, zeros. */
const SPECIAL = [1e300, -1e300, 5e-324, -5e-324, 2.2250738585072014e-308, 0, -0];

function numbers(length: number, seed: number, specialShare: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length }, () =>
    rng.uniform(0, 1) < specialShare ? SPECIAL[Math.floor(rng.uniform(0, SPECIAL.length))] : rng.uniform(-2, 2));
}

/** The index of the first element where a and b differ by Object.is, or −1. */
function firstDifference(a: Float64Array, b: Float64Array): number {
  for (let k = 0; k < a.length; k++) if (!Object.is(a[k], b[k])) return k;
  return a.length === b.length ? -1 : a.length;
}

const shape = fc.record({
  rows: fc.integer({ min: 1, max: 70 }),
  n: fc.oneof(fc.constantFrom(1, 7, 8, 15, 16, 17, 33), fc.integer({ min: 1, max: 70 })),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  specialShare: fc.constantFrom(0, 0.05, 0.3),
  vo: fc.integer({ min: 0, max: 3 }),
  o: fc.integer({ min: 0, max: 3 }),
}).chain((s) => fc.record({
  s: fc.constant(s),
  r0: fc.integer({ min: 0, max: (s.rows - 1) >> 1 }).map((p) => 2 * p),
  span: fc.integer({ min: 1, max: s.rows }),
}));

describe('affineHiddenRows', () => {
  test('compiles to the WebAssembly SIMD kernel in Node, in a module under Chromium’s 4 KB sync-compile limit', () => {
    expect(hiddenPathKernel()).toBe('wasm-simd');
    expect(hiddenPathModuleBytes().length).toBeLessThan(4096);
  });

  test('equals affineRows bit for bit for any shape, even-start row range and offsets', () => {
    fc.assert(fc.property(shape, ({ s, r0, span }) => {
      const { rows, n, seed, specialShare, vo, o } = s;
      const r1 = Math.min(rows, r0 + span);
      const W = numbers(rows * n, seed, specialShare), b = numbers(rows, seed + 1, specialShare);
      const v = numbers(vo + n + 2, seed + 2, specialShare);
      const want = numbers(o + (r1 - r0) + 3, seed + 3, 0), got = want.slice();
      affineRows(W, n, r0, r1, v, vo, b, want, o);
      expect(loadHiddenWeights(W, rows, n, b)).toBe('wasm-simd');
      affineHiddenRows(W, n, r0, r1, v, vo, b, got, o);
      releaseHiddenWeights();
      return firstDifference(got, want) === -1;
    }), { numRuns: 400 });
  });

  test('a matrix other than the loaded one, an odd first row or released weights go to affineRows', () => {
    const rows = 9, n = 20;
    const W = numbers(rows * n, 1, 0), other = numbers(rows * n, 2, 0), b = numbers(rows, 3, 0), v = numbers(n, 4, 0);
    loadHiddenWeights(W, rows, n, b);
    for (const [matrix, r0] of [[other, 0], [W, 3]] as const) {
      const want = new Float64Array(rows), got = new Float64Array(rows);
      affineRows(matrix, n, r0, rows, v, 0, b, want, 0);
      affineHiddenRows(matrix, n, r0, rows, v, 0, b, got, 0);
      expect(firstDifference(got, want)).toBe(-1);
    }
    releaseHiddenWeights();
    W.fill(0.5); // changed in place after the release: the kernel's copy must not be used
    const want = new Float64Array(rows), got = new Float64Array(rows);
    affineRows(W, n, 0, rows, v, 0, b, want, 0);
    affineHiddenRows(W, n, 0, rows, v, 0, b, got, 0);
    expect(firstDifference(got, want)).toBe(-1);
  });

  test('the memory grows for hidden 512 (an LSTM’s 2048 × 512 weights)', () => {
    const rows = 2048, n = 512;
    const W = numbers(rows * n, 5, 0), b = numbers(rows, 6, 0), v = numbers(n, 7, 0);
    const want = new Float64Array(rows), got = new Float64Array(rows);
    affineRows(W, n, 0, rows, v, 0, b, want, 0);
    expect(loadHiddenWeights(W, rows, n, b)).toBe('wasm-simd');
    affineHiddenRows(W, n, 0, rows, v, 0, b, got, 0);
    releaseHiddenWeights();
    expect(firstDifference(got, want)).toBe(-1);
  });
});

const ABLATIONS: readonly LstmAblation[] = [
  'none', 'no-input-gate', 'no-forget-gate', 'no-output-gate', 'coupled', 'no-output-activation',
];

/** Every cell variant, at hidden sizes with an odd and an even number of weight rows. */
const CONFIGS: CellConfig[] = [
  ...[5, 16, 33].flatMap((hiddenSize) => [
    { kind: 'gru', inputSize: 3, hiddenSize, reset: 'after' } as const,
    { kind: 'gru', inputSize: 3, hiddenSize, reset: 'before' } as const,
    { kind: 'rnn', inputSize: 3, hiddenSize } as const,
  ]),
  ...ABLATIONS.map((ablation) => ({ kind: 'lstm', inputSize: 3, hiddenSize: 9, ablation }) as const),
  { kind: 'lstm', inputSize: 2, hiddenSize: 40 },
];

/** Overrides per cell (the rnn has no gate to force). */
const OVERRIDES: Record<CellConfig['kind'], GateOverride[]> = {
  gru: [{ gate: 'r', value: 0.3, t: 2 }, { gate: 'z', value: 1, unit: 1 }, { gate: 'n', value: -0.5, t: 4, unit: 0 }],
  lstm: [{ gate: 'f', value: 1 }, { gate: 'i', value: 0, t: 2 }, { gate: 'o', value: 0.4, unit: 2 }],
  rnn: [],
};

function traces(config: CellConfig, overrides: GateOverride[]) {
  const T = 12;
  const weights = initWeights(config, 11);
  const x = numbers(T * config.inputSize, 12, 0);
  const h0 = numbers(config.hiddenSize, 13, 0), c0 = numbers(config.hiddenSize, 14, 0);
  const run = () => forward(config, weights, x, { h0, c0, overrides });
  const withKernel = run();
  const kernel = lastHiddenPathKernel();
  configureHiddenPath({ forceJs: true });
  const withJs = run();
  const fallback = lastHiddenPathKernel();
  return { withKernel, withJs, kernel, fallback };
}

describe('forward with the kernel on and off', () => {
  for (const config of CONFIGS) {
    const name = `${config.kind} hidden ${config.hiddenSize}${'reset' in config ? ` reset ${config.reset}` : ''}${'ablation' in config ? ` ${config.ablation}` : ''}`;
    const cases = OVERRIDES[config.kind].length > 0 ? [[], OVERRIDES[config.kind]] : [[]];
    for (const overrides of cases) {
      test(`${name}${overrides.length > 0 ? ' with overrides' : ''}: the same trace, bit for bit`, () => {
        const { withKernel, withJs, kernel, fallback } = traces(config, overrides);
        expect([kernel, fallback]).toEqual(['wasm-simd', 'js']);
        const js = new Map(traceBuffers(withJs));
        for (const [key, buffer] of traceBuffers(withKernel)) expect(sameBits(buffer, js.get(key)!), key).toBe(true);
      });
    }
  }
});

describe('the fallback to affineRows', () => {
  const config: CellConfig = { kind: 'gru', inputSize: 2, hiddenSize: 6 };
  const weights = initWeights(config, 3);
  const x = numbers(10 * 2, 4, 0);
  const reference = () => {
    configureHiddenPath({ forceJs: true });
    const trace = forward(config, weights, x);
    configureHiddenPath({ forceJs: false });
    return trace;
  };
  const failing = (part: 'validate' | 'compile'): WebAssemblyApi => ({
    validate: (bytes) => part === 'validate' ? false : realWebAssembly.validate(bytes),
    Module: class {
      constructor() {
        throw new Error('Refused to compile WebAssembly: \'wasm-unsafe-eval\' is not allowed');
      }
    },
    Instance: realWebAssembly.Instance,
  });

  for (const [name, api] of [
    ['compiling throws (a Content-Security-Policy without \'wasm-unsafe-eval\')', failing('compile')],
    ['WebAssembly SIMD does not validate', failing('validate')],
    ['there is no WebAssembly', undefined],
  ] as const) {
    test(`is taken when ${name}, with the same trace`, () => {
      const want = reference();
      configureHiddenPath({ webAssembly: api });
      expect(hiddenPathKernel()).toBe('js');
      const got = forward(config, weights, x);
      expect(lastHiddenPathKernel()).toBe('js');
      const js = new Map(traceBuffers(want));
      for (const [key, buffer] of traceBuffers(got)) expect(sameBits(buffer, js.get(key)!), key).toBe(true);
    });
  }
});
