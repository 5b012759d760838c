// The equation panel: the active micro-step's equation per cell, one unit's live numbers from the
// trace, the GRU conventions (reset after/before, Chung et al.'s swapped z), hover linking, lazy KaTeX.
// Axe on the panel, at rest and with a term highlighted, in every theme: themes-axe.spec.ts.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const panel = (page: Page) => page.getByRole('region', { name: 'Equations', exact: true });
const cellEquations = (page: Page, cell: string) => page.getByRole('region', { name: `${cell.toUpperCase()} equations` });
const active = (page: Page, cell: string) => cellEquations(page, cell).locator('[aria-current="step"]');
const equation = (page: Page, cell: string, quantity: string) => cellEquations(page, cell).locator(`[data-equation="${quantity}"]`);
/** The result of an equation's numbers line: its last number carrying the equation's own term. */
const result = (page: Page, cell: string, quantity: string) =>
  equation(page, cell, quantity).getByRole('math').locator(`[data-term="${quantity}"]`).last();
const unitOf = (page: Page, cell: string, quantity: string, unit: number) =>
  page.locator(`[data-cell="${cell}"] [data-quantity="${quantity}"] [data-unit="${unit}"]`);

/**
 * Opens a state and waits until KaTeX has typeset the panel. KaTeX is fetched only once the
 * browser is idle after the first screen, so on a busy machine this can take a while.
 */
async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(panel(page).locator('.katex').first()).toBeVisible({ timeout: 30_000 });
  await expect(result(page, 'gru', 'h')).toBeVisible();
}

test('the panel shows the active equation of both cells and follows Step forward', async ({ page }) => {
  test.slow(); // seven steps through the whole micro-step cycle
  await open(page, '#v=1');
  const steps: [string, string][] = [['r', 'f'], ['z', 'i'], ['n', 'g'], ['h', 'c'], ['h', 'o'], ['h', 'h']];
  for (const [k, [gru, lstm]] of steps.entries()) {
    if (k > 0) await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(active(page, 'gru')).toHaveAttribute('data-equation', gru);
    await expect(active(page, 'lstm')).toHaveAttribute('data-equation', lstm);
  }
  await expect(active(page, 'gru')).toHaveCount(1);
  await expect(active(page, 'lstm')).toContainText('now');
  // The next time step starts again at the first gate.
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(active(page, 'gru')).toHaveAttribute('data-equation', 'r');
  await expect(result(page, 'gru', 'r')).toHaveAttribute('data-number', (await unitOf(page, 'gru', 'r', 0).getAttribute('data-value'))!);
});

test('parallel mode shows every equation as active', async ({ page }) => {
  await open(page, '#v=1&par=1');
  await expect(cellEquations(page, 'lstm').locator('.eq.is-active')).toHaveCount(6);
  await expect(active(page, 'lstm')).toHaveCount(0);
});

test('the substituted numbers of the chosen unit are the vector rows’ values', async ({ page }) => {
  await open(page, '#v=1&t=4&m=1');
  await panel(page).getByLabel('Numbers for unit').selectOption('2');
  await expect(page).toHaveURL(/u=2/);
  await expect(result(page, 'gru', 'r')).toHaveAttribute('data-number', (await unitOf(page, 'gru', 'r', 2).getAttribute('data-value'))!);
  // Read every pair at once: the vector row's unit 2 and the result of that quantity's equation.
  const pairs = await page.evaluate(() => {
    const quantities: Record<string, string[]> = { gru: ['r', 'z', 'n', 'h'], lstm: ['f', 'i', 'g', 'c', 'o', 'h'] };
    return Object.entries(quantities).flatMap(([cell, list]) => list.map((q) => {
      const unit = document.querySelector(`[data-cell="${cell}"] [data-quantity="${q}"] [data-unit="2"]`);
      const numbers = document.querySelectorAll(`[data-equations-cell="${cell}"] [data-equation="${q}"] [role="math"] [data-term="${q}"]`);
      const shown = numbers[numbers.length - 1];
      return {
        what: `${cell} ${q}`,
        row: { value: unit?.getAttribute('data-value'), text: unit?.textContent?.trim() },
        equation: { value: shown?.getAttribute('data-number'), text: shown?.textContent?.trim(), title: shown?.getAttribute('title') },
      };
    }));
  });
  expect(pairs).toHaveLength(10);
  for (const { what, row, equation: eq } of pairs) {
    expect(row.value, what).toMatch(/\d/);
    expect(eq, what).toEqual({ value: row.value, text: row.text, title: `${what.split(' ')[1]} = ${row.value}` });
  }
  // A term's accessible name carries its full-precision value.
  const z = (await unitOf(page, 'gru', 'z', 2).getAttribute('data-value'))!;
  await expect(cellEquations(page, 'gru').getByRole('button', { name: `term z: update gate, ${z}` }).first()).toBeVisible();
  // The LSTM's c line uses f, i, g of the same unit.
  for (const q of ['f', 'i', 'g']) {
    await expect(equation(page, 'lstm', 'c').getByRole('math').locator(`[data-term="${q}"]`))
      .toHaveAttribute('data-number', (await unitOf(page, 'lstm', q, 2).getAttribute('data-value'))!);
  }
});

test('the reset placement switch (r=b) changes the GRU candidate equation and its note', async ({ page }) => {
  await open(page, '#v=1&m=2');
  const candidate = equation(page, 'gru', 'n').getByRole('group');
  await expect(candidate).toHaveAttribute('aria-label', 'candidate: n_t = tanh(W_in x_t + b_in + r_t ⊙ (W_hn h_t−1 + b_hn))');
  await expect(cellEquations(page, 'gru')).toContainText('GRU reset after the matmul (PyTorch, cuDNN, Keras reset_after=True)');
  await expect(equation(page, 'gru', 'n').getByRole('math').locator('[data-term="r"]')).toHaveCount(1);

  const resetAfterN = await unitOf(page, 'gru', 'n', 0).getAttribute('data-value');
  await page.goto('/#v=1&m=2&r=b');
  await expect(candidate).toHaveAttribute('aria-label', 'candidate: n_t = tanh(W_in x_t + b_in + W_hn (r_t ⊙ h_t−1) + b_hn)');
  await expect(cellEquations(page, 'gru')).toContainText('GRU reset before the matmul (Cho et al. 2014, Keras reset_after=False)');
  await expect(equation(page, 'gru', 'n').getByRole('math').locator('[data-term="r"]')).toHaveCount(0);
  // The new trace reaches the cell and its equation together: n changes, and the two agree.
  await expect.poll(async () => {
    const shown = await unitOf(page, 'gru', 'n', 0).getAttribute('data-value');
    return shown !== resetAfterN && shown === (await result(page, 'gru', 'n').getAttribute('data-number'));
  }).toBe(true);
});

test('the Chung et al. switch swaps the GRU blend and shows z as 1 − the engine’s z', async ({ page }) => {
  await open(page, '#v=1&m=3');
  const blend = equation(page, 'gru', 'h').getByRole('group');
  await expect(blend).toHaveAttribute('aria-label', 'new hidden state: h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_t−1');
  await expect(cellEquations(page, 'gru')).toContainText('z ≈ 1 keeps the old state');
  const engineZ = Number(await unitOf(page, 'gru', 'z', 0).getAttribute('data-value'));
  await expect(result(page, 'gru', 'z')).toHaveAttribute('data-number', String(engineZ));

  await panel(page).getByRole('radio', { name: 'Chung et al. (z swapped)' }).check();
  await expect(page).toHaveURL(/n=chung/);
  await expect(blend).toHaveAttribute('aria-label', 'new hidden state: h_t = z_t ⊙ n_t + (1 − z_t) ⊙ h_t−1');
  await expect(cellEquations(page, 'gru')).toContainText('their z is PyTorch’s 1 − z');
  const chungZ = result(page, 'gru', 'z');
  await expect(chungZ).toHaveAttribute('data-number', String(1 - engineZ));
  expect(Number((await chungZ.textContent())!.replace('−', '-'))).toBeCloseTo(1 - engineZ, 2);
  // The blend's z is the relabelled one too; the engine's numbers are unchanged.
  await expect(equation(page, 'gru', 'h').getByRole('math').locator('[data-term="z"]').first()).toHaveAttribute('data-number', String(1 - engineZ));
  await expect(unitOf(page, 'gru', 'z', 0)).toHaveAttribute('data-value', String(engineZ));
});

test('hovering or focusing a term highlights it in every equation of its cell, and leaving clears it', async ({ page }) => {
  test.slow(); // hover, leave, focus and blur, then the diagram's side
  await open(page, '#v=1&m=1');
  const gru = cellEquations(page, 'gru');
  const zTerm = equation(page, 'gru', 'z').getByRole('button', { name: /^term z:/ });
  await zTerm.hover();
  await expect(zTerm).toHaveClass(/is-highlighted/);
  // The highlight goes through the store: the z terms and numbers of the blend light up too.
  await expect(equation(page, 'gru', 'h').locator('.eq-term[data-term="z"].is-highlighted')).toHaveCount(2);
  await expect(equation(page, 'gru', 'h').locator('.eq-number[data-term="z"].is-highlighted')).toHaveCount(2);
  await expect(cellEquations(page, 'lstm').locator('.is-highlighted')).toHaveCount(0);
  // The cell's vector row and diagram node for z are linked to the same highlight.
  await expect(page.locator('[data-cell="gru"] .vector', { has: page.locator('[data-quantity="z"]') })).toHaveClass(/is-linked/);
  await expect(page.locator('[data-cell="gru"] [data-node="z"]')).toHaveClass(/is-linked/);

  await panel(page).getByRole('heading', { name: 'Equations', exact: true }).hover();
  await expect(gru.locator('.is-highlighted')).toHaveCount(0);

  const hPrev = equation(page, 'gru', 'h').getByRole('button', { name: /^term h_prev: previous hidden state, / });
  await hPrev.focus();
  await expect(gru.locator('.eq-term.is-highlighted[data-term="hPrev"]')).toHaveCount(4);
  await page.keyboard.press('Tab');
  await expect(hPrev).not.toHaveClass(/is-highlighted/);

  // The other way round: pointing at the diagram's update gate emphasises the z terms here.
  await page.locator('[data-cell="gru"] [data-node="z"]').hover();
  await expect(equation(page, 'gru', 'z').locator('.eq-term[data-term="z"]')).toHaveClass(/is-highlighted/);
});

test('KaTeX is not in the initial JS: it loads only when the panel is shown, plain text first', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/katex[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });

  await page.goto('/#v=1&p=timeline,inputs,whatif,params');
  await expect(unitOf(page, 'gru', 'r', 0)).toHaveAttribute('data-value', /\d/);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => /katex/i.test(url))).toEqual([]);
  const entry = await page.locator('script[type="module"]').first().getAttribute('src');
  const main = await (await page.request.get(new URL(entry!, page.url()).href)).text();
  expect(main).not.toContain('KaTeX parse error');

  // Showing the panel asks for KaTeX; until it arrives the equations read as plain text.
  await page.goto('/#v=1');
  await expect(panel(page).locator('.eq-plain').first()).toBeVisible();
  await expect(equation(page, 'gru', 'r').getByRole('button', { name: /^term r: the gate on the hidden path of the candidate, / })).toBeVisible();
  await expect.poll(() => requested.some((url) => /katex[^/]*\.js$/.test(url))).toBe(true);
  release();
  await expect(panel(page).locator('.katex').first()).toBeVisible();
  await expect(panel(page).locator('.eq-plain')).toHaveCount(0);
});

const SIZES = [
  { name: 'desktop', width: 1280, height: 800, theme: 'light' },
  { name: 'narrow', width: 400, height: 800, theme: 'light' },
  { name: 'projector', width: 1920, height: 1080, theme: 'projector' },
];
for (const size of SIZES) {
  test(`at ${size.width}×${size.height} (${size.theme}) the panel fits the width`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await open(page, `#v=1&th=${size.theme}&t=3&m=2&c=gru,lstm,rnn`);
    const overflow = await panel(page).evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await test.info().attach(`equations-${size.name}.png`, { body: await panel(page).screenshot(), contentType: 'image/png' });
  });
}
