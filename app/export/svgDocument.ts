/**
 * A standalone SVG document from already-serialised diagrams: one column per cell, side by side,
 * each with a caption, under a title and description, on the theme's background. Readable on
 * its own: no stylesheet, no script, no external reference. Pure (strings in, string out);
 * imports nothing.
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** One serialised `<svg>` element and its size in CSS pixels. */
export interface FigurePart {
  width: number;
  height: number;
  markup: string;
}

export interface FigureColumn {
  caption: string;
  parts: FigurePart[];
}

export interface FigureStyle {
  background: string;
  ink: string;
  fontFamily: string;
}

export interface Figure {
  text: string;
  /** Size in CSS pixels (whole numbers, so a 2× raster has exact sizes). */
  width: number;
  height: number;
}

const PAD = 16;
const CAPTION = 30;
const COLUMN_GAP = 24;
const PART_GAP = 12;

/** Text made safe for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!);
}

/**
 * Colours as every SVG reader knows them: `color(srgb r g b / a)` (what browsers report for
 * color-mix) becomes rgb()/rgba(); anything else is returned as it is.
 */
export function normalizeColor(value: string): string {
  const match = /^color\(srgb\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)(?:\s*\/\s*([-\d.e]+%?))?\s*\)$/i.exec(value.trim());
  if (!match) return value;
  const channel = (v: string) => Math.round(Math.min(1, Math.max(0, Number(v))) * 255);
  const [r, g, b] = [match[1], match[2], match[3]].map(channel);
  if (match[4] === undefined) return `rgb(${r}, ${g}, ${b})`;
  const alpha = match[4].endsWith('%') ? Number(match[4].slice(0, -1)) / 100 : Number(match[4]);
  return alpha >= 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${Number(alpha.toFixed(4))})`;
}

/** The SVG document of these columns, left to right. */
export function composeFigure(title: string, desc: string, columns: readonly FigureColumn[], style: FigureStyle): Figure {
  const sized = columns.map((column) => ({
    ...column,
    width: Math.ceil(Math.max(1, ...column.parts.map((p) => p.width))),
    height: Math.ceil(column.parts.reduce((sum, p) => sum + p.height, 0) + PART_GAP * Math.max(0, column.parts.length - 1)),
  }));
  const width = PAD * 2 + sized.reduce((sum, c) => sum + c.width, 0) + COLUMN_GAP * Math.max(0, sized.length - 1);
  const height = PAD * 2 + CAPTION + Math.max(0, ...sized.map((c) => c.height));
  const body: string[] = [];
  let x = PAD;
  for (const column of sized) {
    body.push(`<text x="${x}" y="${PAD + 18}" font-size="18" font-weight="700">${escapeXml(column.caption)}</text>`);
    let y = PAD + CAPTION;
    for (const part of column.parts) {
      body.push(`<g transform="translate(${x} ${y})">${part.markup}</g>`);
      y += part.height + PART_GAP;
    }
    x += column.width + COLUMN_GAP;
  }
  const text = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="gatelab-title gatelab-desc">`,
    `<title id="gatelab-title">${escapeXml(title)}</title>`,
    `<desc id="gatelab-desc">${escapeXml(desc)}</desc>`,
    `<rect width="${width}" height="${height}" fill="${escapeXml(style.background)}"/>`,
    `<g fill="${escapeXml(style.ink)}" font-family="${escapeXml(style.fontFamily)}">`,
    ...body,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
  return { text, width, height };
}
