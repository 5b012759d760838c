/**
 * One vector at the cursor (a gate, a candidate or a state): a coloured cell per unit with its
 * number (compact cells beyond 8 units: the number on hover and keyboard focus). Carries the
 * test hooks of DESIGN.md: data-quantity, data-step and per unit data-unit, data-value (full
 * precision). One tab stop; ← → move between units. Imports app/ only.
 */
import { memo, useRef, type KeyboardEvent } from 'react';
import type { CellKind } from '../../../src/engine/types';
import type { Quantity } from '../../store/microSteps';
import { colorFor, textOn } from '../../vis/palette';
import { formatFull, formatShort } from '../../vis/format';
import { sameNumbers } from '../CellDiagram/diagramValues';

export interface VectorRowProps {
  cell: CellKind;
  quantity: Quantity;
  label: string;
  step: number;
  values: Float64Array;
  isActive: boolean;
  isRevealed: boolean;
  /** Its term is highlighted (hovered or focused in a diagram or an equation). */
  isLinked?: boolean;
  forcedUnits?: ReadonlySet<number>;
}

function VectorRowView({ cell, quantity, label, step, values, isActive, isRevealed, isLinked, forcedUnits }: VectorRowProps) {
  const list = useRef<HTMLDivElement>(null);
  const isCompact = values.length > 8;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(list.current?.querySelectorAll<HTMLElement>('[data-unit]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next = event.key === 'ArrowRight' ? at + 1 : event.key === 'ArrowLeft' ? at - 1 : -2;
    if (next === -2 || at < 0) return;
    event.preventDefault();
    event.stopPropagation();
    items[Math.min(Math.max(next, 0), items.length - 1)]?.focus();
  };
  return (
    <div className={`vector${isActive ? ' is-active' : ''}${isRevealed ? '' : ' is-pending'}${isLinked ? ' is-linked' : ''}`}>
      <span className="vector-label" style={{ borderColor: `var(--gate-${quantity})` }}>
        <b>{quantity}</b> {label}
      </span>
      <div
        ref={list}
        className={`vector-units${isCompact ? ' is-compact' : ''}`}
        role="group"
        aria-label={`${cell.toUpperCase()} ${label} at step ${step}`}
        data-cell-quantity={`${cell}-${quantity}`}
        data-quantity={quantity}
        data-step={step}
        onKeyDown={onKeyDown}
      >
        {Array.from(values, (v, unit) => {
          const fill = colorFor(quantity, v);
          const isForced = forcedUnits?.has(unit) ?? false;
          return (
            <span
              key={unit}
              className={`unit${isForced ? ' is-forced' : ''}`}
              data-unit={unit}
              data-value={formatFull(v)}
              tabIndex={unit === 0 ? 0 : -1}
              role="img"
              // Shown on hover and keyboard focus too (base.css, from this attribute). Not a
              // `title`: changing one restyles its element the slow way, and all of them change
              // at every time step of playback.
              aria-label={`${quantity} unit ${unit}: ${formatFull(v)}${isForced ? ' (forced)' : ''}`}
              // Pending units take the row's plain look from the stylesheet. Not an !important
              // rule over the inline colours: its mere presence made Chromium restyle every unit
              // the slow way (160 units: 3.1 → 0.7 ms), at every time step of playback.
              style={isRevealed ? { background: fill, color: textOn(fill) } : undefined}
            >
              {isCompact ? '' : formatShort(v)}
            </span>
          );
        })}
      </div>
    </div>
  );
}

const sameUnits = (a: ReadonlySet<number> | undefined, b: ReadonlySet<number> | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.size === b.size && [...a].every((u) => b.has(u)));

/**
 * Redraws only when what it shows changes: within a time step a micro-step changes one or two
 * rows' emphasis, not their numbers, so the other rows (up to 64 units, three formatted numbers
 * each) are left alone.
 */
export const VectorRow = memo(VectorRowView, (a, b) =>
  a.cell === b.cell && a.quantity === b.quantity && a.label === b.label && a.step === b.step &&
  a.isActive === b.isActive && a.isRevealed === b.isRevealed && a.isLinked === b.isLinked &&
  sameNumbers(a.values, b.values) && sameUnits(a.forcedUnits, b.forcedUnits),
);
