/**
 * One row of the timeline: a labelled heatmap that is also a slider over time steps. Click or
 * drag seeks (pointer capture keeps a drag going off the map); keys as in heatmapKeys.ts;
 * hovering or focusing a cell shows its full-precision value. Imports app/ only.
 */
import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useStore } from '../../store/store';
import { formatFull } from '../../vis/format';
import { HeatmapCanvas } from './HeatmapCanvas';
import { keyAction } from './heatmapKeys';
import { cellBox, mapHeight, rowAtY, stepAtX } from './heatmapLayout';
import type { TimelineMap } from './timelineMaps';

export interface HeatmapMapProps {
  map: TimelineMap;
  index: number;
  steps: number;
  /** The cursor's step, clamped into this trace. */
  t: number;
  /** The focused row of this map (a unit or input channel). */
  row: number;
  isTabStop: boolean;
  traceVersion: number;
  hintId: string;
  /** This map got focus: it becomes the timeline's tab stop, keeping the current row. */
  onFocusMap: (index: number) => void;
  /** Move the keyboard's place to (map index, row), focusing that map if asked; row −1 = its last row. */
  onMove: (index: number, row: number, moveFocus: boolean) => void;
}

interface Cell {
  step: number;
  row: number;
}

export function HeatmapMap({ map, index, steps, t, row, isTabStop, traceVersion, hintId, onFocusMap, onMove }: HeatmapMapProps) {
  const [hover, setHover] = useState<Cell | null>(null);
  const [isFocused, setFocused] = useState(false);
  const { seek } = useStore.getState();
  const valueAt = (cell: Cell) => map.values[(cell.step - 1) * map.rows + cell.row];
  const describe = (cell: Cell) =>
    `step ${cell.step} of ${steps}, ${map.rowName} ${cell.row}, ${map.letter} = ${formatFull(valueAt(cell))}`;
  const cellAt = (event: PointerEvent<HTMLDivElement>): Cell => {
    const box = event.currentTarget.getBoundingClientRect();
    return {
      step: stepAtX(event.clientX - box.left, box.width, steps),
      row: rowAtY(event.clientY - box.top, box.height, map.rows),
    };
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const cell = cellAt(event);
    seek(cell.step);
    onMove(index, cell.row, false);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const cell = cellAt(event);
    setHover((old) => (old?.step === cell.step && old.row === cell.row ? old : cell));
    if (event.currentTarget.hasPointerCapture(event.pointerId)) seek(cell.step);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const now = Math.min(useStore.getState().cursor.t, steps);
    const action = keyAction(event.key, { t: now, steps, row, rows: map.rows });
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    if (action.kind === 'seek') seek(action.t);
    else if (action.kind === 'row') onMove(index, action.row, false);
    else onMove(index + action.delta, action.row === 'last' ? -1 : 0, true);
  };

  const shown = hover ?? (isFocused ? { step: t, row } : null);
  const shownBox = shown && cellBox(shown.step, shown.row, steps, map.rows);
  const percent = (fraction: number) => `${fraction * 100}%`;
  return (
    <>
      <div className="tl-label" style={{ borderColor: `var(--gate-${map.letter}, var(--muted))` }}>
        <b className="tl-letter">{map.letter}</b> {map.name}
        <span className="tl-rows"> · {map.rows} {map.rowName}{map.rows === 1 ? '' : 's'}</span>
      </div>
      <div
        className="tl-plot"
        role="slider"
        tabIndex={isTabStop ? 0 : -1}
        aria-label={`Timeline: ${map.title}`}
        aria-describedby={hintId}
        aria-orientation="horizontal"
        aria-valuemin={1}
        aria-valuemax={steps}
        aria-valuenow={t}
        aria-valuetext={describe({ step: t, row })}
        data-own-keys=""
        data-map={map.id}
        data-map-index={index}
        style={{ height: `calc(${mapHeight(map.rows)}px * var(--scale, 1))` }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHover(null)}
        onKeyDown={onKeyDown}
        onFocus={() => {
          setFocused(true);
          onFocusMap(index);
        }}
        onBlur={() => setFocused(false)}
      >
        <HeatmapCanvas values={map.values} steps={steps} rows={map.rows} scale={map.scale} traceVersion={traceVersion} />
        <div className="tl-marker" aria-hidden="true" />
        {shownBox && (
          <div
            className="tl-focus-cell"
            aria-hidden="true"
            style={{ left: percent(shownBox.left), top: percent(shownBox.top), width: percent(shownBox.width), height: percent(shownBox.height) }}
          />
        )}
        {shown && shownBox && (
          <div
            className="tl-tooltip"
            aria-hidden="true"
            style={{ left: percent(shownBox.left + shownBox.width / 2), transform: `translateX(-${(shownBox.left + shownBox.width / 2) * 100}%)` }}
          >
            {map.title}: {describe(shown)}
          </div>
        )}
      </div>
    </>
  );
}
