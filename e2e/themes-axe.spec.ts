// Axe on the visualizer with all its panels (three cells, equations, timeline, inputs, what-if,
// parameter counts), in the light, dark and projector themes: one page per theme, put into each
// state the panel specs care about. First the whole page with an equation term highlighted (hover)
// and a timeline map focused after an arrow key; then the diagrams, equations and timeline with a
// diagram gate hovered instead and nothing focused, so everything the first run saw lit is also
// checked at rest. Last, the Theme menu itself: each choice applies at once and the link keeps it.
import { test, expect, checkA11y } from './fixtures';
import type { Page } from '@playwright/test';

const equation = (page: Page, cell: string, quantity: string) =>
  page.getByRole('region', { name: `${cell.toUpperCase()} equations` }).locator(`[data-equation="${quantity}"]`);
const node = (page: Page, cell: string, id: string) => page.locator(`[data-cell="${cell}"] [data-node="${id}"]`);

for (const theme of ['light', 'dark', 'projector'] as const) {
  test(`axe finds nothing on the visualizer and its panels in the ${theme} theme, with a term highlighted, a map focused or a gate hovered`, async ({ page }) => {
    test.slow(); // the page boots, KaTeX loads, then two axe runs over a large page
    await page.goto(`/#v=1&c=gru,lstm,rnn&th=${theme}&o=gru:z:1&t=2&m=2&n=chung`);
    await expect(page.locator('.app')).toHaveAttribute('data-theme', theme);
    await expect(page.locator('[data-cell="rnn"] [data-quantity="h"] [data-unit="0"]')).toHaveAttribute('data-value', /\d/);
    // KaTeX is fetched once the browser is idle after the first screen.
    await expect(page.getByRole('region', { name: 'Equations', exact: true }).locator('.katex').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('region', { name: 'Parameter counts' }).getByRole('row', { name: /^tanh RNN\b/ })).toBeVisible();
    await expect(page.locator('[data-cell="gru"] [data-node="z"]')).toHaveClass(/is-forced/);

    // A timeline map focused and moved by the keyboard, and a GRU term highlighted by the pointer.
    const map = page.getByRole('slider', { name: 'Timeline: LSTM · h hidden state', exact: true });
    await map.focus();
    await page.keyboard.press('ArrowRight');
    await expect(map).toBeFocused();
    await expect(map).toHaveAttribute('aria-valuenow', '3');
    const rTerm = equation(page, 'gru', 'n').getByRole('button', { name: /^term r:/ });
    await rTerm.hover();
    await expect(rTerm).toHaveClass(/is-highlighted/);
    await expect(node(page, 'gru', 'r')).toHaveClass(/is-linked/);
    await checkA11y(page);

    // A diagram gate hovered (its row and terms linked), nothing focused: the rest at rest.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect(map).not.toBeFocused();
    await node(page, 'lstm', 'g').hover();
    await expect(node(page, 'lstm', 'g')).toHaveClass(/is-linked/);
    await expect(rTerm).not.toHaveClass(/is-highlighted/);
    await checkA11y(page, { include: ['.columns', '.equations-panel', '.timeline'] });
  });
}

test('the Theme menu switches light, dark and projector at once, and the link keeps the choice', async ({ page }) => {
  await page.goto('/');
  const app = page.locator('.app');
  const theme = page.getByRole('combobox', { name: 'Theme' });
  const look = () => app.evaluate((el) => {
    const style = getComputedStyle(el);
    const body = getComputedStyle(document.body);
    return { background: style.backgroundColor || body.backgroundColor, fontSize: parseFloat(getComputedStyle(el.querySelector('[role="status"]')!).fontSize) };
  });
  await expect(app).toHaveAttribute('data-theme', 'light');
  const light = await look();
  await theme.selectOption('dark');
  await expect(app).toHaveAttribute('data-theme', 'dark');
  const dark = await look();
  expect(dark.background).not.toBe(light.background);
  await theme.selectOption('projector');
  await expect(app).toHaveAttribute('data-theme', 'projector');
  const projector = await look();
  expect(projector.fontSize).toBeGreaterThan(light.fontSize); // large type for the back of the room
  await expect.poll(() => page.url()).toContain('th=projector');
  await page.reload();
  await expect(app).toHaveAttribute('data-theme', 'projector');
  await expect(theme).toHaveValue('projector');
});
