/**
 * The engine's data types: cell configuration, weights (PyTorch layout), gate overrides,
 * the Trace of a forward pass and the gradients of a backward pass.
 * Plain data only (typed arrays, plain objects); imports nothing.
 */

/** The three recurrent cells the engine knows. */
export type CellKind = 'rnn' | 'gru' | 'lstm';

/**
 * Where the GRU's reset gate acts on the hidden path of the candidate:
 * `after` the recurrent matmul (PyTorch, cuDNN, Keras reset_after=True) or
 * `before` it (Cho et al. 2014, Keras reset_after=False).
 */
export type ResetPlacement = 'after' | 'before';

/**
 * LSTM gate ablations (Greff et al. 2017). `none` is the full cell.
 * Each is a real variant of the cell with its own forward and backward.
 */
export type LstmAblation =
  | 'none'
  | 'no-input-gate' // i ≡ 1
  | 'no-forget-gate' // f ≡ 1
  | 'no-output-gate' // o ≡ 1
  | 'coupled' // i = 1 − f
  | 'no-output-activation'; // h = o · c

/**
 * One weight block per gate, in PyTorch's order. A block is H rows of each weight matrix.
 * rnn: h (the block's activation is h itself) · gru: r z n · lstm: i f g o
 */
export type GateName = 'h' | 'r' | 'z' | 'n' | 'i' | 'f' | 'g' | 'o';

export interface CellConfig {
  kind: CellKind;
  /** I: features per time step. */
  inputSize: number;
  /** H: units in the hidden state. */
  hiddenSize: number;
  /** GRU only; default `after`. */
  reset?: ResetPlacement;
  /** LSTM only; default `none`. */
  ablation?: LstmAblation;
}

/** PyTorch state_dict layout (layer 0). G = gate blocks (rnn 1, gru 3, lstm 4). */
export interface Weights {
  wIh: Float64Array; // (G·H, I)  weight_ih_l0
  wHh: Float64Array; // (G·H, H)  weight_hh_l0
  bIh: Float64Array; // (G·H)     bias_ih_l0
  bHh: Float64Array; // (G·H)     bias_hh_l0
}

/**
 * Force a gate's activation to `value`. Without `t` it applies to every step, without
 * `unit` to every unit. Backward treats a forced activation as a constant.
 */
export interface GateOverride {
  gate: GateName;
  value: number;
  /** 1-based time step; omitted = all steps. */
  t?: number;
  /** 0-based unit; omitted = all units. */
  unit?: number;
}

/** Everything one forward pass computed, step by step. */
export interface Trace {
  config: Required<CellConfig>;
  /** T: number of time steps. */
  steps: number;
  x: Float64Array; // (T, I)  inputs
  h0: Float64Array; // (H)
  c0: Float64Array; // (H)    zeros unless lstm
  /** Input path of every block: W_ih x_t + b_ih. */
  aIh: Float64Array; // (T, G·H)
  /** Hidden path of every block: W_hh h_{t−1} + b_hh (GRU `before`: n rows use r ⊙ h_{t−1}). */
  aHh: Float64Array; // (T, G·H)
  /** Pre-activation of each block (for the GRU candidate: a_ih + r ⊙ a_hh with `after`). */
  pre: Partial<Record<GateName, Float64Array>>; // each (T, H)
  /** Activation of each block after overrides (rnn: `h` is the hidden state itself). */
  act: Partial<Record<GateName, Float64Array>>; // each (T, H)
  /** Overrides in force: the forced value, NaN where the gate is free. Only gates with overrides. */
  forced: Partial<Record<GateName, Float64Array>>; // each (T, H)
  h: Float64Array; // (T, H)  h_1..h_T
  c: Float64Array; // (T, H)  lstm cell state c_1..c_T (zeros otherwise)
  tanhC: Float64Array; // (T, H)  lstm tanh(c_t) (zeros otherwise)
}

/** Gradients of a scalar loss L. Same layout as the things they differentiate. */
export interface Grads {
  wIh: Float64Array; // (G·H, I)
  wHh: Float64Array; // (G·H, H)
  bIh: Float64Array; // (G·H)
  bHh: Float64Array; // (G·H)
  x: Float64Array; // (T, I)
  h0: Float64Array; // (H)
  c0: Float64Array; // (H)
}

/** ∂L/∂h_t and ∂L/∂c_t for every step: the loss's direct dependence on the states. */
export interface StateGrads {
  dh: Float64Array; // (T, H)
  dc?: Float64Array; // (T, H)  lstm only
}
