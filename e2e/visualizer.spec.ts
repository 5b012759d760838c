// The visualizer's core: the worker computes, both cells render, the cursor moves by every control,
// and the URL holds the whole state through a reload. Axe on the whole page in every theme: themes-axe.spec.ts.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const narration = (page: Page) => page.getByRole('status');
const slider = (page: Page) => page.getByRole('slider', { name: 'Time step' });
const values = async (page: Page, cell: string, quantity: string) =>
  page.locator(`[data-cell="${cell}"] [data-quantity="${quantity}"] [data-unit]`).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));

test('a worker starts and computes; both cells show real numbers on the first screen', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('/');
  await expect(page.locator('[data-cell="gru"] [data-quantity="r"] [data-unit="0"]')).toHaveAttribute('data-value', /\d/);
  expect(workers.length).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole('region', { name: 'GRU cell' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'LSTM cell' })).toBeVisible();
  for (const q of ['r', 'z', 'n', 'h']) await expect(page.locator(`[data-cell="gru"] [data-quantity="${q}"][data-step="1"] [data-unit]`)).toHaveCount(4);
  for (const q of ['i', 'f', 'g', 'o', 'c', 'h']) await expect(page.locator(`[data-cell="lstm"] [data-quantity="${q}"][data-step="1"] [data-unit]`)).toHaveCount(4);
  const r = await values(page, 'gru', 'r');
  expect(r.every((v) => v > 0 && v < 1)).toBe(true);
});

test('step forward, step back, next and previous time step move the cursor and the narration', async ({ page }) => {
  await page.goto('/');
  await expect(narration(page)).toContainText('Time step 1 of 12');
  await expect(narration(page)).toContainText('reset gate r');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(narration(page)).toContainText('update gate z');
  await expect(narration(page)).toContainText('input gate i');
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(narration(page)).toContainText('reset gate r');
  await page.getByRole('button', { name: 'Next time step' }).click();
  await expect(narration(page)).toContainText('Time step 2 of 12');
  await expect(page.locator('[data-cell="gru"] [data-quantity="h"]')).toHaveAttribute('data-step', '2');
  await page.getByRole('button', { name: 'Previous time step' }).click();
  await expect(narration(page)).toContainText('Time step 1 of 12');
  await page.getByRole('button', { name: 'Next time step' }).click();
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(narration(page)).toContainText('Time step 1 of 12');
});

test('play advances on its own and pause stops it', async ({ page }) => {
  await page.goto('/#v=1&sp=4');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(narration(page)).toContainText('Time step 2 of 12', { timeout: 10_000 });
  await expect(page.locator('.app')).toHaveAttribute('data-playing', ''); // off-screen panels rest meanwhile
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.locator('.app')).not.toHaveAttribute('data-playing');
  const frozen = await narration(page).textContent();
  await page.waitForTimeout(600); // a pause must hold for longer than one 4× playback interval (175 ms)
  await expect(narration(page)).toHaveText(frozen ?? '');
});

test('the speed sets the pace of Play: 4× walks through steps, 0.25× waits 2.8 s per micro-step', async ({ page }) => {
  await page.goto('/');
  await expect(narration(page)).toContainText('Time step 1 of 12');
  const speed = page.getByRole('combobox', { name: 'Speed' });
  // 0.25×: 700 ms / 0.25 per micro-step, so nothing moves within 2 s.
  await speed.selectOption('0.25');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForTimeout(2000);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(narration(page)).toContainText('Time step 1 of 12. GRU (1 of 4)');
  // 4×: 175 ms per micro-step, so two time steps (12 micro-steps) in about 2 s, where 1× takes 8.4 s.
  await speed.selectOption('4');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(narration(page)).toContainText('Time step 3 of 12', { timeout: 6000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect.poll(() => page.url()).toContain('sp=4');
});

test('the time step slider seeks', async ({ page }) => {
  await page.goto('/');
  await slider(page).fill('7');
  await expect(narration(page)).toContainText('Time step 7 of 12');
  await expect(page.locator('[data-cell="lstm"] [data-quantity="c"]')).toHaveAttribute('data-step', '7');
});

test('keys inside the app: ← → micro-step, Shift+← → time step, End, Home, Space', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Reset', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(narration(page)).toContainText('update gate z');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(narration(page)).toContainText('Time step 2 of 12');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(narration(page)).toContainText('Time step 2 of 12');
  await page.keyboard.press('ArrowLeft');
  await expect(narration(page)).toContainText('Time step 1 of 12');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(narration(page)).toContainText('Time step 2 of 12');
  await page.keyboard.press('End');
  await expect(narration(page)).toContainText('Time step 12 of 12');
  await page.keyboard.press('Home');
  await expect(narration(page)).toContainText('Time step 1 of 12');
  await page.locator('.narration').click();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
});

test('the URL round-trips the whole state through a reload', async ({ page }) => {
  await page.goto('/#v=1&c=gru,lstm,rnn&hs=6&len=20&s=42&r=b&fb=1&x=square&o=gru:z:1:t3&th=dark&t=5&m=2');
  await expect(narration(page)).toContainText('Time step 5 of 20');
  await expect(page.locator('[data-cell="lstm"] [data-quantity="g"] [data-unit="0"]')).toHaveAttribute('data-value', /\d/);
  const before = await values(page, 'lstm', 'g');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(narration(page)).toContainText('cell state c');
  await page.reload();
  await expect(narration(page)).toContainText('Time step 5 of 20');
  await expect(narration(page)).toContainText('cell state c');
  expect(page.url()).toContain('m=3');
  // The reloaded page draws the trace when the worker answers: wait for it, then compare.
  await expect.poll(() => values(page, 'lstm', 'g')).toEqual(before);
  await expect(page.getByRole('region', { name: 'tanh RNN cell' })).toBeVisible();
  await expect(page.locator('.app')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('[data-cell="gru"] [data-quantity="h"] [data-unit]')).toHaveCount(6);
});

test('a malformed hash falls back for the bad keys and says what was ignored', async ({ page }) => {
  await page.goto('/#v=1&hs=9999&len=abc&c=gru,tpu&th=neon&o=gru:q:7&hs2=1&s=5');
  const notice = page.getByRole('alert').filter({ hasText: 'ignored' });
  await expect(notice).toContainText('hs=9999');
  await expect(notice).toContainText('len=abc');
  await expect(notice).toContainText('th=neon');
  await expect(page.locator('[data-cell="gru"] [data-quantity="h"] [data-unit]')).toHaveCount(4);
  expect(page.url()).toContain('s=5');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(narration(page)).toContainText('update gate z');
});

test('a compact unit shows its full value on hover and on keyboard focus', async ({ page }) => {
  await page.goto('/#v=1&hs=16');
  const units = page.locator('[data-cell="gru"] [data-quantity="z"] [data-unit]');
  await expect(units).toHaveCount(16);
  expect(await units.first().textContent()).toBe(''); // compact: no number in the cell itself
  const tip = (n: number) => units.nth(n).evaluate((e) => getComputedStyle(e, '::after').content);
  expect(await tip(2)).toBe('none');
  await units.nth(2).hover();
  const value = await units.nth(2).getAttribute('data-value');
  await expect.poll(() => tip(2)).toBe(`"z unit 2: ${value}"`);
  // From the keyboard: the row's one tab stop, then → to the next unit.
  await page.mouse.move(0, 0);
  await units.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(units.nth(1)).toBeFocused();
  await expect.poll(() => tip(1)).toBe(`"z unit 1: ${await units.nth(1).getAttribute('data-value')}"`);
  expect(await tip(2)).toBe('none');
});
