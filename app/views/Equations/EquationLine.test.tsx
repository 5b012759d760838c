import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { EquationLine, spokenLine, termLabel, type EquationLineProps } from './EquationLine';
import { katexStatus, loadKatex } from './katexLoader';
import { line, num, operand } from './pieces';

const symbolic = line('@z = \\sigma(W_{iz} @x + b_{iz} + W_{hz} @hPrev + b_{hz})');
const numbers = line('z[0] = \\sigma(', num(0.31, 'input path'), ' + ', operand(-0.123456789, 'hidden path'), ') = ', num(0.5473, 'z', 'z'));
const props: EquationLineProps = {
  cell: 'gru', pieces: symbolic, kind: 'symbolic', name: 'update gate', isTypeset: false,
  highlight: null, values: { z: [0.5473], x: [0.5, -0.25], hPrev: [0.1] }, onTerm: () => {},
};
const render = (overrides: Partial<EquationLineProps>) => renderToStaticMarkup(<EquationLine {...props} {...overrides} />);

describe('an equation line', () => {
  test('every term is a button named by its symbol, meaning and full-precision value', () => {
    const html = render({});
    expect(html.match(/<button/g)).toHaveLength(3);
    expect(html).toContain('aria-label="term z: update gate, 0.5473"');
    expect(html).toContain('aria-label="term x: input, 0.5, -0.25"');
    expect(html).toContain('aria-label="term h_prev: previous hidden state, 0.1"');
    expect(html).toContain('role="group" aria-label="update gate: z_t = σ(W_iz x_t + b_iz + W_hz h_t−1 + b_hz)"');
  });

  test('before KaTeX has loaded the line is plain text with subscripts', () => {
    const html = render({});
    expect(html).toContain('<sub>iz</sub>');
    expect(html).not.toContain('class="katex"');
  });

  test('numbers show 2–3 significant digits, with full precision in the title and the spoken form', () => {
    const html = render({ kind: 'numbers', pieces: numbers });
    expect(html).toContain('data-number="-0.123456789" title="hidden path = -0.123456789"');
    expect(html).toContain('>−0.12<');
    expect(html).toContain('role="math" aria-label="z[0] = σ(0.31 + (-0.123456789)) = 0.5473"');
    expect(spokenLine(numbers)).toBe('z[0] = σ(0.31 + (-0.123456789)) = 0.5473');
  });

  test('the highlighted term and its numbers are marked', () => {
    const html = render({ highlight: 'z' });
    expect(html).toMatch(/class="eq-term is-highlighted" data-term="z"/);
    expect(html).toMatch(/class="eq-term" data-term="x"/);
    expect(render({ kind: 'numbers', pieces: numbers, highlight: 'z' })).toMatch(/class="eq-number is-highlighted" data-number="0.5473"/);
  });

  test('once KaTeX is loaded the TeX is typeset, and numbers keep their short form', async () => {
    await loadKatex();
    expect(katexStatus()).toBe('ready');
    const html = render({ kind: 'numbers', pieces: numbers, isTypeset: true });
    expect(html).toContain('class="katex"');
    expect(html).toContain('<span class="katex"><span class="mord">−0.12</span></span>');
    expect(render({ isTypeset: true })).not.toContain('<sub>');
  });

  test('a term label without values names the term only', () => {
    expect(termLabel('lstm', 'cPrev', undefined)).toBe('term c_prev: previous cell state');
  });
});
