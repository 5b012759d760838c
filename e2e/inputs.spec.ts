// The inputs panel: presets, editing numbers, the sparkline, sizes and their validation.
import type { Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures';

const units = (page: Page, cell: string, q: string) => page.locator(`[data-cell="${cell}"] [data-quantity="${q}"] [data-unit]`);
const h = (page: Page) => units(page, 'gru', 'h').evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));

test('choosing a preset changes the input and the numbers', async ({ page }) => {
  await page.goto('/#v=1&t=3');
  await expect(units(page, 'gru', 'h')).toHaveCount(4);
  const before = await h(page);
  await page.getByLabel('Input preset').selectOption('impulse');
  await expect.poll(() => h(page)).not.toEqual(before);
  expect(page.url()).toContain('x=impulse');
  await expect(page.locator('[data-input-step="1"][data-channel="0"]')).toHaveAttribute('data-value', '1');
  await expect(page.locator('[data-input-step="3"][data-channel="0"]')).toHaveAttribute('data-value', '0');
});

test('editing a number in the table changes x_t, the sparkline and the trace', async ({ page }) => {
  await page.goto('/#v=1&x=impulse');
  await expect(units(page, 'gru', 'h')).toHaveCount(4);
  const before = await h(page);
  await page.getByText('Edit the numbers').click();
  const cell = page.getByLabel('x[1][0]');
  await cell.fill('-0.75');
  await cell.press('Enter');
  await expect(page.locator('[data-input-step="1"][data-channel="0"]')).toHaveAttribute('data-value', '-0.75');
  await expect.poll(() => h(page)).not.toEqual(before);
  expect(page.url()).toContain('x=c:-0.75,0,');
});

test('a typed value that is not a number is refused with a message and the old value stays', async ({ page }) => {
  await page.goto('/#v=1&x=impulse');
  await page.getByText('Edit the numbers').click();
  const cell = page.getByLabel('x[2][0]');
  await cell.fill('lots');
  await cell.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'x[2][0]' })).toContainText('"lots" is not a finite number');
  await expect(page.locator('[data-input-step="2"][data-channel="0"]')).toHaveAttribute('data-value', '0');
});

test('the sparkline moves with ↑ and ↓ on the keyboard', async ({ page }) => {
  await page.goto('/#v=1&x=impulse');
  const line = page.getByRole('slider', { name: /Input channel 0/ });
  await line.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('[data-input-step="2"][data-channel="0"]')).toHaveAttribute('data-value', '0.1');
  await expect(page.getByRole('status')).toContainText('Time step 1 of 12');
});

test('dragging a sparkline point with the pointer sets x_t, and the trace follows', async ({ page }) => {
  await page.goto('/#v=1&x=impulse&t=3');
  await expect(units(page, 'gru', 'h')).toHaveCount(4);
  const before = await h(page);
  const point = page.locator('[data-input-step="3"][data-channel="0"]');
  await expect(point).toHaveAttribute('data-value', '0');
  // The panels above it settle first (the equations grow once KaTeX has typeset them), so the
  // point stays where the pointer goes.
  await expect(page.getByRole('region', { name: 'Equations', exact: true }).locator('.katex').first()).toBeVisible({ timeout: 30_000 });
  await point.hover();
  await page.mouse.down();
  // The line holds the pointer from here: up past its top, the value stops at its scale's top, 1.
  const line = (await page.getByRole('slider', { name: /Input channel 0/ }).boundingBox())!;
  const from = (await point.boundingBox())!;
  for (const y of [line.y + line.height / 2, line.y + 2, line.y - 30]) await page.mouse.move(from.x + from.width / 2, y);
  await page.mouse.up();
  await expect(point).toHaveAttribute('data-value', '1');
  await expect.poll(() => h(page)).not.toEqual(before);
  await expect.poll(() => page.url()).toContain('x=c:1,0,1,');
});

test('hidden size, length and input size change what is computed; out-of-range sizes get a message', async ({ page }) => {
  await page.goto('/');
  const hidden = page.getByLabel('Hidden size');
  await hidden.fill('7');
  await hidden.press('Enter');
  await expect(units(page, 'gru', 'h')).toHaveCount(7);
  await expect(units(page, 'lstm', 'c')).toHaveCount(7);
  await hidden.fill('500');
  await hidden.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Hidden size' })).toContainText('between 1 and 64');
  await expect(units(page, 'gru', 'h')).toHaveCount(7);
  const length = page.getByLabel('Length');
  await length.fill('30');
  await length.press('Enter');
  await expect(page.getByRole('status')).toContainText('of 30');
  const inputSize = page.getByLabel('Input size');
  await inputSize.fill('3');
  await inputSize.press('Enter');
  await expect(page.getByRole('slider', { name: /Input channel 2/ })).toBeVisible();
});

test('new random weights change the numbers; reset placement changes the GRU only', async ({ page }) => {
  await page.goto('/');
  await expect(units(page, 'gru', 'h')).toHaveCount(4);
  const before = await h(page);
  await page.getByRole('button', { name: 'New random weights' }).click();
  await expect.poll(() => h(page)).not.toEqual(before);
  const lstmBefore = await units(page, 'lstm', 'h').evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
  const gruBefore = await h(page);
  await page.getByRole('combobox', { name: 'GRU reset', exact: true }).selectOption('before');
  await expect.poll(() => h(page)).not.toEqual(gruBefore);
  expect(await units(page, 'lstm', 'h').evaluateAll((els) => els.map((e) => e.getAttribute('data-value')))).toEqual(lstmBefore);
});

test('the LSTM forget bias adds to every unit\'s forget pre-activation, and changes the LSTM only', async ({ page }) => {
  await page.goto('/');
  const values = (cell: string, q: string) => units(page, cell, q).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
  const logit = (p: number) => Math.log(p / (1 - p));
  await expect(units(page, 'lstm', 'f')).toHaveCount(4);
  const f = await values('lstm', 'f');
  const gru = await h(page);
  const bias = page.getByLabel('LSTM forget bias');
  await bias.fill('1.5');
  await bias.press('Enter');
  await expect.poll(() => values('lstm', 'f')).not.toEqual(f);
  // At step 1 the previous state is zero, so σ⁻¹(f) moves by exactly the bias in every unit.
  const raised = await values('lstm', 'f');
  raised.forEach((v, k) => expect(logit(v) - logit(f[k])).toBeCloseTo(1.5, 9));
  expect(await h(page)).toEqual(gru);
  await expect.poll(() => page.url()).toContain('fb=1.5');
});

test('the inputs panel passes axe', async ({ page }) => {
  await page.goto('/');
  await page.getByText('Edit the numbers').click();
  await expect(page.getByLabel('x[1][0]')).toBeVisible();
  await checkA11y(page, { include: '.inputs-panel' });
});
