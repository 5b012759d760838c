/** Slide 11: "the LSTM wins with lots of data?" — the evidence board. Imports lesson files. */
import { EVIDENCE } from '../facts';
import type { Slide } from '../types';

export const evidenceBoard: Slide = {
  id: 'evidence-board',
  title: '“The LSTM wins with lots of data”? The evidence board',
  claim: 2,
  body: [
    'The folk rule says: GRU for small data, LSTM for large data. Here are four studies; decide which way each one points before you reveal its verdict.',
    'What is left is a heuristic, not a law: the task, the initialisation and the size budget decide as much as the cell does.',
  ],
  notes: {
    say: 'Read each finding aloud and take a show of hands (LSTM, GRU, or neither) before opening its verdict.',
    ask: 'Does any card show that the amount of data alone decides?',
    answer: 'No. Chung’s speech sets differ in size and length together; Jozefowicz shows the forget bias closes the gap; Bai’s split follows the task; Weiss’s result is about what the cells can express.',
  },
  apply: { cells: ['gru', 'lstm'], isParallel: true },
  walk: [],
  figure: { kind: 'cards', caption: 'Four studies, one card each', cards: [...EVIDENCE] },
};
