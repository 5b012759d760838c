/** Slide 9: "about equal on many tasks" — Chung et al.'s Table 2. Imports lesson files. */
import { chungRows, SOURCES } from '../facts';
import type { Slide } from '../types';

export const aboutEqual: Slide = {
  id: 'about-equal',
  title: '“About equal on many tasks”?',
  claim: 1,
  body: [
    'Chung et al. trained all three cells at matched size on four music sets and two speech sets. On speech both gated cells beat tanh by far; on music the three are close and neither gated cell wins everywhere.',
    'The authors called their results preliminary. The question to ask of any such table: is the gap larger than the spread between seeds?',
  ],
  notes: {
    say: 'Lower is better. Bold marks the best test score of each row.',
    ask: 'Where is the LSTM’s test score best? Where the GRU’s?',
    answer: 'LSTM: Ubisoft A only. GRU: JSB Chorales, MuseData, Piano-midi and Ubisoft B. On Nottingham tanh is best. On music the gaps are a few hundredths, well within what another seed can move.',
  },
  apply: { cells: ['gru', 'lstm'], isParallel: true },
  walk: [],
  needs: 'lab',
  labForm: 'lt=adding&ll=100&lk=1',
  figure: {
    kind: 'table',
    caption: 'Average negative log-likelihood, train / test (lower is better; the best test score of each row in bold)',
    head: ['data set', 'tanh RNN', 'GRU', 'LSTM'],
    rows: chungRows(),
    source: SOURCES.chung,
  },
};
