/**
 * Slide 10's predicted cost per step: the GRU's weights against the LSTM's at the sizes on screen
 * (arithmetic on sizes), and the published observation it is compared with. Imports app/ only.
 */
import { format } from 'd3-format';
import { useShallow } from 'zustand/react/shallow';
import type { Source } from '../../lessons/types';
import { hiddenSizeOf } from '../../store/cellSizes';
import { useStore } from '../../store/store';
import { cellCounts } from '../ParameterCounts/parameterCounts';
import { SourceLine } from './SourceLine';

const thousands = format(',');

export function CostRatio({ source }: { source: Source }) {
  const { d, nGru, nLstm } = useStore(useShallow((s) => ({
    d: s.settings.inputSize, nGru: hiddenSizeOf(s.settings, 'gru'), nLstm: hiddenSizeOf(s.settings, 'lstm'),
  })));
  const gru = cellCounts('gru', d, nGru).textbook;
  const lstm = cellCounts('lstm', d, nLstm).textbook;
  return (
    <figure className="slide-figure">
      <figcaption>Predicted cost per step at the sizes on screen (computed from the counts)</figcaption>
      <ul className="slide-facts">
        <li>GRU: {gru.substituted} = {thousands(gru.total)} weights per step</li>
        <li>LSTM: {lstm.substituted} = {thousands(lstm.total)} weights per step</li>
        <li>Ratio: {thousands(gru.total)} / {thousands(lstm.total)} = <strong>{(gru.total / lstm.total).toFixed(2)}</strong></li>
      </ul>
      <p>Published: on the music sets the GRU made faster progress than the LSTM and tanh RNN, per update and per CPU second.</p>
      <SourceLine source={source} />
    </figure>
  );
}
