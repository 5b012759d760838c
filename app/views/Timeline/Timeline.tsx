/**
 * The unrolled sequence: the input x, then for each shown cell a heatmap over time of h, c and
 * every gate (columns = steps, rows = units). The current step is marked on every map; click,
 * drag or the arrow keys seek. Maps repaint only when a new trace arrives; the cursor moves a
 * marker. Imports app/ only.
 */
import { Fragment, useCallback, useDeferredValue, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useStore } from '../../store/store';
import { HeatmapMap } from './HeatmapMap';
import { MapPicker } from './MapPicker';
import { ScaleLegend } from './ScaleLegend';
import { StepAxis } from './StepAxis';
import { timelineMaps } from './timelineMaps';
import { useHeldOffscreen } from '../useHeldOffscreen';
import './Timeline.css';

const HINT_ID = 'timeline-keys';

export function Timeline() {
  const cells = useStore((s) => s.settings.cells);
  // A new trace redraws every map: at a deferred priority, as the cell columns (CellPanel.tsx).
  const results = useDeferredValue(useStore((s) => s.results));
  const traceVersion = useDeferredValue(useStore((s) => s.traceVersion));
  const section = useRef<HTMLElement>(null);
  // Below the fold the marker waits while playback runs (useHeldOffscreen).
  const cursorT = useHeldOffscreen(useStore((s) => s.cursor.t), section);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const [place, setPlace] = useState({ index: 0, row: 0 });
  const stack = useRef<HTMLDivElement>(null);
  const maps = useMemo(() => timelineMaps(cells, results, hidden), [cells, results, hidden]);
  const steps = cells.map((c) => results[c]?.trace.steps).find((n) => n !== undefined) ?? 0;
  const t = Math.min(cursorT, steps);
  const index = Math.min(place.index, Math.max(0, maps.length - 1));

  const onFocusMap = useCallback((i: number) => setPlace((p) => (p.index === i ? p : { ...p, index: i })), []);
  const onMove = useCallback((i: number, row: number, moveFocus: boolean) => {
    const target = maps[i];
    if (!target) return;
    setPlace({ index: i, row: row < 0 ? target.rows - 1 : Math.min(row, target.rows - 1) });
    if (moveFocus) stack.current?.querySelector<HTMLElement>(`[data-map-index="${i}"]`)?.focus();
  }, [maps]);

  return (
    <section ref={section} className="panel timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <MapPicker cells={cells} hidden={hidden} onChange={setHidden} />
      <ScaleLegend />
      <p id={HINT_ID} className="tl-hint muted">
        Click or drag on a map to go to a step. On a focused map: ← → step, ↑ ↓ unit (on into the next map),
        Home / End first and last step.
      </p>
      {steps === 0 ? (
        <p className="muted">Computing…</p>
      ) : maps.length === 0 ? (
        <p className="muted">No maps chosen: tick a letter above.</p>
      ) : (
        <div ref={stack} className="tl-stack" style={{ '--t': t, '--steps': steps } as CSSProperties}>
          {maps.map((map, i) => (
            <Fragment key={map.id}>
              {map.cell && map.group !== maps[i - 1]?.group && <h3 className="tl-group">{map.group}</h3>}
              <HeatmapMap
                map={map}
                index={i}
                steps={steps}
                t={t}
                row={i === index ? Math.min(place.row, map.rows - 1) : 0}
                isTabStop={i === index}
                traceVersion={traceVersion}
                hintId={HINT_ID}
                onFocusMap={onFocusMap}
                onMove={onMove}
              />
            </Fragment>
          ))}
          <StepAxis steps={steps} t={t} />
        </div>
      )}
    </section>
  );
}
