/**
 * The one forward time loop every cell plugs its step into. It owns allocation: a Trace is
 * allocated once (createTrace) and refilled by forwardInto without allocating (its step context
 * and scratch are made on the first call and kept with the trace). Imports engine files only.
 */
import { atStep, type CellSpec, type StepContext } from './cell';
import { CELLS, withDefaults } from './cells';
import { affineProductNT } from './products';
import { loadHiddenWeights, releaseHiddenWeights } from './hiddenPath';
import { expandOverrides, overrideProblems } from './overrides';
import type { CellConfig, GateOverride, Trace, Weights } from './types';

/** Allocates every buffer a forward pass of `steps` steps writes. */
export function createTrace(config: CellConfig, steps: number): Trace {
  const full = withDefaults(config);
  const { inputSize: I, hiddenSize: H } = full;
  const spec = CELLS[full.kind];
  const GH = spec.blocks.length * H;
  const th = () => new Float64Array(steps * H); // (T, H)
  const trace: Trace = {
    config: full,
    steps,
    x: new Float64Array(steps * I),
    h0: new Float64Array(H),
    c0: new Float64Array(H),
    aIh: new Float64Array(steps * GH),
    aHh: new Float64Array(steps * GH),
    pre: {},
    act: {},
    forced: {},
    h: th(),
    c: th(),
    tanhC: th(),
  };
  for (const b of spec.blocks) {
    trace.pre[b] = th();
    // The rnn's block activation is h itself: share the buffer.
    trace.act[b] = b === 'h' ? trace.h : th();
  }
  return trace;
}

/** Each trace's step context, made on its first forwardInto and reused by later ones. */
const contexts = new WeakMap<Trace, StepContext>();

function contextFor(trace: Trace, weights: Weights): StepContext {
  let ctx = contexts.get(trace);
  if (ctx === undefined) {
    ctx = {
      trace, weights,
      hPrev: trace.h0, hPrevOffset: 0,
      cPrev: trace.c0, cPrevOffset: 0,
      scratch: new Float64Array(trace.config.hiddenSize), // (H)
    };
    contexts.set(trace, ctx);
  }
  ctx.weights = weights;
  atStep(ctx, 0);
  return ctx;
}

/** True when the object has an own enumerable key (without allocating a key list). */
function hasKeys(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

const NO_OVERRIDES: readonly GateOverride[] = [];
const NO_OPTIONS: ForwardOptions = {};

export interface ForwardOptions {
  h0?: Float64Array; // (H), zeros if omitted
  c0?: Float64Array; // (H), lstm; zeros if omitted
  overrides?: readonly GateOverride[];
}

/**
 * Runs the cell over x into an existing trace (its config and step count must match).
 * x is (T, I); it is copied into trace.x.
 */
export function forwardInto(trace: Trace, weights: Weights, x: Float64Array, options: ForwardOptions = NO_OPTIONS): Trace {
  const { kind, inputSize: I, hiddenSize: H } = trace.config;
  const T = trace.steps;
  const spec: CellSpec = CELLS[kind];
  const GH = spec.blocks.length * H;
  if (x.length !== T * I) throw new RangeError(`inputs: expected ${T}×${I} numbers, got ${x.length}`);
  trace.x.set(x);
  if (options.h0) trace.h0.set(options.h0); else trace.h0.fill(0);
  if (options.c0 && spec.hasCellState) trace.c0.set(options.c0); else trace.c0.fill(0);
  const overrides = options.overrides ?? NO_OVERRIDES;
  if (overrides.length > 0) {
    const problems = overrideProblems(overrides, spec.blocks, T, H);
    if (problems.length > 0) throw new RangeError(problems.join('; '));
    trace.forced = expandOverrides(overrides, T, H);
  } else if (hasKeys(trace.forced)) {
    trace.forced = {}; // the last pass had overrides; this one has none
  }

  // The input path of every step at once: aIh[t] = W_ih x_t + b_ih.
  affineProductNT(trace.aIh, 0, T, GH, I, trace.x, 0, weights.wIh, weights.bIh);

  const ctx = contextFor(trace, weights);
  // The hidden path's weights go into the WebAssembly kernel's memory once for all steps
  // (hiddenPath.ts); the cells' affineHiddenRows then use them. Same bits either way.
  loadHiddenWeights(weights.wHh, GH, H, weights.bHh);
  try {
    // A cell may run all steps at once (the LSTM on WebAssembly); the same bits as this loop.
    if (spec.forwardSteps?.(ctx) === true) return trace;
    for (let t = 0; t < T; t++) {
      atStep(ctx, t);
      spec.step(ctx, t);
    }
  } finally {
    releaseHiddenWeights();
  }
  return trace;
}

/** Allocates a trace and runs the cell over x (T, I), with T = x.length / inputSize. */
export function forward(config: CellConfig, weights: Weights, x: Float64Array, options: ForwardOptions = {}): Trace {
  const T = x.length / config.inputSize;
  if (!Number.isInteger(T)) throw new RangeError(`inputs: length ${x.length} is not a multiple of input size ${config.inputSize}`);
  return forwardInto(createTrace(config, T), weights, x, options);
}
