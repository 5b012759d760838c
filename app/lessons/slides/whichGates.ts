/**
 * Slide 12: which gates matter — fix a gate to see what each of Greff et al.'s variants computes;
 * the trained comparison is the lab's. Imports lesson files.
 */
import { GREFF_VERDICTS, SOURCES } from '../facts';
import type { Slide } from '../types';

export const whichGates: Slide = {
  id: 'which-gates',
  title: 'Which gates matter?',
  body: [
    'Greff et al. removed one part of the LSTM at a time, over thousands of training runs. Fixing a gate here shows what a variant computes: no input gate means i = 1, no forget gate f = 1, no output gate o = 1.',
    'Predict first, then compare: which removal hurts most on the adding problem at T = 50?',
  ],
  notes: {
    say: 'The coupled variant (f = 1 − i) and “no output activation” (h = o·c) change the equations rather than fix a gate, so they wait for the lab’s ablations on adding, T = 50.',
    ask: 'Which removal do you expect to hurt most?',
    answer: 'Removing the forget gate, or the output activation: Greff et al. found both critical. Coupling the input and forget gates cost little.',
  },
  apply: { cells: ['lstm'] },
  walk: [2],
  highlight: { cell: 'lstm', term: 'f' },
  tries: [
    { label: 'No input gate (i = 1)', overrides: { lstm: [{ gate: 'i', value: 1 }] } },
    { label: 'No forget gate (f = 1)', overrides: { lstm: [{ gate: 'f', value: 1 }] } },
    { label: 'No output gate (o = 1)', overrides: { lstm: [{ gate: 'o', value: 1 }] } },
    { label: 'Full LSTM', overrides: { lstm: [] } },
  ],
  needs: 'lab',
  labForm: 'lt=adding&ll=50&lk=1',
  figure: { kind: 'facts', caption: 'Published verdicts', items: [...GREFF_VERDICTS], source: SOURCES.greff },
};
