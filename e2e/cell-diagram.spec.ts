// The cell diagrams: Olah's layout for the GRU, LSTM and tanh RNN with the trace's numbers, the
// active micro-step lit, hover and keyboard linking to the vector rows, forced gates, sizes.
// Axe on the three diagrams (a gate hovered, one forced) in every theme: themes-axe.spec.ts.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const diagram = (page: Page, name: string) => page.getByRole('group', { name: new RegExp(`^${name} cell diagram`) });
const gate = (page: Page, name: string, gateName: string) => diagram(page, name).getByRole('img', { name: new RegExp(`^${gateName}, step`) });
const row = (page: Page, cell: string, quantity: string) =>
  page.locator(`[data-cell="${cell}"] .vector`, { has: page.locator(`[data-quantity="${quantity}"]`) });

/** Opens a state and waits until the diagrams show the trace's numbers. */
async function open(page: Page, hash: string, names = ['GRU', 'LSTM']): Promise<void> {
  await page.goto(`/${hash}`);
  for (const name of names) await expect(diagram(page, name)).toBeVisible();
}

test('both diagrams draw every gate with its letter, and the RNN joins with one tanh node', async ({ page }) => {
  await open(page, '#v=1&c=gru,lstm,rnn', ['GRU', 'LSTM', 'tanh RNN']);
  for (const name of ['reset gate r', 'update gate z', 'candidate n']) await expect(gate(page, 'GRU', name)).toBeVisible();
  for (const name of ['forget gate f', 'input gate i', 'candidate g', 'output gate o']) await expect(gate(page, 'LSTM', name)).toBeVisible();
  await expect(gate(page, 'tanh RNN', 'hidden state h\\(t\\) = tanh\\(·\\)')).toBeVisible();
  for (const letter of ['r', 'z', 'n']) await expect(page.locator(`[data-cell="gru"] [data-node="${letter}"] .gate-letter`)).toHaveText(letter);
  // The LSTM belt and the GRU's 1 − node are there; the vector list keeps the one data-quantity hook.
  await expect(diagram(page, 'LSTM').locator('[data-node="mulF"], [data-node="add"]')).toHaveCount(2);
  await expect(diagram(page, 'GRU').locator('[data-node="oneMinus"]')).toHaveCount(1);
  for (const cell of ['gru', 'lstm', 'rnn']) {
    await expect(page.locator(`[data-cell="${cell}"] svg [data-quantity]`)).toHaveCount(0);
  }
});

test('the diagram labels carry the values at the cursor, the same as the vector rows', async ({ page }) => {
  await open(page, '#v=1&t=3&m=1');
  const values = await page.locator('[data-cell="gru"] [data-quantity="z"] [data-unit]').evaluateAll(
    (units) => units.map((u) => u.getAttribute('data-value')),
  );
  await expect(gate(page, 'GRU', 'update gate z')).toHaveAccessibleName(`update gate z, step 3, computing now: ${values.join(', ')}`);
});

test('stepping forward moves the lit gate in DESIGN order, both cells on the same time step', async ({ page }) => {
  test.slow(); // seven steps through the whole micro-step cycle on a two-core machine
  await open(page, '#v=1');
  const order: [string, string][] = [['r', 'f'], ['z', 'i'], ['n', 'g'], ['h', 'c'], ['h', 'o'], ['h', 'h'], ['r', 'f']];
  for (const [k, [gru, lstm]] of order.entries()) {
    if (k > 0) await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(diagram(page, 'GRU')).toHaveAttribute('data-active', gru);
    await expect(diagram(page, 'LSTM')).toHaveAttribute('data-active', lstm);
  }
  await expect(diagram(page, 'GRU')).toHaveAccessibleName(/time step 2: computing the reset gate r/);
  await expect(page.locator('[data-cell="lstm"] [data-node="f"]')).toHaveClass(/is-active/);
  await expect(page.locator('[data-cell="lstm"] [data-node="o"]')).not.toHaveClass(/is-active/);
});

test('a strip is empty until its gate is computed, then shows the same colours as its vector row', async ({ page }) => {
  await open(page, '#v=1&t=3&m=0');
  const strip = (letter: string) => page.locator(`[data-cell="gru"] [data-node="${letter}"] .unit-strip`);
  const coverShown = (letter: string) => strip(letter).locator('.strip-cover').evaluate((c) => getComputedStyle(c).visibility);
  const stripFills = (letter: string) => strip(letter).locator('rect:not(.strip-frame)').evaluateAll((cells) => cells.map((c) => getComputedStyle(c).fill));
  const rowFills = (letter: string) => page.locator(`[data-cell="gru"] [data-quantity="${letter}"] [data-unit]`).evaluateAll((units) => units.map((u) => getComputedStyle(u).backgroundColor));
  expect(await coverShown('r')).toBe('hidden');
  expect(await coverShown('z')).toBe('visible');
  expect(await stripFills('r')).toEqual(await rowFills('r'));
  // Through two time steps: a strip revealed again shows the new step's numbers, not the last ones.
  for (const t of [3, 4]) {
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(diagram(page, 'GRU')).toHaveAttribute('data-active', 'z');
    await expect(diagram(page, 'GRU')).toHaveAccessibleName(new RegExp(`time step ${t}:`));
    expect(await coverShown('z')).toBe('hidden');
    expect(await stripFills('z')).toEqual(await rowFills('z'));
    // On through the rest of the step (the GRU waits on h while the LSTM finishes) to the next r.
    for (let k = 0; k < 5; k++) await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(diagram(page, 'GRU')).toHaveAttribute('data-active', 'r');
    await expect(diagram(page, 'GRU')).toHaveAccessibleName(new RegExp(`time step ${t + 1}:`));
    expect(await coverShown('z')).toBe('visible');
  }
});

test('parallel mode lights the whole step', async ({ page }) => {
  await open(page, '#v=1&par=1');
  await expect(diagram(page, 'LSTM')).toHaveAttribute('data-active', 'all');
  for (const letter of ['f', 'i', 'g', 'o']) await expect(page.locator(`[data-cell="lstm"] [data-node="${letter}"]`)).toHaveClass(/is-active/);
});

test('hovering a gate node highlights its vector row, and leaving clears it', async ({ page }) => {
  await open(page, '#v=1');
  await page.locator('[data-cell="gru"] [data-node="z"]').hover();
  await expect(row(page, 'gru', 'z')).toHaveClass(/is-linked/);
  await expect(page.locator('[data-cell="gru"] [data-node="z"]')).toHaveClass(/is-linked/);
  await expect(row(page, 'lstm', 'z')).toHaveCount(0);
  await page.locator('[data-cell="lstm"] [data-node="o"]').hover();
  await expect(row(page, 'gru', 'z')).not.toHaveClass(/is-linked/);
  await expect(row(page, 'lstm', 'o')).toHaveClass(/is-linked/);
  // A wire: the cell-state belt carrying c_{t−1} names its term.
  await page.locator('[data-cell="lstm"] [data-wire="in-cPrev→mulF"]').hover();
  await expect(page.locator('[data-cell="lstm"] [data-node="in-cPrev"]')).toHaveClass(/is-linked/);
});

test('the keyboard reaches every gate: one tab stop, arrows move between nodes without stepping', async ({ page }) => {
  test.slow(); // many key presses, each waiting for focus, on a loaded two-core machine
  await open(page, '#v=1');
  const first = page.locator('[data-cell="gru"] [data-node="in-hPrev"]');
  await first.focus();
  await expect(first).toBeFocused();
  for (const id of ['in-x', 'r', 'z']) {
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(`[data-cell="gru"] [data-node="${id}"]`)).toBeFocused();
  }
  // Focus links like hover; the arrows did not move the cursor.
  await expect(row(page, 'gru', 'z')).toHaveClass(/is-linked/);
  await expect(diagram(page, 'GRU')).toHaveAttribute('data-active', 'r');
  await page.keyboard.press('ArrowLeft');
  await expect(gate(page, 'GRU', 'reset gate r')).toBeFocused();
  // Tab leaves the diagram in one press and comes back to the same node with Shift+Tab.
  await page.keyboard.press('Tab');
  await expect(gate(page, 'GRU', 'reset gate r')).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(gate(page, 'GRU', 'reset gate r')).toBeFocused();
});

test('a forced gate is marked with a dashed outline and its tag', async ({ page }) => {
  await open(page, '#v=1&o=gru:z:1');
  const z = page.locator('[data-cell="gru"] [data-node="z"]');
  await expect(z).toHaveClass(/is-forced/);
  await expect(z.locator('.forced-tag')).toHaveText('forced = 1');
  await expect(gate(page, 'GRU', 'update gate z')).toHaveAccessibleName(/forced to 1 in every unit: 1, 1, 1, 1$/);
  await expect(page.locator('[data-cell="gru"] [data-node="r"]')).not.toHaveClass(/is-forced/);
  await expect(page.locator('[data-cell="lstm"] .is-forced')).toHaveCount(0);
});

test('the GRU draws W_hn before or after the reset product, as the setting says', async ({ page }) => {
  await open(page, '#v=1');
  const xOf = async (id: string) => (await page.locator(`[data-cell="gru"] [data-node="${id}"]`).boundingBox())!.x;
  expect(await xOf('linHn')).toBeLessThan(await xOf('mulR'));
  await expect(diagram(page, 'GRU')).toHaveAccessibleName(/reset applied after the recurrent matmul/);
  await open(page, '#v=1&r=b');
  await expect(diagram(page, 'GRU')).toHaveAccessibleName(/reset applied before the recurrent matmul/);
  expect(await xOf('linHn')).toBeGreaterThan(await xOf('mulR'));
});

test('reduced motion turns the travelling values into a cut', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, '#v=1');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(diagram(page, 'GRU')).toHaveAttribute('data-active', 'z');
  const travelling = page.locator('[data-cell="gru"] .wire-travel');
  await expect(travelling.first()).toBeAttached();
  expect(await travelling.evaluateAll((paths) => paths.every((p) => getComputedStyle(p).display === 'none'))).toBe(true);
});

const SIZES: [string, number, number, string][] = [
  ['1280x800', 1280, 800, '#v=1&t=3&m=2'],
  ['1280x800-three-cells', 1280, 800, '#v=1&t=3&m=1&c=gru,lstm,rnn'],
  ['400x800', 400, 800, '#v=1&t=3&m=3'],
  ['1920x1080-projector', 1920, 1080, '#v=1&th=projector&t=4&m=3&c=gru,lstm,rnn'],
];
for (const [name, width, height, hash] of SIZES) {
  test(`at ${name} the diagrams fit their columns`, async ({ page }, info) => {
    test.slow(); // a large screenshot on a loaded two-core machine
    await page.setViewportSize({ width, height });
    await open(page, hash);
    for (const cell of ['gru', 'lstm']) {
      const panel = (await page.locator(`[data-cell="${cell}"]`).boundingBox())!;
      const svg = (await page.locator(`[data-cell="${cell}"] svg.cell-diagram`).boundingBox())!;
      expect(svg.width).toBeGreaterThan(panel.width * 0.8);
      expect(svg.x + svg.width).toBeLessThanOrEqual(panel.x + panel.width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.locator('.columns').screenshot({ path: info.outputPath(`cell-diagrams-${name}.png`), animations: 'disabled' });
  });
}
