/** Slide 1: why gates — a plain tanh RNN rewrites its whole state every step. Imports lesson files. */
import { DECAY_0_9, SOURCES } from '../facts';
import type { Slide } from '../types';

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number) => [...String(n)].map((d) => SUPERSCRIPTS[Number(d)]).join('');

export const overwriteProblem: Slide = {
  id: 'overwrite-problem',
  title: 'Why gates: the overwrite problem',
  claim: 5,
  body: [
    'A plain tanh RNN rewrites its whole state at every step: h = tanh(W x + U h_prev + b). Whatever x₁ put into h is squashed and mixed again at every later step, and nothing in the cell decides to keep it.',
    'If each step passes on a share of 0.9 of a signal, 50 steps pass on 0.9⁵⁰ ≈ 0.5 % of it. The same product scales the gradient that would teach the network about x₁.',
  ],
  notes: {
    say: 'Here a tanh RNN reads 0.8 at step 1 and zeros after it. Step 1 writes it into h, step 2 rewrites all of h, and by step 50 nothing marks where the value went.',
    ask: 'With a per-step factor of 0.9, how much of x₁’s influence is left after 50 steps?',
    answer: '0.9⁵⁰ ≈ 0.005, about 0.5 %. At 0.5 per step it would be 8.9e−16: nothing at all.',
  },
  apply: { cells: ['rnn'], steps: 50, input: { kind: 'preset', preset: 'remember' } },
  walk: [1, 2, 50],
  highlight: { cell: 'rnn', term: 'h' },
  needs: 'gradient-meter',
  labForm: 'lt=adding&ll=50&lk=1',
  figure: {
    kind: 'facts',
    caption: 'A per-step factor of 0.9, compounded',
    items: DECAY_0_9.map(([steps, printed]) => `after ${steps} steps: 0.9${superscript(steps)} ≈ ${printed}`),
    source: SOURCES.lesson,
  },
};
