// The parameter-count panel: each shown cell's count with the formula written out, live with the sizes
// in the URL. Axe on the panel (with the tanh RNN's row) in every theme: themes-axe.spec.ts's full-page runs.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const panel = (page: Page) => page.getByRole('region', { name: 'Parameter counts' });
const row = (page: Page, cell: string) => panel(page).getByRole('row', { name: new RegExp(`^${cell}\\b`) });

test('at the default sizes (input 1, hidden 4) the GRU has 3·4·(1 + 4 + 1) = 72 parameters', async ({ page }) => {
  await page.goto('/#v=1');
  await expect(panel(page)).toContainText('At input size d = 1 and hidden size n = 4');
  await expect(row(page, 'GRU')).toContainText('3n(d + n + 1) = 3·4·(1 + 4 + 1) = 72');
  await expect(row(page, 'GRU')).toContainText('3·4·(1 + 4 + 2) = 84'); // PyTorch's two bias vectors
  await expect(row(page, 'LSTM')).toContainText('4n(d + n + 1) = 4·4·(1 + 4 + 1) = 96');
  await expect(row(page, 'GRU')).toContainText('12 input + 48 recurrent + 12 bias');
});

test('the counts follow the hidden size in the URL and the tanh RNN joins when shown', async ({ page }) => {
  await page.goto('/#v=1&hs=8');
  await expect(row(page, 'GRU')).toContainText('3·8·(1 + 8 + 1) = 240');
  await expect(row(page, 'LSTM')).toContainText('4·8·(1 + 8 + 1) = 320');
  await page.goto('/#v=1&hs=8&is=3&c=gru,lstm,rnn');
  await expect(row(page, 'tanh RNN')).toContainText('n(d + n + 1) = 8·(3 + 8 + 1) = 96');
  await expect(row(page, 'GRU')).toContainText('= 288');
  await expect(row(page, 'All shown')).toContainText('768'); // 288 + 384 + 96
});

test('typing a hidden size or adding the tanh RNN updates the counts live', async ({ page }) => {
  await page.goto('/#v=1');
  await expect(row(page, 'GRU')).toContainText('= 72');
  const hidden = page.getByRole('textbox', { name: 'Hidden size' });
  await hidden.fill('16');
  await hidden.press('Enter');
  await expect(row(page, 'GRU')).toContainText('3n(d + n + 1) = 3·16·(1 + 16 + 1) = 864');
  await expect(panel(page)).toContainText('hidden size n = 16');
  await page.getByRole('checkbox', { name: 'Show a tanh RNN for contrast' }).check();
  await expect(row(page, 'tanh RNN')).toContainText('16·(1 + 16 + 1) = 288');
});

test('the note ties the counts to lesson claim 2 with the units Chung et al. matched', async ({ page }) => {
  await page.goto('/#v=1');
  await expect(panel(page)).toContainText('Lesson claim 2');
  await expect(panel(page)).toContainText('100 / 46 / 36 units');
});
