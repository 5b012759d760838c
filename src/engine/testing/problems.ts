/**
 * Test support: seeded random cell problems (weights, inputs, initial states, loss weights)
 * for gradient checks and property tests. Imports engine files only; used by tests only.
 */
import { gateCount, withDefaults } from '../cells';
import { createRng, type Rng } from '../prng';
import type { CellConfig, GateName, GateOverride, Weights } from '../types';

/** One forward-and-loss setup: everything L = Σ wh·h + Σ wc·c depends on. */
export interface Problem {
  config: Required<CellConfig>;
  weights: Weights;
  x: Float64Array; // (T, I)
  h0: Float64Array; // (H)
  c0: Float64Array; // (H)  zeros unless lstm
  overrides: GateOverride[];
  /** Loss weights on h_t: random, so every unit and step matters with its own sign. */
  wh: Float64Array; // (T, H)
  /** Loss weights on c_t (lstm); zeros for the other cells. */
  wc: Float64Array; // (T, H)
}

/** n numbers drawn from U(lo, hi). */
export function randomArray(rng: Rng, n: number, lo: number, hi: number): Float64Array {
  const a = new Float64Array(n);
  for (let k = 0; k < n; k++) a[k] = rng.uniform(lo, hi);
  return a;
}

/** Weights of the config's shapes drawn from U(−scale, scale). */
export function randomWeights(config: CellConfig, rng: Rng, scale: number): Weights {
  const { kind, inputSize: I, hiddenSize: H } = withDefaults(config);
  const GH = gateCount(kind) * H;
  return {
    wIh: randomArray(rng, GH * I, -scale, scale), // (G·H, I)
    wHh: randomArray(rng, GH * H, -scale, scale), // (G·H, H)
    bIh: randomArray(rng, GH, -scale, scale), // (G·H)
    bHh: randomArray(rng, GH, -scale, scale), // (G·H)
  };
}

export interface ProblemOptions {
  steps: number;
  seed: number;
  /** Weights from U(−scale, scale); default 0.8 keeps pre-activations in the curved part. */
  scale?: number;
  overrides?: GateOverride[];
}

/** A random problem with non-zero h0 (and c0 for the lstm) and random loss weights. */
export function randomProblem(config: CellConfig, options: ProblemOptions): Problem {
  const full = withDefaults(config);
  const { inputSize: I, hiddenSize: H } = full;
  const T = options.steps;
  const rng = createRng(options.seed);
  const hasCell = full.kind === 'lstm';
  return {
    config: full,
    weights: randomWeights(full, rng, options.scale ?? 0.8),
    x: randomArray(rng, T * I, -1.5, 1.5),
    h0: randomArray(rng, H, -0.9, 0.9),
    c0: hasCell ? randomArray(rng, H, -1.5, 1.5) : new Float64Array(H),
    overrides: options.overrides ?? [],
    wh: randomArray(rng, T * H, -1, 1),
    wc: hasCell ? randomArray(rng, T * H, -1, 1) : new Float64Array(T * H),
  };
}

/** A named list of overrides for a gradient check or property test. */
export interface OverrideCase {
  name: string;
  overrides: GateOverride[];
}

/**
 * The four scopes of one gate override on a problem of at least 3 steps and 3 units:
 * every step and unit, one step, one unit, one step of one unit.
 */
export function overrideScopes(gate: GateName, value: number): OverrideCase[] {
  return [
    { name: `${gate} = ${value} at every step and unit`, overrides: [{ gate, value }] },
    { name: `${gate} = ${value} at step 3 only`, overrides: [{ gate, value, t: 3 }] },
    { name: `${gate} = ${value} on unit 1 only`, overrides: [{ gate, value, unit: 1 }] },
    { name: `${gate} = ${value} at step 2 on unit 2 only`, overrides: [{ gate, value, t: 2, unit: 2 }] },
  ];
}
