/**
 * Slide 3: the LSTM one gate at a time — store a value at step 3, hold it silently, reveal it at
 * step 20, all with forced gates. Imports lesson files and engine types.
 */
import type { GateOverride } from '../../../src/engine/types';
import { forced } from '../slideState';
import type { Slide } from '../types';

const LENGTH = 24;
const STORE_AT = 3;
const REVEAL_AT = 20;

/** f = 1 throughout; i = 1 only at the store step; o = 0 until the reveal, then 1. Later entries win. */
const STORE_HIDE_REVEAL: GateOverride[] = [
  { gate: 'f', value: 1 },
  { gate: 'i', value: 0 },
  { gate: 'i', value: 1, t: STORE_AT },
  { gate: 'o', value: 0 },
  ...Array.from({ length: LENGTH - REVEAL_AT + 1 }, (_, k): GateOverride => ({ gate: 'o', value: 1, t: REVEAL_AT + k })),
];

export const lstmGates: Slide = {
  id: 'lstm-gates',
  title: 'LSTM, one gate at a time',
  claim: 3,
  body: [
    'The LSTM carries two states: the cell c along the top and the output h. The forget gate f scales the old cell, the input gate i scales the candidate g, and the output gate o decides how much of tanh(c) to show.',
    'Here the gates are forced: f = 1 throughout, i opens only at step 3, o stays shut until step 20. The cell stores a value at step 3 and holds it in silence; h reveals it at step 20.',
  ],
  notes: {
    say: 'At step 3 watch i open and c take the candidate’s value. From step 4 to 19, c stays exactly the same (f = 1, i = 0) while h is exactly 0 (o = 0). At step 20 the output gate opens.',
    ask: 'If you could only see h, what would you say this network remembers during steps 4 to 19?',
    answer: 'Nothing: h is 0. The memory is in c, which h does not show. c is not h, and the output gate guards what is exposed.',
  },
  apply: {
    cells: ['lstm'],
    steps: LENGTH,
    input: { kind: 'custom', values: Array.from({ length: LENGTH }, (_, k) => (k + 1 === STORE_AT ? 1 : 0)) },
    overrides: forced({ lstm: STORE_HIDE_REVEAL }),
  },
  walk: [STORE_AT, REVEAL_AT],
  highlight: { cell: 'lstm', term: 'c' },
  checkpoints: ['lstm-keeps', 'lstm-hides'],
  tries: [
    { label: 'Open o at every step', overrides: { lstm: [...STORE_HIDE_REVEAL, { gate: 'o', value: 1 }] } },
    { label: 'Store, hide, reveal', overrides: { lstm: STORE_HIDE_REVEAL } },
  ],
};
