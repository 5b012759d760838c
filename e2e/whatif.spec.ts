// What-if: forcing gates, the lesson's limiting cases, and the overrides in the URL.
import type { Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures';

const vector = (page: Page, cell: string, q: string) =>
  page.locator(`[data-cell="${cell}"] [data-quantity="${q}"] [data-unit]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
const seek = (page: Page, t: number) => page.getByRole('slider', { name: 'Time step' }).fill(String(t));

test('"z = 1" makes every GRU step a no-op: h_t equals h_(t−1), and z is marked forced', async ({ page }) => {
  await page.goto('/#v=1&x=noise');
  await page.getByRole('button', { name: 'GRU z = 1 (copy h)' }).click();
  await expect(page.getByText(/GRU: h_t = h_\{t−1\} at every step/)).toBeVisible();
  await expect(page.locator('[data-cell="gru"] [data-quantity="z"] .is-forced')).toHaveCount(4);
  await seek(page, 4);
  await expect(page.locator('[data-cell="gru"] [data-quantity="h"]')).toHaveAttribute('data-step', '4');
  const h4 = await vector(page, 'gru', 'h');
  await seek(page, 3);
  await expect(page.locator('[data-cell="gru"] [data-quantity="h"]')).toHaveAttribute('data-step', '3');
  expect(await vector(page, 'gru', 'h')).toEqual(h4);
  expect(page.url()).toContain('o=gru:z:1');
  await page.reload();
  await expect(page.getByText(/GRU: h_t = h_\{t−1\} at every step/)).toBeVisible();
});

test('"f = 1, i = 0" keeps the LSTM cell: c_t equals c_(t−1); removing the overrides restores', async ({ page }) => {
  await page.goto('/#v=1&x=noise');
  await seek(page, 5);
  await expect(page.locator('[data-cell="lstm"] [data-quantity="c"]')).toHaveAttribute('data-step', '5');
  const free = await vector(page, 'lstm', 'c');
  await page.getByRole('button', { name: 'LSTM f = 1, i = 0 (keep the cell)' }).click();
  await expect(page.getByText(/LSTM: c_t = c_\{t−1\} at every step/)).toBeVisible();
  // The columns show a new trace at a deferred priority (CellPanel): wait for it to reach them.
  await expect.poll(() => vector(page, 'lstm', 'c')).not.toEqual(free);
  const c5 = await vector(page, 'lstm', 'c');
  await seek(page, 6);
  await expect(page.locator('[data-cell="lstm"] [data-quantity="c"]')).toHaveAttribute('data-step', '6');
  expect(await vector(page, 'lstm', 'c')).toEqual(c5);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await seek(page, 5);
  await expect.poll(() => vector(page, 'lstm', 'c')).toEqual(free);
});

/** The vector of `q` once the columns show time step t. */
async function vectorAt(page: Page, cell: string, q: string, t: number) {
  await seek(page, t);
  await expect(page.locator(`[data-cell="${cell}"] [data-quantity="${q}"]`)).toHaveAttribute('data-step', String(t));
  return vector(page, cell, q);
}

test('"r = 0" cuts the candidate off from the past: on equal inputs it is equal, whatever h was', async ({ page }) => {
  await page.goto('/#v=1&x=impulse'); // x = 1 at step 1, then 0
  const free = await vectorAt(page, 'gru', 'n', 3);
  await page.getByRole('button', { name: 'GRU r = 0 (forget the past)' }).click();
  await expect(page.locator('[data-cell="gru"] [data-quantity="r"] .is-forced')).toHaveCount(4);
  await expect.poll(() => vector(page, 'gru', 'n')).not.toEqual(free);
  const n3 = await vector(page, 'gru', 'n');
  const h3 = await vector(page, 'gru', 'h');
  expect(await vectorAt(page, 'gru', 'n', 6)).toEqual(n3);
  expect(await vector(page, 'gru', 'h')).not.toEqual(h3);
  expect(page.url()).toContain('o=gru:r:0');
});

test('"r = 1, z = 0" makes the GRU a plain RNN: h is the candidate at every step', async ({ page }) => {
  await page.goto('/#v=1&x=noise');
  await page.getByRole('button', { name: 'GRU r = 1, z = 0 (a plain RNN)' }).click();
  await expect(page.locator('[data-cell="gru"] [data-quantity="z"] .is-forced')).toHaveCount(4);
  await expect.poll(() => vector(page, 'gru', 'z')).toEqual(['0', '0', '0', '0']);
  for (const t of [2, 5]) expect(await vectorAt(page, 'gru', 'h', t)).toEqual(await vector(page, 'gru', 'n'));
});

test('"o = 0" hides the LSTM cell: h is 0 at every step while c still moves', async ({ page }) => {
  await page.goto('/#v=1&x=noise');
  await page.getByRole('button', { name: 'LSTM o = 0 (hide the cell)' }).click();
  await expect(page.locator('[data-cell="lstm"] [data-quantity="o"] .is-forced')).toHaveCount(4);
  await expect.poll(() => vector(page, 'lstm', 'h')).toEqual(['0', '0', '0', '0']);
  const c4 = await vectorAt(page, 'lstm', 'c', 4);
  expect(await vector(page, 'lstm', 'h')).toEqual(['0', '0', '0', '0']);
  expect(await vectorAt(page, 'lstm', 'c', 5)).not.toEqual(c4);
  expect(c4.some((v) => Number(v) !== 0)).toBe(true);
});

test('forcing one unit of one gate at one step marks only that unit', async ({ page }) => {
  await page.goto('/#v=1&t=2');
  await page.getByRole('combobox', { name: 'Cell', exact: true }).selectOption('lstm');
  await page.getByRole('combobox', { name: 'Gate', exact: true }).selectOption('o');
  await page.getByRole('slider', { name: 'Value', exact: true }).fill('0');
  await page.getByRole('combobox', { name: 'Units', exact: true }).selectOption('1');
  await page.getByLabel(/only at step 2/).check();
  await page.getByRole('button', { name: 'Force', exact: true }).click();
  await expect(page.locator('[data-cell="lstm"] [data-quantity="o"] [data-unit="1"]')).toHaveAttribute('data-value', '0');
  await expect(page.locator('[data-cell="lstm"] [data-quantity="h"] [data-unit="1"]')).toHaveAttribute('data-value', '0');
  await expect(page.locator('[data-cell="lstm"] [data-quantity="o"] .is-forced')).toHaveCount(1);
  expect(page.url()).toContain('o=lstm:o:0:t2:u1');
  await page.getByRole('button', { name: /Remove LSTM o = 0, unit 1, step 2/ }).click();
  await expect(page.locator('[data-cell="lstm"] [data-quantity="o"] .is-forced')).toHaveCount(0);
});

test('the what-if panel passes axe with overrides listed', async ({ page }) => {
  await page.goto('/#v=1&o=gru:z:1,lstm:f:1');
  await expect(page.getByRole('button', { name: /Remove GRU z = 1/ })).toBeVisible();
  await checkA11y(page, { include: '.whatif-panel' });
});
