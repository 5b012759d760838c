/**
 * What every export says about the run it holds: the cells and their variants, the convention,
 * sizes, input, where the weights came from, forced gates, the cursor and a link back. Pure;
 * imports engine and protocol types and app/store types only.
 */
import type { CellKind, GateOverride } from '../../src/engine/types';
import type { CellResult } from '../../src/worker/protocol';
import type { Cursor } from '../store/playbackSlice';
import type { Settings } from '../store/settingsSlice';

/** Everything an exporter reads: the computed cells on screen and the state that made them. */
export interface ExportSource {
  /** The cells on screen, in display order. */
  cells: CellResult[];
  settings: Settings;
  cursor: Cursor;
  /** The link that reopens this exact state. */
  link: string;
}

/** One cell's description in a header. */
export interface CellHeader {
  cell: CellKind;
  /** This cell's hidden size (an imported cell has its own). */
  hidden_size: number;
  variant: string;
  weights: string;
  overrides: string[];
}

export interface RunHeader {
  format: 'gatelab-trace';
  version: 1;
  link: string;
  cells: CellHeader[];
  /** `hidden_size` is null when the cells' sizes differ (each cell header has its own). */
  sizes: { input_size: number; hidden_size: number | null; steps: number };
  input: string;
  convention: string[];
  cursor: { t: number; micro: number };
}

/** "z = 1 at all steps, all units", "r = 0 at step 3, unit 2". */
export function describeOverride(o: GateOverride): string {
  const when = o.t !== undefined ? `step ${o.t}` : 'all steps';
  const where = o.unit !== undefined ? `unit ${o.unit}` : 'all units';
  return `${o.gate} = ${o.value} at ${when}, ${where}`;
}

function variantOf({ trace }: CellResult): string {
  const { kind, reset, ablation } = trace.config;
  if (kind === 'gru') {
    return reset === 'after'
      ? 'reset after the matmul (PyTorch, cuDNN, Keras reset_after=True): n = tanh(W_in x + b_in + r ⊙ (W_hn h_prev + b_hn))'
      : 'reset before the matmul (Cho et al. 2014, Keras reset_after=False): n = tanh(W_in x + b_in + W_hn (r ⊙ h_prev) + b_hn)';
  }
  if (kind === 'lstm') return `ablation ${ablation}${ablation === 'none' ? ' (the full cell)' : ''}`;
  return 'tanh RNN: h = tanh(W_ih x + b_ih + W_hh h_prev + b_hh)';
}

function weightsOf(kind: CellKind, s: Settings): string {
  if (s.imported[kind]) {
    return s.trainedLabel !== null
      ? `trained in the lab: ${s.trainedLabel} (with its h0 and c0)`
      : 'imported from a scenario file (with its h0 and c0)';
  }
  const bias = kind === 'lstm' && s.forgetBias !== 0 ? `, forget-gate bias ${s.forgetBias > 0 ? '+' : ''}${s.forgetBias} at init` : '';
  return `seeded: seed ${s.seed}, PyTorch's U(−1/√H, 1/√H)${bias}; h0 = c0 = 0`;
}

const CONVENTIONS: Record<CellKind, string> = {
  gru: 'GRU: h = (1 − z)·n + z·h_prev, so z ≈ 1 keeps the old state (PyTorch; Chung et al. 2014 swap z and 1 − z)',
  lstm: 'LSTM: c = f·c_prev + i·g, h = o·tanh(c)',
  rnn: 'RNN: h = tanh(W_ih x + b_ih + W_hh h_prev + b_hh)',
};

/** The header of an export of these cells. */
export function runHeader({ cells, settings: s, cursor, link }: ExportSource): RunHeader {
  const kinds = cells.map((c) => c.trace.config.kind);
  const hiddenSizes = new Set(cells.map((c) => c.trace.config.hiddenSize));
  return {
    format: 'gatelab-trace',
    version: 1,
    link,
    cells: cells.map((result) => {
      const kind = result.trace.config.kind;
      return { cell: kind, hidden_size: result.trace.config.hiddenSize, variant: variantOf(result), weights: weightsOf(kind, s), overrides: s.overrides[kind].map(describeOverride) };
    }),
    sizes: { input_size: s.inputSize, hidden_size: hiddenSizes.size === 1 ? [...hiddenSizes][0] : null, steps: s.steps },
    input: s.input.kind === 'preset' ? `preset ${s.input.preset} (seed ${s.seed})` : 'a custom sequence (the x columns)',
    convention: [
      ...kinds.map((k) => CONVENTIONS[k]),
      'weights in PyTorch layout and gate order: gru r|z|n, lstm i|f|g|o; weight_ih (G·H, I), weight_hh (G·H, H)',
      'gates are activations after any what-if override; pre-activations are as computed',
    ],
    cursor: { t: cursor.t, micro: cursor.micro },
  };
}

/** `gatelab-gru-lstm-t5.csv`: the cells on screen and the step at the cursor. */
export function exportFileName(kinds: readonly CellKind[], t: number, extension: string): string {
  return `gatelab-${kinds.join('-')}-t${t}.${extension}`;
}
