/**
 * A gate or candidate node: a box in the gate's colour with its letter and activation (σ or
 * tanh), the vector at the cursor as a per-unit strip, and, when an override holds it, a
 * dashed outline and a "forced = 1" tag. Imports app/ only.
 */
import { memo } from 'react';
import { GATE_COLORS, textOn } from '../../vis/palette';
import type { GateShape, Rect } from './diagram';
import type { NodeState } from './flow';
import { sameNumbers } from './diagramValues';
import { interactionProps, sameInteraction, type NodeInteraction } from './nodeEvents';
import { GATE_SIZE } from './shapes';
import { UnitStrip } from './UnitStrip';

const HALF_W = GATE_SIZE.w / 2;
const HALF_H = GATE_SIZE.h / 2;
/** The strip sits in the lower part of the box, on a light backing. */
const STRIP: Rect = { x: -HALF_W + 6, y: HALF_H - 15, w: GATE_SIZE.w - 12, h: 9 };

export interface GateNodeProps extends NodeInteraction {
  node: GateShape;
  state: NodeState;
  isDimmed: boolean;
  isPending: boolean;
  isLinked: boolean;
  values: Float64Array;
  /** The tag of an override holding this gate at the cursor, if any. */
  forcedTag: string | null;
}

function GateNodeView({ node, state, isDimmed, isPending, isLinked, values, forcedTag, ...interaction }: GateNodeProps) {
  const fill = GATE_COLORS[node.term];
  const ink = textOn(fill);
  const classes = ['diagram-node', 'gate-node', `is-${state}`, isDimmed && state === 'idle' ? 'is-dim' : '',
    isPending ? 'is-pending' : '', isLinked ? 'is-linked' : '', forcedTag ? 'is-forced' : ''].filter(Boolean).join(' ');
  return (
    <g
      className={classes} transform={`translate(${node.x},${node.y})`}
      data-node={node.id} {...interactionProps(interaction)}
    >
      <title>{interaction.label}</title>
      <rect className="node-glow" x={-HALF_W - 5} y={-HALF_H - 5} width={GATE_SIZE.w + 10} height={GATE_SIZE.h + 10} rx={11} style={{ fill }} />
      <rect className="gate-box" x={-HALF_W} y={-HALF_H} width={GATE_SIZE.w} height={GATE_SIZE.h} rx={7} style={{ fill }} />
      <text className="gate-letter" x={node.fn === 'σ' ? -7 : -14} y={-HALF_H + 22} style={{ fill: ink }}>{node.term}</text>
      <text className="gate-fn" x={node.fn === 'σ' ? 2 : -4} y={-HALF_H + 22} style={{ fill: ink }}>{node.fn}</text>
      <UnitStrip rect={STRIP} term={node.term} values={values} isPending={isPending} />
      {forcedTag && (
        <g transform={`translate(0,${-HALF_H - 9})`}>
          <g className="forced-tag">
            <rect x={-forcedTag.length * 3 - 6} y={-8} width={forcedTag.length * 6 + 12} height={16} rx={8} />
            <text y={3.5}>{forcedTag}</text>
          </g>
        </g>
      )}
      <rect className="focus-ring" x={-HALF_W - 4} y={-HALF_H - 4} width={GATE_SIZE.w + 8} height={GATE_SIZE.h + 8} rx={10} />
    </g>
  );
}

/** Redraws only when its look, name or numbers change (a micro-step changes a few nodes). */
export const GateNode = memo(GateNodeView, (a, b) =>
  a.node === b.node && a.state === b.state && a.isDimmed === b.isDimmed && a.isPending === b.isPending &&
  a.isLinked === b.isLinked && a.forcedTag === b.forcedTag && sameInteraction(a, b) && sameNumbers(a.values, b.values),
);
