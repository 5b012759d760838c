import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { LESSON } from '../../lessons/lesson';
import { SlideCard } from './SlideCard';

const render = (n: number) => renderToStaticMarkup(<SlideCard slide={LESSON[n - 1]} />);

describe('a slide card', () => {
  test('shows the title as the page heading, every paragraph of the body, and its tries as toggle buttons', () => {
    const html = render(2);
    expect(html).toContain('<h1 id="slide-title" tabindex="-1">GRU, one gate at a time</h1>');
    for (const p of LESSON[1].body) expect(html).toContain(p.replace(/'/g, '&#x27;'));
    expect(html.match(/aria-pressed="/g)).toHaveLength(LESSON[1].tries!.length);
    expect(html).toContain('aria-label="Try it on the live cells"');
  });

  test('a checkpoint waits for its cell before it judges', () => {
    expect(render(2)).toContain('Shows when the GRU is computed.');
  });

  test('a lab slide links to the lab with its own task, then gives the published numbers and their source', () => {
    const html = render(7);
    expect(html).toContain(`href="#mode=lab&amp;${LESSON[6].labForm!.replace(/&/g, '&amp;')}"`);
    expect(html).toContain('Open the training lab');
    expect(html).not.toContain('not in this build');
    expect(html).toContain('Published numbers, not computed here. Source:');
  });

  test('Chung’s table marks the best scores in bold and says so in words', () => {
    const html = render(9);
    expect(html.match(/<strong>/g)).toHaveLength(6);
    expect(html.match(/\(best test score\)/g)).toHaveLength(6);
  });

  test('the parameter table computes 100 / 46 / 36 units for about 20 K parameters at input size 100', () => {
    const units = [...render(5).matchAll(/<td><strong>(\d+)<\/strong><\/td>/g)].map((m) => Number(m[1]));
    expect(units).toEqual([100, 46, 36]);
  });

  test('the evidence board hides each verdict behind a disclosure', () => {
    const html = render(11);
    expect(html.match(/<details>/g)).toHaveLength(4);
    expect(html.match(/<summary>Which way does it point\?<\/summary>/g)).toHaveLength(4);
  });
});
