/**
 * Slide 5's table, computed from the parameter formula: for a budget at input size d, the largest
 * hidden size of each cell and its count, beside the sizes Chung et al. published. Imports app/ only.
 */
import { format } from 'd3-format';
import type { CellKind } from '../../../src/engine/types';
import type { SlideFigure } from '../../lessons/types';
import { CELL_NAMES } from '../../store/microSteps';
import { cellCounts, unitsForBudget } from '../ParameterCounts/parameterCounts';
import { SourceLine } from './SourceLine';

const thousands = format(',');
const ORDER: CellKind[] = ['rnn', 'gru', 'lstm'];

export function ParameterBudget({ figure }: { figure: Extract<SlideFigure, { kind: 'parameter-budget' }> }) {
  const d = figure.inputSize;
  return (
    <figure className="slide-figure">
      <table className="slide-table">
        <caption>
          The largest hidden size n within {thousands(figure.budget)} parameters at input size d = {d}, computed here from
          the formula (one bias per block); the last column is published
        </caption>
        <thead>
          <tr>
            <th scope="col">cell</th>
            <th scope="col">formula</th>
            <th scope="col">n</th>
            <th scope="col">parameters</th>
            <th scope="col">Chung et al.</th>
          </tr>
        </thead>
        <tbody>
          {ORDER.map((cell) => {
            const n = unitsForBudget(cell, d, figure.budget);
            const count = cellCounts(cell, d, n).textbook;
            return (
              <tr key={cell}>
                <th scope="row">{CELL_NAMES[cell]}</th>
                <td className="mono">{count.formula}</td>
                <td><strong>{n}</strong></td>
                <td>{thousands(count.total)}</td>
                <td>{figure.published[cell]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <SourceLine source={figure.source} />
    </figure>
  );
}
