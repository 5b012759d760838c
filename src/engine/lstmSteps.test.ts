/**
 * The LSTM's WebAssembly steps against lstm.ts's step, bit for bit (Object.is): whole forward
 * passes with them on and off for random sizes, weights (large ones reach σ's far tail, where
 * a step falls back to JavaScript mid-pass), h0 and c0; and which passes they decline.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import type { StepContext } from './cell';
import { CELLS } from './cells';
import { configureHiddenPath, loadHiddenWeights, releaseHiddenWeights } from './hiddenPath';
import { initWeights } from './init';
import { configureLstmSteps, forwardLstmSteps } from './lstmSteps';
import { createRng } from './prng';
import { traceBuffers } from './testing/bits';
import type { CellConfig, GateOverride, LstmAblation, Trace, Weights } from './types';
import { createTrace, forward, forwardInto } from './unroll';

afterEach(() => {
  configureLstmSteps({ isOff: false });
  configureHiddenPath({ forceJs: false });
});

function uniform(length: number, seed: number, scale: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length }, () => scale * rng.uniform(-1, 1));
}

/** The first buffer and index where the traces differ by Object.is, or '' if none. */
function difference(a: Trace, b: Trace): string {
  const other = new Map(traceBuffers(b));
  for (const [key, buffer] of traceBuffers(a)) {
    const twin = other.get(key)!;
    if (twin.length !== buffer.length) return `${key} length`;
    for (let k = 0; k < buffer.length; k++) if (!Object.is(buffer[k], twin[k])) return `${key}[${k}]: ${buffer[k]} vs ${twin[k]}`;
  }
  return '';
}

interface Case { config: CellConfig; weights: Weights; x: Float64Array; h0: Float64Array; c0: Float64Array }

function makeCase(I: number, H: number, T: number, seed: number, scale: number, ablation: LstmAblation = 'none'): Case {
  const config: CellConfig = { kind: 'lstm', inputSize: I, hiddenSize: H, ablation };
  const weights = initWeights(config, seed);
  for (const w of [weights.wIh, weights.wHh, weights.bIh, weights.bHh]) for (let k = 0; k < w.length; k++) w[k] *= scale;
  return {
    config, weights, x: uniform(T * I, seed + 1, 2), h0: uniform(H, seed + 2, 1), c0: uniform(H, seed + 3, scale),
  };
}

/** The same pass with the WebAssembly steps on and off. */
function bothWays({ config, weights, x, h0, c0 }: Case, overrides: GateOverride[] = []): string {
  const onWasm = forward(config, weights, x, { h0, c0, overrides });
  configureLstmSteps({ isOff: true });
  const onJs = forward(config, weights, x, { h0, c0, overrides });
  configureLstmSteps({ isOff: false });
  return difference(onWasm, onJs);
}

/** Runs forwardLstmSteps directly on a trace whose input path forwardInto filled; counts JS steps. */
function direct({ config, weights, x, h0, c0 }: Case, overrides: GateOverride[] = []) {
  const trace = forwardInto(createTrace(config, x.length / config.inputSize), weights, x, { h0, c0, overrides });
  const H = config.hiddenSize;
  const ctx: StepContext = { trace, weights, hPrev: trace.h0, hPrevOffset: 0, cPrev: trace.c0, cPrevOffset: 0, scratch: new Float64Array(H) };
  let jsSteps = 0;
  loadHiddenWeights(weights.wHh, 4 * H, H, weights.bHh);
  const isRun = forwardLstmSteps(ctx, (c, t) => { jsSteps++; CELLS.lstm.step(c, t); });
  releaseHiddenWeights();
  return { isRun, jsSteps };
}

describe('the LSTM on WebAssembly', () => {
  test('gives the JavaScript step’s trace bit for bit for random sizes, weights, h0 and c0', () => {
    const shape = fc.record({
      I: fc.integer({ min: 1, max: 10 }), H: fc.integer({ min: 1, max: 40 }), T: fc.integer({ min: 1, max: 30 }),
      seed: fc.integer({ min: 0, max: 2 ** 30 }), scale: fc.constantFrom(0.5, 1, 4, 30, 300, 3000),
    });
    fc.assert(fc.property(shape, ({ I, H, T, seed, scale }) => bothWays(makeCase(I, H, T, seed, scale)) === ''), { numRuns: 150 });
  });

  test('runs every step in WebAssembly for ordinary weights', () => {
    expect(direct(makeCase(8, 32, 50, 1, 1))).toEqual({ isRun: true, jsSteps: 0 });
  });

  test('hands a step with a σ argument beyond ±708 to JavaScript, and the trace stays the same', () => {
    const big = makeCase(3, 6, 20, 5, 600);
    const { isRun, jsSteps } = direct(big);
    expect(isRun).toBe(true);
    expect(jsSteps).toBeGreaterThan(0);
    expect(jsSteps).toBeLessThan(20);
    expect(bothWays(big)).toBe('');
  });

  test('splits a long sequence into chunks (hidden 300, length 100) with the same trace', () => {
    expect(bothWays(makeCase(2, 300, 100, 9, 1))).toBe('');
  });

  test('declines ablations, forced gates and the JavaScript hidden path, which stay bit for bit', () => {
    const overrides: GateOverride[] = [{ gate: 'f', value: 1, t: 1 }, { gate: 'o', value: 0.5, unit: 2 }];
    expect(direct(makeCase(3, 5, 8, 2, 1), overrides).isRun).toBe(false);
    expect(bothWays(makeCase(3, 5, 8, 2, 1), overrides)).toBe('');
    for (const ablation of ['no-input-gate', 'no-forget-gate', 'no-output-gate', 'coupled', 'no-output-activation'] as const) {
      expect(direct(makeCase(3, 5, 8, 2, 1, ablation)).isRun).toBe(false);
      expect(bothWays(makeCase(3, 5, 8, 2, 1, ablation))).toBe('');
    }
    configureHiddenPath({ forceJs: true });
    expect(direct(makeCase(3, 5, 8, 2, 1)).isRun).toBe(false);
  });
});
