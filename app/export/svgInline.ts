/**
 * The diagrams on screen as standalone SVG: each `<svg>` inside a `[data-cell]` panel is cloned
 * and the computed styles that paint it (fill, stroke, fonts, opacity, …) are written onto the
 * clone, so it looks the same with no stylesheet. Generic: it knows nothing of the diagram's
 * classes. Runs in the browser (DOM); imports app/export only.
 */
import { composeFigure, normalizeColor, type Figure, type FigureColumn } from './svgDocument';

/** Inherited properties: written where they differ from the parent's (all of them on the root). */
const INHERITED = [
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
  'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'paint-order',
  'font-family', 'font-size', 'font-style', 'font-weight', 'letter-spacing', 'text-anchor', 'visibility',
] as const;
/** Properties that do not inherit: written where they are not at their initial value. */
const OWN: Record<string, string> = { opacity: '1', 'dominant-baseline': 'auto', 'alignment-baseline': 'auto' };
const SHAPES = new Set(['path', 'line', 'rect', 'circle', 'ellipse', 'polygon', 'polyline']);
const COLOR_PROPERTIES = new Set(['fill', 'stroke']);

const isInvisiblePaint = (paint: string, opacity: string) =>
  paint === 'none' || paint === 'transparent' || /^rgba\(.*,\s*0\)$/.test(paint) || opacity === '0';

/**
 * Why an element is left out of a still figure: not displayed, fully transparent, a shape that
 * paints nothing (hover targets, hidden focus rings), or running an animation, CSS or Web
 * Animations (a motion effect, such as the dot travelling along a wire, whose frame at export
 * time means nothing).
 */
function isLeftOut(element: Element, style: CSSStyleDeclaration): boolean {
  if (style.display === 'none' || style.opacity === '0') return true;
  // getAnimations lists CSS animations and Web Animations alike; a transition (a fade under way)
  // is left in, since the element belongs to the figure either way.
  if (element.getAnimations().some((animation) => !('transitionProperty' in animation))) return true;
  return SHAPES.has(element.localName) &&
    isInvisiblePaint(style.fill, style.fillOpacity) && isInvisiblePaint(style.stroke, style.strokeOpacity);
}

/** The `style` attribute a clone needs to look like its original. */
function inlineStyle(style: CSSStyleDeclaration, parent: CSSStyleDeclaration | null): string {
  const parts: string[] = [];
  for (const property of INHERITED) {
    const value = style.getPropertyValue(property);
    if (parent && parent.getPropertyValue(property) === value) continue;
    parts.push(`${property}:${COLOR_PROPERTIES.has(property) ? normalizeColor(value) : value}`);
  }
  for (const [property, initial] of Object.entries(OWN)) {
    const value = style.getPropertyValue(property);
    if (value && value !== initial) parts.push(`${property}:${value}`);
  }
  return parts.join(';');
}

/** One `<svg>` on screen as self-contained markup, sized as it is drawn (CSS pixels, rounded up). */
export function inlineSvg(svg: SVGSVGElement): { width: number; height: number; markup: string } {
  const box = svg.getBoundingClientRect();
  const width = Math.ceil(box.width), height = Math.ceil(box.height);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const styles = new Map<Element, CSSStyleDeclaration>();
  const leftOut: Element[] = [];
  originals.forEach((original, k) => {
    const copy = copies[k];
    const style = getComputedStyle(original);
    styles.set(original, style);
    for (const name of copy.getAttributeNames()) {
      if (name === 'class' || name === 'style' || name === 'tabindex' || name.startsWith('data-')) copy.removeAttribute(name);
    }
    if (k > 0 && isLeftOut(original, style)) leftOut.push(copy);
    const parent = original === svg ? null : styles.get(original.parentElement!) ?? null;
    const inline = inlineStyle(style, parent);
    if (inline) copy.setAttribute('style', inline);
  });
  for (const copy of leftOut) copy.remove();
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (getComputedStyle(svg).overflow === 'visible') clone.setAttribute('overflow', 'visible');
  return { width, height, markup: new XMLSerializer().serializeToString(clone) };
}

/** The top-level `<svg>` elements of a panel that are drawn (not nested in another svg). */
function drawnSvgs(panel: Element): SVGSVGElement[] {
  return [...panel.querySelectorAll('svg')].filter((svg) => {
    const box = svg.getBoundingClientRect();
    return !svg.parentElement?.closest('svg') && box.width > 0 && box.height > 0;
  });
}

/**
 * Every cell panel's drawings, side by side in one standalone SVG, on the panels' background.
 * Throws when no panel shows a drawing (the caller says so to the user).
 */
export function figureOfPanels(root: ParentNode, title: string, desc: string): Figure {
  const panels = [...root.querySelectorAll('[data-cell]')];
  const columns: FigureColumn[] = panels
    .map((panel) => ({
      caption: panel.querySelector('h2, h3')?.textContent?.trim() || panel.getAttribute('aria-label') || panel.getAttribute('data-cell') || '',
      parts: drawnSvgs(panel).map(inlineSvg),
    }))
    .filter((column) => column.parts.length > 0);
  if (columns.length === 0) throw new Error('there is no cell diagram on screen to export');
  const look = getComputedStyle(panels[0]);
  return composeFigure(title, desc, columns, {
    background: normalizeColor(look.backgroundColor),
    ink: normalizeColor(look.color),
    fontFamily: look.fontFamily,
  });
}
