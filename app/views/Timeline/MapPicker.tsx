/**
 * Which maps the timeline shows: one small letter checkbox per quantity, grouped by cell, plus
 * "all" and "states only" shortcuts. Each checkbox's accessible name spells out the map
 * ("GRU z update gate"). Imports app/ only.
 */
import { memo, type CSSProperties } from 'react';
import type { CellKind } from '../../../src/engine/types';
import { mapChoices } from './timelineMaps';

export interface MapPickerProps {
  cells: readonly CellKind[];
  hidden: ReadonlySet<string>;
  onChange: (hidden: ReadonlySet<string>) => void;
}

/** The letters kept by "states only": the input and each cell's states. */
const STATES = new Set(['x', 'h', 'c']);

export const MapPicker = memo(function MapPicker({ cells, hidden, onChange }: MapPickerProps) {
  const groups = mapChoices(cells);
  const toggle = (id: string) => {
    const next = new Set(hidden);
    if (!next.delete(id)) next.add(id);
    onChange(next);
  };
  const gates = groups.flatMap((g) => g.choices).filter((c) => !STATES.has(c.letter)).map((c) => c.id);
  return (
    <div className="tl-picker" role="group" aria-label="Maps on the timeline">
      <span className="tl-picker-title">Show</span>
      {groups.map(({ group, choices }) => (
        <span key={group} className="tl-picker-group">
          <span className="tl-picker-name">{group}</span>
          {choices.map((c) => (
            <label
              key={c.id}
              className="tl-chip"
              title={`${group} ${c.letter} ${c.name}`}
              style={{ '--chip': `var(--gate-${c.letter}, var(--muted))` } as CSSProperties}
            >
              <input type="checkbox" checked={!hidden.has(c.id)} onChange={() => toggle(c.id)} />
              <span className="tl-sr-only">{group} </span>
              <span className="tl-chip-letter">{c.letter}</span>
              <span className="tl-sr-only"> {c.name}</span>
            </label>
          ))}
        </span>
      ))}
      <span className="tl-picker-group">
        <button type="button" onClick={() => onChange(new Set())}>All maps</button>
        <button type="button" onClick={() => onChange(new Set(gates))}>States only</button>
      </span>
    </div>
  );
});
