/**
 * What a slide shows besides its text: a table or a list of published numbers (labelled with
 * their source), the evidence cards, or a table computed from the parameter formula.
 * Imports app/ only.
 */
import type { SlideFigure as Figure, TableCell } from '../../lessons/types';
import { CostRatio } from './CostRatio';
import { EvidenceCards } from './EvidenceCards';
import { ParameterBudget } from './ParameterBudget';
import { SourceLine } from './SourceLine';

function Cell({ cell }: { cell: TableCell }) {
  if (typeof cell === 'string') return <>{cell}</>;
  return <><strong>{cell.text}</strong>{cell.note && <span className="visually-hidden"> ({cell.note})</span>}</>;
}

export function SlideFigure({ figure }: { figure: Figure }) {
  switch (figure.kind) {
    case 'table':
      return (
        <figure className="slide-figure">
          <table className="slide-table">
            <caption>{figure.caption}</caption>
            <thead><tr>{figure.head.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
            <tbody>
              {figure.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (c === 0 ? <th key={c} scope="row"><Cell cell={cell} /></th> : <td key={c}><Cell cell={cell} /></td>))}
                </tr>
              ))}
            </tbody>
          </table>
          <SourceLine source={figure.source} />
        </figure>
      );
    case 'facts':
      return (
        <figure className="slide-figure">
          <figcaption>{figure.caption}</figcaption>
          <ul className="slide-facts">{figure.items.map((item) => <li key={item}>{item}</li>)}</ul>
          <SourceLine source={figure.source} />
        </figure>
      );
    case 'cards':
      return <EvidenceCards caption={figure.caption} cards={figure.cards} />;
    case 'parameter-budget':
      return <ParameterBudget figure={figure} />;
    case 'cost-ratio':
      return <CostRatio source={figure.source} />;
  }
}
