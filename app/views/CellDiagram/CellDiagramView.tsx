/**
 * A cell drawn in Olah's layout with the trace's numbers at the cursor: the gates and states as
 * nodes with per-unit strips, the wires between them, the active micro-step lit (its node and
 * the wires that feed it, with values travelling along them), the rest dimmed. Hovering or
 * focusing a node or wire reports its term (the store highlights it everywhere). One tab stop;
 * ← → move between nodes. Props only, no store: React renders every element from the pure
 * layout. Imports app/ only.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CellKind } from '../../../src/engine/types';
import type { CellResult } from '../../../src/worker/protocol';
import { BASE_INTERVAL_MS } from '../../controls/usePlaybackLoop';
import type { Cursor } from '../../store/playbackSlice';
import { activeStep, isRevealed } from '../../store/selectors';
import { GATE_COLORS } from '../../vis/palette';
import type { DiagramNode, Term, ValueNode } from './diagram';
import { valuesOf } from './diagramValues';
import { flowAt } from './flow';
import { forcedTag, forcedWords, forcingAt } from './forcing';
import { GateNode } from './GateNode';
import type { NodeInteraction } from './nodeEvents';
import { bridgeCrossings, cellLayout } from './layout';
import { diagramLabel, nodeLabel } from './nodeLabels';
import { OpNode } from './OpNode';
import { PortNode } from './PortNode';
import { isOneStepOn } from './travel';
import { TravelLayer } from './TravelLayer';
import { Wire } from './Wire';
import './CellDiagram.css';

export interface CellDiagramViewProps {
  cell: CellKind;
  result: CellResult;
  cursor: Cursor;
  isParallel: boolean;
  /** Playback speed: the travel animation fits in one micro-step's interval. */
  speed: number;
  /** The highlighted term of this cell, or null. */
  highlight: string | null;
  /** Pointer or focus entered (true) or left (false) a node or wire carrying `term`. */
  onTerm: (term: string, isOn: boolean) => void;
}

export function CellDiagramView({ cell, result, cursor, isParallel, speed, highlight, onTerm }: CellDiagramViewProps) {
  const { t, micro } = cursor;
  const reset = result.trace.config.reset; // the placement the numbers were computed with
  const diagram = useMemo(() => cellLayout(cell, reset), [cell, reset]);
  const gaps = useMemo(() => bridgeCrossings(diagram), [diagram]);
  const active = activeStep(cell, micro, isParallel);
  const flow = useMemo(() => flowAt(diagram, active?.quantity ?? null), [diagram, active]);
  const [focusId, setFocusId] = useState(diagram.focusOrder[0]);
  const svg = useRef<SVGSVGElement>(null);

  const byId = useMemo(() => new Map(diagram.nodes.map((n) => [n.id, n])), [diagram]);
  const stageCount = Math.max(1, ...flow.wires.values()) + 1;
  // The values arrive within the first half of the micro-step and then rest: while a dot moves,
  // the compositor draws every frame, which costs a software-rendered page real CPU time.
  const stageMs = Math.min(240, (0.45 * BASE_INTERVAL_MS) / speed / stageCount);
  // Values travel only when the cursor came one step on; kept while other props change.
  const travel = useRef({ cursor, travels: false });
  if (travel.current.cursor.t !== t || travel.current.cursor.micro !== micro) {
    travel.current = { cursor, travels: isOneStepOn(travel.current.cursor, cursor) };
  }
  const travelKey = travel.current.travels ? `${t}.${micro}.${isParallel}` : '';
  const isPendingTerm = (term: Term) =>
    term !== 'x' && term !== 'hPrev' && term !== 'cPrev' && !isRevealed(cell, term, micro, isParallel);

  const interaction = (node: ValueNode) => {
    const values = valuesOf(result, node.term, t);
    const forcing = node.kind === 'gate' ? forcingAt(result, node.term, t) : null;
    const props: NodeInteraction = {
      tabIndex: node.id === focusId ? 0 : -1,
      label: nodeLabel(cell, node.term, t, values, {
        isActive: flow.nodes.get(node.id) === 'active' && !isParallel,
        isPending: isPendingTerm(node.term),
        forced: forcing ? forcedWords(forcing) : undefined,
      }),
      onHover: (isOver: boolean) => onTerm(node.term, isOver),
      onFocusNode: () => setFocusId(node.id),
    };
    return { values, forcing, props };
  };

  // A native listener, so the app's arrow keys (on an ancestor) never see the ones we use here.
  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const delta = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
      if (delta === 0 || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
      const order = diagram.focusOrder;
      const current = (document.activeElement as Element | null)?.getAttribute('data-node') ?? '';
      const at = order.indexOf(current);
      if (at < 0) return;
      event.preventDefault();
      event.stopPropagation();
      const next = order[Math.min(Math.max(at + delta, 0), order.length - 1)];
      setFocusId(next);
      element.querySelector<SVGGElement>(`[data-node="${next}"]`)?.focus();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [diagram]);

  const colorOfSource = (id: string) => {
    const source = byId.get(id);
    return source?.kind === 'gate' ? GATE_COLORS[source.term] : null;
  };
  const stateOf = (node: DiagramNode) => flow.nodes.get(node.id) ?? 'idle';
  const isDimmed = !isParallel;
  const wires = diagram.wires.map((w) => (
    <Wire
      key={w.id} wire={w} stage={flow.wires.get(w.id) ?? null} isDimmed={isDimmed}
      isLinked={highlight !== null && w.terms.includes(highlight as Term)}
      color={colorOfSource(w.from)}
      gaps={gaps.get(w.id)} onHover={onTerm}
    />
  ));
  const litJunction = (id: string) => diagram.wires.some((w) => (w.from === id || w.to === id) && flow.wires.has(w.id));

  return (
    <div className="cell-diagram-box">
      <svg
        ref={svg}
        className="cell-diagram"
        viewBox={`0 0 ${diagram.width} ${diagram.height}`}
        role="group"
        aria-label={diagramLabel(cell, t, active, reset)}
        data-active={active?.quantity ?? 'all'}
      >
        <rect className="cell-frame" x={diagram.frame.x} y={diagram.frame.y} width={diagram.frame.w} height={diagram.frame.h} rx={16} />
        <g className="wires">{wires.filter((_, k) => !diagram.wires[k].isBridge)}</g>
        <g className="wires bridges">{wires.filter((_, k) => diagram.wires[k].isBridge)}</g>
        <g className="junctions" aria-hidden="true">
          {diagram.nodes.filter((n) => n.kind === 'junction').map((n) => (
            <circle key={n.id} className={`junction${litJunction(n.id) ? ' is-lit' : isDimmed ? ' is-dim' : ''}`} cx={n.x} cy={n.y} r={3} />
          ))}
        </g>
        <g className="nodes">
          {diagram.nodes.map((node) => {
            switch (node.kind) {
              case 'junction':
                return null;
              case 'op':
              case 'linear':
                return <OpNode key={node.id} node={node} state={stateOf(node)} isDimmed={isDimmed} />;
              case 'gate': {
                const { values, forcing, props } = interaction(node);
                return (
                  <GateNode
                    key={node.id} node={node} state={stateOf(node)} isDimmed={isDimmed}
                    isPending={isPendingTerm(node.term)} isLinked={highlight === node.term}
                    values={values} forcedTag={forcing ? forcedTag(forcing) : null} {...props}
                  />
                );
              }
              case 'port': {
                const isFocusable = diagram.focusOrder.includes(node.id);
                const { values, props } = interaction(node);
                return (
                  <PortNode
                    key={node.id} node={node} state={stateOf(node)} isDimmed={isDimmed}
                    isPending={isPendingTerm(node.term)} isLinked={highlight === node.term}
                    values={values} interaction={isFocusable ? props : null}
                  />
                );
              }
            }
          })}
        </g>
      </svg>
      <TravelLayer svg={svg} wires={diagram.wires} stageOf={(id) => flow.wires.get(id)} travelKey={travelKey} stageMs={stageMs} />
    </div>
  );
}
