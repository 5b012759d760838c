/**
 * What-if: force any gate of a shown cell to a value, for all units or one, for all steps or the
 * current one; the lesson's limiting cases in one click; the active overrides, each removable.
 * The engine recomputes in the worker. Imports app/ only.
 */
import { useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CellKind, GateName, GateOverride } from '../../../src/engine/types';
import { PolicyGroup, useControlPolicy } from '../../controls/PolicyGroup';
import { hiddenSizeOf } from '../../store/cellSizes';
import { CELL_NAMES, QUANTITIES } from '../../store/microSteps';
import { useStore } from '../../store/store';
import { isGate } from '../../vis/palette';
import { LIMITING_CASES } from './limitingCases';
import { NoOpReport } from './NoOpReport';
import { useHeldOffscreen } from '../useHeldOffscreen';
import './WhatIf.css';

const gatesOf = (cell: CellKind) => QUANTITIES[cell].filter((q) => q !== 'h' && q !== 'c') as GateName[];

function describeOverride(o: GateOverride): string {
  return `${o.gate} = ${o.value}${o.unit !== undefined ? `, unit ${o.unit}` : ', all units'}${o.t !== undefined ? `, step ${o.t}` : ', all steps'}`;
}

export function WhatIfPanel() {
  const { cells, overrides, t: cursorT } = useStore(
    useShallow((s) => ({ cells: s.settings.cells, overrides: s.settings.overrides, t: s.cursor.t })),
  );
  const panel = useRef<HTMLElement>(null);
  // The step in "only at step t": below the fold it waits while playback runs (useHeldOffscreen).
  const t = useHeldOffscreen(cursorT, panel);
  const { setOverride, clearOverrides, applySettings } = useStore.getState();
  const policy = useControlPolicy('whatif');
  const gated: CellKind[] = cells.filter((c) => c !== "rnn");
  const [cell, setCell] = useState<CellKind>(gated[0] ?? 'gru');
  const activeCell = gated.includes(cell) ? cell : gated[0];
  const [gate, setGate] = useState<GateName>('z');
  const activeGate = activeCell && gatesOf(activeCell).includes(gate) ? gate : activeCell ? gatesOf(activeCell)[0] : gate;
  // The chosen cell's own number of units (an imported cell has its own size).
  const hiddenSize = useStore((s) => (activeCell ? hiddenSizeOf(s.settings, activeCell) : s.settings.hiddenSize));
  const [value, setValue] = useState(1);
  const [unit, setUnit] = useState<'all' | number>('all');
  const [isThisStep, setIsThisStep] = useState(false);
  const lo = isGate(activeGate) ? 0 : -1;
  const shownValue = Math.max(lo, value);
  if (policy === 'hidden') return null;
  if (!activeCell) {
    return (
      <section className="panel whatif-panel" aria-labelledby="whatif-title">
        <h2 id="whatif-title">What if…?</h2>
        <p className="muted">Show a GRU or an LSTM to force its gates.</p>
      </section>
    );
  }
  const force = () => setOverride(activeCell, {
    gate: activeGate, value: shownValue,
    ...(unit === 'all' || unit >= hiddenSize ? {} : { unit }),
    // The cursor now, whatever the label last showed.
    ...(isThisStep ? { t: useStore.getState().cursor.t } : {}),
  });
  const applyCase = (id: string) => {
    const c = LIMITING_CASES.find((x) => x.id === id)!;
    applySettings({ overrides: { ...overrides, [c.cell]: c.overrides } });
  };
  const active = gated.flatMap((c) => overrides[c].map((o, k) => ({ cell: c, o, k })));
  return (
    <section ref={panel} className="panel whatif-panel" aria-labelledby="whatif-title">
      <h2 id="whatif-title">What if…?</h2>
      <PolicyGroup group="whatif" label="What-if">
      <div className="limiting-cases" role="group" aria-label="Limiting cases from the lesson">
        {LIMITING_CASES.filter((c) => gated.includes(c.cell)).map((c) => (
          <button key={c.id} type="button" onClick={() => applyCase(c.id)} title={c.explanation}>{c.label}</button>
        ))}
      </div>
      <fieldset className="force-form">
        <legend>Force a gate</legend>
        <label><span>Cell</span>
          <select aria-label="Cell" value={activeCell} onChange={(e) => setCell(e.target.value as CellKind)}>
            {gated.map((c) => <option key={c} value={c}>{CELL_NAMES[c]}</option>)}
          </select>
        </label>
        <label><span>Gate</span>
          <select aria-label="Gate" value={activeGate} onChange={(e) => setGate(e.target.value as GateName)}>
            {gatesOf(activeCell).map((g) => <option key={g} value={g}>{g}</option>)}
          </select>
        </label>
        <label className="value-slider"><span>Value</span>
          <input type="range" aria-label="Value" min={lo} max={1} step={0.05} value={shownValue} onChange={(e) => setValue(Number(e.target.value))} />
          <span className="value-readout" aria-hidden="true">{shownValue.toFixed(2)}</span>
        </label>
        <label><span>Units</span>
          <select aria-label="Units" value={unit === 'all' || unit >= hiddenSize ? 'all' : String(unit)} onChange={(e) => setUnit(e.target.value === 'all' ? 'all' : Number(e.target.value))}>
            <option value="all">all units</option>
            {Array.from({ length: hiddenSize }, (_, j) => <option key={j} value={j}>unit {j}</option>)}
          </select>
        </label>
        <label className="check"><input type="checkbox" checked={isThisStep} onChange={(e) => setIsThisStep(e.target.checked)} />
          <span>only at step {t}</span>
        </label>
        <button type="button" className="primary" onClick={force}>Force</button>
      </fieldset>
      {active.length > 0 && (
        <div className="active-overrides">
          <h3>Forced now</h3>
          <ul>
            {active.map(({ cell: c, o, k }) => (
              <li key={`${c}-${k}`}>
                <span>{CELL_NAMES[c]}: {describeOverride(o)}</span>
                <button
                  type="button" aria-label={`Remove ${CELL_NAMES[c]} ${describeOverride(o)}`}
                  onClick={() => applySettings({ overrides: { ...overrides, [c]: overrides[c].filter((_, m) => m !== k) } })}
                >Remove</button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => clearOverrides()}>Clear all</button>
        </div>
      )}
      </PolicyGroup>
      <NoOpReport />
    </section>
  );
}
