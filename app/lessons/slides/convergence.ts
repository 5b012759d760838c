/** Slide 10: "the GRU converges more easily?" — cost per step against steps needed. Imports lesson files. */
import { SOURCES } from '../facts';
import type { Slide } from '../types';

export const convergence: Slide = {
  id: 'convergence',
  title: '“The GRU converges more easily”?',
  claim: 2,
  body: [
    'At equal units a GRU step multiplies three gate blocks where an LSTM multiplies four, so it should cost about 3/4 as much. Chung et al. saw the GRU make faster progress per update and per CPU second on music.',
    'Cheaper steps are not fewer steps: the lab plots the loss against updates and against wall-clock time separately.',
  ],
  notes: {
    say: 'The ratio below is counted from the sizes on screen: try 4 and 16 units, it stays 0.75. The measured cost per step needs the lab.',
    ask: 'If a GRU step costs 3/4 of an LSTM step but the GRU needs 20 % more updates to reach the same loss, which finishes first?',
    answer: 'The GRU, barely: 0.75 × 1.2 = 0.9 of the LSTM’s time. A convergence claim needs both axes.',
  },
  apply: { cells: ['gru', 'lstm'], isParallel: true },
  walk: [],
  tries: [4, 16].map((hiddenSize) => ({ label: `${hiddenSize} units`, settings: { hiddenSize } })),
  needs: 'lab',
  labForm: 'lt=adding&ll=50&lk=3',
  figure: { kind: 'cost-ratio', source: SOURCES.chung },
};
