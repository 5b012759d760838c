/**
 * Plane geometry for the cell diagrams: node edges, rounded wire paths, arrowheads, path
 * lengths, wire crossings and per-unit strip cells. Pure; imports the diagram types only.
 */
import type { DiagramNode, Point, Rect } from './diagram';

export type Side = 'top' | 'bottom' | 'left' | 'right';

/** The midpoint of one side of a node (junctions and ports are points). */
export function edge(node: DiagramNode, side: Side): Point {
  const hw = 'w' in node ? node.w / 2 : 0;
  const hh = 'h' in node ? node.h / 2 : 0;
  switch (side) {
    case 'top':
      return [node.x, node.y - hh];
    case 'bottom':
      return [node.x, node.y + hh];
    case 'left':
      return [node.x - hw, node.y];
    case 'right':
      return [node.x + hw, node.y];
  }
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * An SVG path through the points whose corners are rounded with the given radius (smaller
 * where a segment is too short), so wires read as routed lines rather than jagged ones.
 */
export function roundedPath(points: readonly Point[], radius = 8): string {
  if (points.length === 0) return '';
  const [x0, y0] = points[0];
  let d = `M${round(x0)},${round(y0)}`;
  for (let k = 1; k < points.length - 1; k++) {
    const [px, py] = points[k - 1];
    const [cx, cy] = points[k];
    const [nx, ny] = points[k + 1];
    const inLen = Math.hypot(cx - px, cy - py);
    const outLen = Math.hypot(nx - cx, ny - cy);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    const ax = cx - ((cx - px) / inLen) * r;
    const ay = cy - ((cy - py) / inLen) * r;
    const bx = cx + ((nx - cx) / outLen) * r;
    const by = cy + ((ny - cy) / outLen) * r;
    d += `L${round(ax)},${round(ay)}Q${round(cx)},${round(cy)} ${round(bx)},${round(by)}`;
  }
  const [xn, yn] = points[points.length - 1];
  return `${d}L${round(xn)},${round(yn)}`;
}

/** Length of the polyline (corner rounding shortens it by a few units; animations do not care). */
export function polylineLength(points: readonly Point[]): number {
  let total = 0;
  for (let k = 1; k < points.length; k++) total += Math.hypot(points[k][0] - points[k - 1][0], points[k][1] - points[k - 1][1]);
  return total;
}

/** The polygon of an arrowhead whose tip is the polyline's last point. */
export function arrowHead(points: readonly Point[], length = 8, halfWidth = 4.5): string {
  const [tx, ty] = points[points.length - 1];
  const [px, py] = points[points.length - 2];
  const len = Math.hypot(tx - px, ty - py) || 1;
  const ux = (tx - px) / len;
  const uy = (ty - py) / len;
  const bx = tx - ux * length;
  const by = ty - uy * length;
  const corners: Point[] = [[tx, ty], [bx - uy * halfWidth, by + ux * halfWidth], [bx + uy * halfWidth, by - ux * halfWidth]];
  return corners.map(([x, y]) => `${round(x)},${round(y)}`).join(' ');
}

/** The polyline with its last point pulled back, so a thick stroke does not poke past the arrow tip. */
export function trimEnd(points: readonly Point[], by: number): Point[] {
  const out = points.slice();
  const [tx, ty] = out[out.length - 1];
  const [px, py] = out[out.length - 2];
  const len = Math.hypot(tx - px, ty - py);
  const k = len > by ? (len - by) / len : 0;
  out[out.length - 1] = [px + (tx - px) * k, py + (ty - py) * k];
  return out;
}

/** Where two axis-aligned polylines cross at right angles (touching ends do not count). */
export function crossings(a: readonly Point[], b: readonly Point[]): Point[] {
  const found: Point[] = [];
  for (let i = 1; i < a.length; i++) {
    for (let j = 1; j < b.length; j++) {
      const hit = crossAt(a[i - 1], a[i], b[j - 1], b[j]);
      if (hit) found.push(hit);
    }
  }
  return found;
}

function crossAt(a0: Point, a1: Point, b0: Point, b1: Point): Point | null {
  const aH = a0[1] === a1[1];
  const bH = b0[1] === b1[1];
  if (aH === bH) return null;
  const [h0, h1, v0, v1] = aH ? [a0, a1, b0, b1] : [b0, b1, a0, a1];
  const x = v0[0];
  const y = h0[1];
  const inside = (v: number, p: number, q: number) => v > Math.min(p, q) && v < Math.max(p, q);
  return inside(x, h0[0], h1[0]) && inside(y, v0[1], v1[1]) ? [x, y] : null;
}

/**
 * The cells of a per-unit strip: `count` equal slots across the rectangle, with a 1-unit gap
 * between them while each slot is wide enough to spare it.
 */
export function stripCells(rect: Rect, count: number): Rect[] {
  const gap = rect.w / count >= 5 ? 1 : 0;
  const slot = (rect.w + gap) / count;
  return Array.from({ length: count }, (_, k) => ({ x: rect.x + k * slot, y: rect.y, w: slot - gap, h: rect.h }));
}
