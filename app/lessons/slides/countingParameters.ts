/** Slide 5: counting parameters, and the hidden sizes Chung et al. matched at about 20 K. Imports lesson files. */
import { SOURCES } from '../facts';
import type { Slide } from '../types';

export const countingParameters: Slide = {
  id: 'counting-parameters',
  title: 'Counting parameters',
  claim: 2,
  body: [
    'Each gate block holds input weights (n × d), recurrent weights (n × n) and a bias: n(d + n + 1) numbers. A tanh RNN has one block, a GRU three, an LSTM four; PyTorch stores a second bias per block.',
    'At equal units a GRU has 3/4 of an LSTM’s parameters. Chung et al. matched budgets instead, so their GRU had more units, not fewer parameters.',
  ],
  notes: {
    say: 'Read the formulas, then the budget column: the largest n whose count fits about 20 K at input size 100.',
    ask: 'For a 20 K budget at d = 100, how many units does each cell get?',
    answer: 'tanh RNN 100, GRU 46, LSTM 36: Chung et al.’s Table 1. They compared at equal parameters, so “the GRU has fewer parameters” is not what their results test.',
  },
  apply: { cells: ['rnn', 'gru', 'lstm'], isParallel: true },
  walk: [],
  figure: {
    kind: 'parameter-budget',
    inputSize: 100,
    budget: 20_300,
    published: { rnn: '100 units, ≈ 20.1 K', gru: '46 units, ≈ 20.2 K', lstm: '36 units, ≈ 19.8 K' },
    source: SOURCES.chung,
  },
};
