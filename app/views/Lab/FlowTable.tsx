/**
 * The gradient flow's numbers at full precision, one row per time step, one column per cell:
 * what the chart draws, for reading, copying and screen readers. Imports app/ only.
 */
import { CELL_NAMES } from '../../store/microSteps';
import type { FlowSeries } from '../../lab/flowSeries';

export function FlowTable({ series, caption }: { series: FlowSeries[]; caption: string }) {
  const T = series[0]?.values.length ?? 0;
  return (
    <div className="lab-results-wrap lab-flow-table" role="region" aria-label="Gradient-flow numbers" tabIndex={0}>
      <table className="lab-results">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">t</th>
            {series.map((s) => <th key={s.cell} scope="col">{CELL_NAMES[s.cell]}</th>)}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: T }, (_, k) => (
            <tr key={k}>
              <th scope="row">{k + 1}</th>
              {series.map((s) => <td key={s.cell}>{String(s.values[k])}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
