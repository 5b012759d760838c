import { describe, expect, test } from 'vitest';
import { composeFigure, escapeXml, normalizeColor, SVG_NS } from './svgDocument';

/** Tags open and close in order (a small well-formedness check; Node has no XML parser). */
function isBalanced(xml: string): boolean {
  const stack: string[] = [];
  for (const [, slash, name, selfClose] of xml.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (slash) { if (stack.pop() !== name) return false; } else if (!selfClose) stack.push(name);
  }
  return stack.length === 0;
}

const style = { background: '#f5f5f2', ink: '#1a1a1a', fontFamily: 'system-ui, "DejaVu Sans", sans-serif' };
const part = (w: number, h: number, letter: string) => ({
  width: w, height: h, markup: `<svg xmlns="${SVG_NS}" width="${w}" height="${h}" viewBox="0 0 100 50"><text>${letter}</text></svg>`,
});

describe('the standalone SVG figure', () => {
  test('is an XML document in the SVG namespace with a title and a description', () => {
    const figure = composeFigure('GateLab: GRU & LSTM <t = 5>', 'desc "quoted"', [{ caption: 'GRU', parts: [part(300, 150, 'z')] }], style);
    expect(figure.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(figure.text).toContain('<title id="gatelab-title">GateLab: GRU &amp; LSTM &lt;t = 5&gt;</title>');
    expect(figure.text).toContain('<desc id="gatelab-desc">desc &quot;quoted&quot;</desc>');
    expect(figure.text).toContain('font-family="system-ui, &quot;DejaVu Sans&quot;, sans-serif"');
    expect(figure.text).not.toMatch(/<style|<script|href=/);
    expect(isBalanced(figure.text)).toBe(true);
  });

  test('puts the columns side by side with whole-pixel sizes', () => {
    const figure = composeFigure('t', 'd', [
      { caption: 'GRU', parts: [part(300.4, 150.2, 'r')] },
      { caption: 'LSTM', parts: [part(320, 180, 'f')] },
    ], style);
    expect(figure.width).toBe(16 + 301 + 24 + 320 + 16);
    expect(figure.height).toBe(16 + 30 + 180 + 16);
    expect(figure.text).toContain(`width="${figure.width}" height="${figure.height}" viewBox="0 0 ${figure.width} ${figure.height}"`);
    expect(figure.text).toContain('<g transform="translate(16 46)"><svg');
    expect(figure.text).toContain('<g transform="translate(341 46)"><svg');
    expect(figure.text.indexOf('>GRU</text>')).toBeLessThan(figure.text.indexOf('>LSTM</text>'));
  });

  test('stacks several drawings of one cell', () => {
    const figure = composeFigure('t', 'd', [{ caption: 'GRU', parts: [part(200, 100, 'a'), part(150, 50, 'b')] }], style);
    expect(figure.height).toBe(16 + 30 + 100 + 12 + 50 + 16);
    expect(figure.text).toContain('<g transform="translate(16 158)">');
  });

  test('colours become rgb() that any SVG reader knows', () => {
    expect(normalizeColor('color(srgb 1 0.5 0)')).toBe('rgb(255, 128, 0)');
    expect(normalizeColor('color(srgb 0.1 0.2 0.3 / 0.35)')).toBe('rgba(26, 51, 77, 0.35)');
    expect(normalizeColor('color(srgb 0 0 0 / 100%)')).toBe('rgb(0, 0, 0)');
    expect(normalizeColor('rgb(0, 114, 178)')).toBe('rgb(0, 114, 178)');
    expect(normalizeColor('none')).toBe('none');
    expect(normalizeColor('url("#arrow")')).toBe('url("#arrow")');
  });

  test('escapes everything XML treats specially', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
