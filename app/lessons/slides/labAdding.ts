/**
 * Slide 7: the adding problem, one hand-made example read by untrained cells; training it is the
 * lab's job. Imports lesson files.
 */
import { SOURCES } from '../facts';
import type { Slide } from '../types';

/** One adding-problem example of 12 steps: a value channel and a marker channel (steps 3 and 9). */
const VALUES = [0.42, 0.77, 0.13, 0.95, 0.31, 0.58, 0.86, 0.24, 0.67, 0.09, 0.51, 0.38];
const MARKED = [3, 9];
const EXAMPLE = VALUES.flatMap((v, k) => [v, MARKED.includes(k + 1) ? 1 : 0]); // (T, 2)

export const labAdding: Slide = {
  id: 'lab-adding',
  title: 'Lab: the adding problem',
  claim: 5,
  body: [
    'Each step brings a value in [0, 1] and a marker; exactly two steps are marked, one in each half. The answer, due at the last step, is the sum of the two marked values.',
    'Always answering 1 scores an MSE of 1/6 ≈ 0.167, and below 0.01 counts as solved. The cells here are untrained: they only read one example, with markers at steps 3 and 9.',
  ],
  notes: {
    say: 'The lab trains three parameter-matched models live and draws the baseline line. Here, one example: 0.13 at step 3 and 0.67 at step 9 are marked, so the target is 0.80.',
    ask: 'After training, what should the LSTM’s input gate do at the marked steps, and its forget gate in between?',
    answer: 'The input gate spikes at the markers (write the value) and the forget gate stays near 1 between them (keep it): store, hold, add.',
  },
  apply: { cells: ['gru', 'lstm'], inputSize: 2, steps: VALUES.length, input: { kind: 'custom', values: EXAMPLE } },
  walk: MARKED,
  highlight: { cell: 'lstm', term: 'i' },
  needs: 'lab',
  labForm: 'lt=adding&ll=50&lk=1',
  figure: {
    kind: 'facts',
    caption: 'Published numbers',
    items: [
      'Baseline: always predicting 1 gives MSE 1/6 ≈ 0.167; solved means test MSE < 0.01, and the share of answers within 0.04 is reported too (Hochreiter & Schmidhuber 1997).',
      'A NumPy LSTM with 8 units reached test MSE 0.0007 at T = 100 in about 40 s on one core; a tanh RNN of the same shape stayed at 0.07.',
      'Bai et al. 2018, T = 600: GRU 5.3e−5, LSTM 0.164 (failed, at the baseline), tanh RNN 0.177.',
      'The lab’s parameter-matched models at input size 2: LSTM 8, GRU 9, tanh RNN 17 units, about 350 parameters each.',
    ],
    source: SOURCES.hochreiter,
  },
};
