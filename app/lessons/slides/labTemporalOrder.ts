/**
 * Slide 8: the temporal-order task, one example with four of its eight symbols (the app's input
 * size is at most 4). Imports lesson files.
 */
import type { Slide } from '../types';

const LENGTH = 50;
const SYMBOLS = 4; // channels: X, Y, and two distractors
const FIRST = { t: 5, symbol: 0 }; // X
const SECOND = { t: 30, symbol: 1 }; // Y

/** The symbol at 1-based step t: X or Y at the two marked steps, an alternating distractor elsewhere. */
const symbolAt = (t: number) => (t === FIRST.t ? FIRST.symbol : t === SECOND.t ? SECOND.symbol : t % 3 === 0 ? 3 : 2);
const EXAMPLE = Array.from({ length: LENGTH }, (_, k) => Array.from({ length: SYMBOLS }, (_, c) => (symbolAt(k + 1) === c ? 1 : 0))).flat(); // (T, 4)

export const labTemporalOrder: Slide = {
  id: 'lab-temporal-order',
  title: 'Lab: temporal order',
  body: [
    'Fifty symbols hide an X or a Y at one early step (3–12) and one late step (25–40); every other symbol is a distractor. The class is the order of the two: XX, XY, YX or YY.',
    'Guessing scores 0.25 and solved means an accuracy of at least 0.95. The untrained cells here read one example, with four of the task’s eight symbols: X at step 5, Y at step 30.',
  ],
  notes: {
    say: 'One-hot input: channel 1 is X, channel 2 is Y, channels 3 and 4 are distractors. The lab trains on the full eight symbols and draws the chance line at 0.25.',
    ask: 'Which state has to carry the first symbol across 25 distractors?',
    answer: 'In the LSTM the cell c, with f near 1 in between; in the GRU h itself, with z near 1. A tanh RNN has only h, rewritten every step, and stays at chance. Published: an LSTM with 4 units reached 100 % in 5 of 5 seeds in about 14 s.',
  },
  apply: { cells: ['gru', 'lstm'], inputSize: SYMBOLS, steps: LENGTH, input: { kind: 'custom', values: EXAMPLE } },
  walk: [FIRST.t, SECOND.t],
  highlight: { cell: 'lstm', term: 'f' },
  needs: 'lab',
  labForm: 'lt=order&ll=50&lk=1',
  figure: {
    kind: 'facts',
    caption: 'Published numbers',
    items: [
      'Chance accuracy: 0.25 (four classes); solved: accuracy ≥ 0.95.',
      'An LSTM with 4 units reached 100 % at T = 50 in 5 of 5 seeds in about 14 s on one core; a tanh RNN stayed at chance.',
    ],
    source: { label: 'the lesson’s published small-scale reference' },
  },
};
