/**
 * The diagram of a cell: its layout by kind (and, for the GRU, by reset placement), plus the
 * crossings where a bridge wire passes over another. Pure; imports the per-cell layouts.
 */
import type { CellKind, ResetPlacement } from '../../../src/engine/types';
import type { Diagram, Point } from './diagram';
import { crossings } from './geometry';
import { gruLayout } from './gruLayout';
import { lstmLayout } from './lstmLayout';
import { rnnLayout } from './rnnLayout';

/** The layout of a cell kind. */
export function cellLayout(cell: CellKind, reset: ResetPlacement): Diagram {
  switch (cell) {
    case 'gru':
      return gruLayout(reset);
    case 'lstm':
      return lstmLayout();
    case 'rnn':
      return rnnLayout();
  }
}

/** Where each bridge wire crosses another wire, by bridge id (a gap is cut there). */
export function bridgeCrossings(diagram: Diagram): Map<string, Point[]> {
  const found = new Map<string, Point[]>();
  for (const bridge of diagram.wires.filter((w) => w.isBridge)) {
    const points = diagram.wires.filter((w) => w !== bridge).flatMap((w) => crossings(bridge.points, w.points));
    found.set(bridge.id, points);
  }
  return found;
}
