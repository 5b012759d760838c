/**
 * Parameter counts of each shown cell at the current input and hidden sizes, live: the textbook
 * formula with one bias per gate block and PyTorch's with two, with the numbers substituted.
 * Imports app/ only.
 */
import { format } from 'd3-format';
import { useShallow } from 'zustand/react/shallow';
import type { CellKind } from '../../../src/engine/types';
import { hiddenSizeOf } from '../../store/cellSizes';
import { CELL_NAMES } from '../../store/microSteps';
import { useStore } from '../../store/store';
import { cellCounts, unitsForBudget, type Count } from './parameterCounts';
import './ParameterCounts.css';

const thousands = format(',');
/** Chung et al.'s matched models: about 20 K parameters at input size ≈ 100 (their Table 1). */
const CHUNG_INPUT = 100;
const CHUNG_BUDGET = 20_300;
const CHUNG_ORDER: CellKind[] = ['rnn', 'gru', 'lstm'];

/** "3n(d + n + 1) = 3·4·(1 + 4 + 1) = 72", breaking only between its three parts. */
function Formula({ count }: { count: Count }) {
  return (
    <span className="pc-formula">
      <span>{count.formula}</span> <span>= {count.substituted}</span> <span>= <strong>{thousands(count.total)}</strong></span>
    </span>
  );
}

export function ParameterCounts() {
  const { cells, inputSize, sizes } = useStore(
    useShallow((s) => ({
      cells: s.settings.cells, inputSize: s.settings.inputSize,
      sizes: s.settings.cells.map((cell) => hiddenSizeOf(s.settings, cell)).join(','),
    })),
  );
  // Each cell at its own hidden size (imported cells have theirs).
  const hiddenSizes = sizes.split(',').map(Number);
  const rows = cells.map((cell, k) => cellCounts(cell, inputSize, hiddenSizes[k]));
  const isOneSize = new Set(hiddenSizes).size === 1;
  const hiddenSize = isOneSize ? String(hiddenSizes[0]) : cells.map((cell, k) => `${hiddenSizes[k]} (${CELL_NAMES[cell]})`).join(', ');
  const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + pick(r), 0);
  const chung = CHUNG_ORDER.map((cell) => unitsForBudget(cell, CHUNG_INPUT, CHUNG_BUDGET)).join(' / ');
  return (
    <section className="panel params" aria-labelledby="params-title">
      <h2 id="params-title">Parameter counts</h2>
      <table className="pc-table">
        <caption>
          At input size <var>d</var> = {inputSize} and hidden size <var>n</var> = {hiddenSize}; textbook count with one
          bias per gate block, then PyTorch’s with two
        </caption>
        <thead>
          <tr>
            <th scope="col">Cell</th>
            <th scope="col">Parameters</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.cell}>
              <th scope="row">{CELL_NAMES[r.cell]}</th>
              <td>
                <Formula count={r.textbook} />
                <span className="pc-parts">
                  {thousands(r.parts.input)} input + {thousands(r.parts.recurrent)} recurrent + {thousands(r.parts.bias)} bias
                </span>
                <span className="pc-pytorch">
                  PyTorch, two biases: <Formula count={r.pytorch} />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
        {rows.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row">All shown</th>
              <td>
                <span className="pc-formula"><strong>{thousands(sum((r) => r.textbook.total))}</strong></span>
                <span className="pc-pytorch">PyTorch: {thousands(sum((r) => r.pytorch.total))}</span>
              </td>
            </tr>
          </tfoot>
        )}
      </table>
      <p className="pc-note">
        Lesson claim 2, “a GRU has fewer parameters”, holds at equal units. <a href="https://arxiv.org/abs/1412.3555">Chung
        et al. (2014)</a> matched parameter counts instead: at <var>d</var> = {CHUNG_INPUT}, about 20 K parameters buy{' '}
        {chung} units (tanh RNN / GRU / LSTM).
      </p>
    </section>
  );
}
