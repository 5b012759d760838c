// The training lab in the browser: open it from the header, train a short batch and watch the
// progress bar and the curves grow, cancel and start again, the page answers while workers train,
// a fixed-seed run gives the command line's numbers to the last bit, the trained cells open in the
// visualizer with the engine's numbers, a bad lab link is named, and axe finds nothing.
import { execFileSync } from 'node:child_process';
import { labTestSample } from '../src/engine/lab/flows';
import { createLabRun } from '../src/engine/lab/run';
import { forward } from '../src/engine/unroll';
import { test, expect, checkA11y } from './fixtures';
import type { Page } from '@playwright/test';

const progressBar = (page: Page) => page.getByRole('progressbar', { name: 'Training progress' });
const curve = (page: Page, run: string) => page.locator(`.lab-curve[data-run="${run}"]`);
const row = (page: Page, run: string) => page.locator(`.lab-results tr[data-run="${run}"]`);

async function pointsOf(page: Page, run: string): Promise<number> {
  return Number(await curve(page, run).getAttribute('data-points'));
}

test('the header opens the lab, its form lives in the URL, and Back returns to the same visualizer', async ({ page }) => {
  await page.goto('/#v=1&hs=5');
  await expect(page.locator('[data-cell="gru"] [data-quantity="h"] [data-unit="4"]')).toHaveAttribute('data-value', /\d/);
  await page.getByRole('button', { name: 'Training lab' }).click();
  await expect(page.getByRole('heading', { name: 'Training lab' })).toBeVisible();
  await expect(page).toHaveURL(/mode=lab/);
  await page.getByLabel('Task').selectOption('order');
  await expect(page).toHaveURL(/lt=order/);
  await expect(page.getByText(/npm run --silent lab -- --task order/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Task')).toHaveValue('order');
  await page.getByRole('button', { name: 'Back to the visualizer' }).click();
  await expect(page).not.toHaveURL(/mode=lab|lt=/);
  await expect(page.locator('[data-cell="gru"] [data-quantity="h"] [data-unit="4"]')).toHaveAttribute('data-value', /\d/);
});

test('a batch shows progress and growing curves, cancels, and starts again to the end', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/#mode=lab&lt=adding&ll=20&ln=1500&lk=1&lp=350');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(curve(page, 'gru-1')).toHaveAttribute('data-points', /^[1-9]/);
  const first = await pointsOf(page, 'gru-1');
  await expect.poll(() => pointsOf(page, 'gru-1')).toBeGreaterThan(first);
  await expect.poll(async () => Number(await progressBar(page).getAttribute('value'))).toBeGreaterThan(0);
  await expect(page.getByRole('status').filter({ hasText: /left|almost done/ })).toBeVisible();

  // While two workers train, the page answers input at once.
  const started = Date.now();
  await page.getByRole('checkbox', { name: 'Log scale' }).uncheck();
  await expect(page).toHaveURL(/ly=0/);
  expect(Date.now() - started).toBeLessThan(2000);

  await page.getByRole('button', { name: 'Pause' }).click();
  // "Paused." only once every worker has said it stopped: nothing may move after that.
  await expect(page.getByRole('status').filter({ hasText: 'Paused.' })).toBeVisible();
  const paused = await pointsOf(page, 'gru-1');
  await page.waitForTimeout(600);
  expect(await pointsOf(page, 'gru-1')).toBe(paused);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(() => pointsOf(page, 'gru-1')).toBeGreaterThan(paused);

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled' })).toBeVisible();
  await expect(row(page, 'gru-1')).toHaveAttribute('data-status', 'cancelled');
  const kept = await pointsOf(page, 'gru-1');
  expect(kept).toBeGreaterThan(1);
  await page.waitForTimeout(400);
  expect(await pointsOf(page, 'gru-1')).toBe(kept);

  await page.getByRole('textbox', { name: 'Steps', exact: true }).fill('100');
  await page.getByRole('textbox', { name: 'Steps', exact: true }).press('Enter');
  await page.getByRole('button', { name: 'Train again' }).click();
  for (const run of ['rnn-1', 'gru-1', 'lstm-1']) await expect(row(page, run)).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Finished.' })).toBeVisible();
  await expect(curve(page, 'lstm-1')).toHaveAttribute('data-points', '2');
  await expect(row(page, 'gru-1')).toContainText('100 of 100');
});

test('a fixed-seed run in the browser gives the command line’s final loss and test metric to the last bit', async ({ page }) => {
  test.setTimeout(120_000);
  const args = ['--task', 'adding', '--length', '12', '--cells', 'rnn,gru,lstm', '--seeds', '1', '--preset', '350', '--steps', '120', '--forget-bias', '0.5'];
  const cli = JSON.parse(execFileSync('node_modules/.bin/tsx', ['src/cli/lab.ts', ...args, '--json'], { encoding: 'utf8' })) as {
    runs: { cell: string; seed: number; finalLoss: number; testMetric: number }[];
  };
  await page.goto('/#mode=lab&lt=adding&ll=12&lc=rnn,gru,lstm&lk=1&lp=350&ln=120&lf=0.5');
  await expect(page.getByText(`npm run --silent lab -- ${args.join(' ')}`)).toBeVisible();
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  for (const run of cli.runs) {
    const tr = row(page, `${run.cell}-${run.seed}`);
    await expect(tr).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(tr.locator('[data-final-loss]')).toHaveAttribute('data-final-loss', String(run.finalLoss));
    await expect(tr.locator('[data-metric]')).toHaveAttribute('data-metric', String(run.testMetric));
  }
});

test('a bad lab link keeps the defaults for what it got wrong and names each key', async ({ page }) => {
  await page.goto('/#mode=lab&lt=adding&ll=0&lk=99&lp=huge');
  await expect(page.getByRole('heading', { name: 'Training lab' })).toBeVisible();
  const notice = page.getByText(/lab settings were ignored/);
  await expect(notice).toContainText('ll=0');
  await expect(notice).toContainText('lk=99');
  await expect(notice).toContainText('lp=huge');
  await expect(page.getByLabel('Length')).toHaveValue('50');
});

test('axe finds nothing in the lab after training, in the light and dark themes', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/#mode=lab&lt=adding&ll=10&ln=50&lk=1&lp=350');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Finished.' })).toBeVisible({ timeout: 60_000 });
  await checkA11y(page);
  await page.getByLabel('Theme').selectOption('dark');
  await checkA11y(page, { include: '.lab' });
});

test('the trained cells open in the visualizer on a test sequence, each at its own size, with the engine’s numbers', async ({ page }) => {
  test.setTimeout(120_000);
  // The expected numbers: the same run trained here in Node by the engine (pure maths, no DOM; an
  // exception to "specs never import src/"), then its trace over test sequence 1.
  const spec = { task: 'adding', length: 20, seed: 1, preset: '350', steps: 100, forgetBias: 1 } as const;
  const traces = Object.fromEntries((['rnn', 'gru', 'lstm'] as const).map((cell) => {
    const run = createLabRun({ ...spec, cell });
    while (!run.isDone) run.step(100);
    return [cell, forward(run.model.cell, run.model.weights, labTestSample(run.spec).x)];
  }));
  await page.goto('/#mode=lab&lt=adding&ll=20&ln=100&lk=1&lp=350&lf=1');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Finished.' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Open the trained tanh RNN, GRU, LSTM (seed 1) in the visualizer' }).click();
  await expect(page).not.toHaveURL(/mode=lab/);
  await expect(page.getByText(/Trained in the lab: Adding problem, length 20, seed 1: trained 100 steps/)).toBeVisible();
  for (const [cell, H] of [['rnn', 17], ['gru', 9], ['lstm', 8]] as const) {
    await expect(page.locator(`[data-cell="${cell}"] [data-quantity="h"] [data-unit]`)).toHaveCount(H);
  }
  for (const t of [1, 7, 20]) {
    await page.getByRole('slider', { name: 'Time step' }).fill(String(t));
    for (const [cell, trace] of Object.entries(traces)) {
      const H = trace.config.hiddenSize;
      const want = Array.from(trace.h.subarray((t - 1) * H, t * H), String);
      await expect(page.locator(`[data-cell="${cell}"] [data-quantity="h"]`)).toHaveAttribute('data-step', String(t));
      await expect.poll(() => page.locator(`[data-cell="${cell}"] [data-quantity="h"] [data-unit]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-value'))), `${cell} h at t = ${t}`).toEqual(want);
    }
  }
  // Back in the lab, the batch and its results are still there.
  await page.getByRole('button', { name: 'Training lab' }).click();
  await expect(row(page, 'lstm-1')).toHaveAttribute('data-status', 'done');
});
