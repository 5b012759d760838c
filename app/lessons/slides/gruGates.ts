/** Slide 2: the GRU one gate at a time, with its limiting cases as one-click tries. Imports lesson files. */
import type { Slide } from '../types';

export const gruGates: Slide = {
  id: 'gru-gates',
  title: 'GRU, one gate at a time',
  claim: 3,
  body: [
    'The GRU has two gates. The reset gate r decides how much of h_prev the candidate n may see; the update gate z blends old and new: h = (1 − z)·n + z·h_prev.',
    'Every gate is a vector, one value per unit, not one knob for the whole cell. Force the limiting cases below and watch the numbers.',
  ],
  notes: {
    say: 'Walk through r, z, n and h at step 2. Point at the four numbers inside each gate: each unit has its own gate value.',
    ask: 'What must z be for a step to change nothing? What turns the GRU into a plain tanh RNN?',
    answer: 'z = 1 gives h = h_prev exactly, and the checkpoint confirms it on the numbers. r = 1 with z = 0 gives h = n, a plain tanh RNN; r = 0 with z = 0 ignores the past altogether.',
  },
  apply: { cells: ['gru'], hiddenSize: 4 },
  walk: [2],
  highlight: { cell: 'gru', term: 'z' },
  checkpoints: ['gru-no-op'],
  tries: [
    { label: 'z = 1: copy h (no-op)', overrides: { gru: [{ gate: 'z', value: 1 }] } },
    { label: 'r = 1, z = 0: a plain RNN', overrides: { gru: [{ gate: 'r', value: 1 }, { gate: 'z', value: 0 }] } },
    { label: 'r = 0, z = 0: ignore the past', overrides: { gru: [{ gate: 'r', value: 0 }, { gate: 'z', value: 0 }] } },
    { label: 'All gates free', overrides: { gru: [] } },
  ],
};
