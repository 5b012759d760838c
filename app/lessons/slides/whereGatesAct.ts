/** Slide 4: where the gates act — (1 − z) + z = 1 against the LSTM's separate f and i. Imports lesson files. */
import { forced } from '../slideState';
import type { Slide } from '../types';

export const whereGatesAct: Slide = {
  id: 'where-gates-act',
  title: 'Where the gates act',
  claim: 4,
  body: [
    'In the GRU one number does two jobs: z keeps the old state and 1 − z writes the candidate, so keep + write = (1 − z) + z = 1. Keeping everything and writing everything in one step is impossible.',
    'The LSTM has separate knobs. With f = 1 and i = 1 it keeps all of c and adds all of g, so c can grow past 1: that is why h = o·tanh(c) squashes it again.',
  ],
  notes: {
    say: 'Same input, side by side. Try z = 0.5, 1 and 0: the GRU’s share of the old state and of the new candidate always add up to 1. The LSTM’s forget and input gates do not have to.',
    ask: 'Why does the LSTM need a tanh before its output when the GRU does not?',
    answer: 'The GRU’s h is a weighted average of values inside (−1, 1), so it stays there. The LSTM’s c can keep adding (the checkpoint shows it passing 1), so h = o·tanh(c) brings it back into range.',
  },
  apply: { cells: ['gru', 'lstm'], overrides: forced({ lstm: [{ gate: 'f', value: 1 }, { gate: 'i', value: 1 }] }) },
  walk: [2, 12],
  highlight: { cell: 'gru', term: 'z' },
  checkpoints: ['lstm-grows'],
  tries: [
    { label: 'GRU z = 0.5: keep half, write half', overrides: { gru: [{ gate: 'z', value: 0.5 }] } },
    { label: 'GRU z = 1: keep all, write nothing', overrides: { gru: [{ gate: 'z', value: 1 }] } },
    { label: 'GRU z = 0: write all, keep nothing', overrides: { gru: [{ gate: 'z', value: 0 }] } },
    { label: 'LSTM f = 1, i = 1: keep all and write all', overrides: { lstm: [{ gate: 'f', value: 1 }, { gate: 'i', value: 1 }] } },
    { label: 'All gates free', overrides: { gru: [], lstm: [] } },
  ],
};
