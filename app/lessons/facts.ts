/**
 * Published numbers the lesson quotes (LESSON.md "Facts to show"), with their sources. These are
 * facts from papers and the lesson text, never engine output; slides label them so.
 * Imports lesson types only.
 */
import type { EvidenceCard, Source, TableCell } from './types';

export const SOURCES = {
  lesson: { label: 'the lesson text (powers of σ(b_f) and 0.9, worked by hand)' },
  chung: { label: 'Chung, Gulcehre, Cho, Bengio 2014', href: 'https://arxiv.org/abs/1412.3555' },
  jozefowicz: { label: 'Jozefowicz, Zaremba, Sutskever 2015', href: 'https://proceedings.mlr.press/v37/jozefowicz15.html' },
  bai: { label: 'Bai, Kolter, Koltun 2018', href: 'https://arxiv.org/abs/1803.01271' },
  weiss: { label: 'Weiss, Goldberg, Yahav 2018', href: 'https://arxiv.org/abs/1805.04908' },
  greff: { label: 'Greff, Srivastava, Koutník, Steunebrink, Schmidhuber 2017', href: 'https://arxiv.org/abs/1503.04069' },
  hochreiter: { label: 'Hochreiter & Schmidhuber 1997', href: 'https://doi.org/10.1162/neco.1997.9.8.1735' },
} as const satisfies Record<string, Source>;

/** A per-step factor of 0.9, compounded: [steps, share as printed]. */
export const DECAY_0_9: readonly [steps: number, printed: string][] = [
  [10, '35 %'],
  [20, '12 %'],
  [50, '0.52 %'],
];

/** The forget gate at init, f = σ(b_f), and what 50 steps of it keep: [b_f, σ(b_f), σ(b_f)⁵⁰]. */
export const FORGET_BIAS_AT_INIT: readonly [bias: number, gate: string, after50: string][] = [
  [0, '0.5', '8.9e−16'],
  [1, '0.731', '1.6e−7'],
  [2, '0.881', '0.18 %'],
  [3, '0.953', '8.8 %'],
];

/** Chung et al. 2014, Table 2: average negative log-likelihood, [train, test], lower is better. */
export const CHUNG_NLL: readonly { set: string; tanh: [number, number]; gru: [number, number]; lstm: [number, number] }[] = [
  { set: 'Nottingham', tanh: [3.22, 3.13], gru: [2.79, 3.23], lstm: [3.08, 3.2] },
  { set: 'JSB Chorales', tanh: [8.82, 9.1], gru: [6.94, 8.54], lstm: [8.15, 8.67] },
  { set: 'MuseData', tanh: [5.64, 6.23], gru: [5.06, 5.99], lstm: [5.18, 6.23] },
  { set: 'Piano-midi', tanh: [5.64, 9.03], gru: [4.93, 8.82], lstm: [6.49, 9.03] },
  { set: 'Ubisoft A (speech)', tanh: [6.29, 6.44], gru: [2.31, 3.59], lstm: [1.44, 2.7] },
  { set: 'Ubisoft B (speech)', tanh: [7.61, 7.62], gru: [0.38, 0.88], lstm: [0.8, 1.26] },
];

/** Chung's Table 2 as table rows: "train / test" per cell, the best test score of each row in bold. */
export function chungRows(): TableCell[][] {
  return CHUNG_NLL.map(({ set, tanh, gru, lstm }) => {
    const best = Math.min(tanh[1], gru[1], lstm[1]);
    const cell = ([train, test]: [number, number]): TableCell => {
      const text = `${train.toFixed(2)} / ${test.toFixed(2)}`;
      return test === best ? { text, isStrong: true, note: 'best test score' } : text;
    };
    return [set, cell(tanh), cell(gru), cell(lstm)];
  });
}

/** The evidence board of slide 11: each study's finding, and the verdict revealed on demand. */
export const EVIDENCE: readonly EvidenceCard[] = [
  {
    id: 'chung',
    source: SOURCES.chung,
    finding: 'LSTM best on Ubisoft A, GRU best on Ubisoft B and on three of four music sets, all at matched parameter counts.',
    verdict: 'Mixed. The two speech sets differ in size and sequence length at once, so "more data favours the LSTM" cannot be read off them; the authors call the results preliminary.',
  },
  {
    id: 'jozefowicz',
    source: SOURCES.jozefowicz,
    finding: 'Over thousands of architectures, the GRU matched or beat the LSTM on most tasks, until the LSTM was given a forget-gate bias of 1.',
    verdict: 'Initialisation decides as much as the cell: compare LSTMs at b_f = 1 (Keras does this; PyTorch does not).',
  },
  {
    id: 'bai',
    source: SOURCES.bai,
    finding: 'At matched size: adding problem at T = 600, GRU MSE 5.3e−5 while the LSTM failed at the baseline (0.164); word-level PTB perplexity, LSTM 78.9 against GRU 92.5.',
    verdict: 'Task-dependent: the GRU wins a long synthetic memory task, the LSTM a language-modelling task.',
  },
  {
    id: 'weiss',
    source: SOURCES.weiss,
    finding: 'An LSTM can learn to count (for example aⁿbⁿ), a GRU cannot: the LSTM cell can grow without bound, the GRU state stays within (−1, 1).',
    verdict: 'A real difference in what the cells can express, the growing cell of slide 4; it says nothing about data size.',
  },
];

/** Greff et al. 2017's verdicts on LSTM variants (LESSON.md). */
export const GREFF_VERDICTS: readonly string[] = [
  'The forget gate is critical: removing it hurts performance significantly.',
  'The output activation is critical: h = o·c instead of o·tanh(c) hurts performance significantly.',
  'Coupling the input and forget gates (f = 1 − i) costs little.',
];
