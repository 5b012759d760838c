/**
 * Number formats: 2–3 significant digits on screen, full precision in tooltips and exports.
 * Imports d3-format only.
 */
import { format } from 'd3-format';

const short = format('.2~f');
const tiny = format('.2~e');

/** Compact on-screen form: 0.52, −0.07, 1.3e−5. */
export function formatShort(x: number): string {
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a < 0.005 || a >= 1000) return tiny(x).replace('-', '−');
  return short(x).replace('-', '−');
}

/** Full precision, as the engine computed it. */
export function formatFull(x: number): string {
  return String(x);
}
