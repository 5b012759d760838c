// The lab's gradient flow (LESSON.md slide 6) and LSTM ablations (slide 12): the flow at
// initialisation for the three cells equals the engine's numbers for the same spec, the forget
// bias moves the LSTM's curve only, a finished batch shows the flow after training (again the
// engine's numbers), and the ablation view goes predict → run → verdict, stops on request and
// leaves the main batch alone. Axe finds nothing in the light and dark themes.
//
// The expected numbers come from the engine itself, run here in Node on the same spec (an
// exception to "specs never import src/": the engine is pure maths without DOM). They must agree
// to the last bit: the engine's exp and tanh are its own (V8's Math.exp and Math.tanh differ
// between Node 20 and Chromium for some inputs), so the worker and Node compute the same bits.
import type { Locator, Page } from '@playwright/test';
import { labGradientFlow } from '../src/engine/lab/flows';
import { createLabRun } from '../src/engine/lab/run';
import type { LabSpec } from '../src/engine/lab/spec';
import { test, expect, checkA11y } from './fixtures';

const LAB = '/#mode=lab&lt=adding&ll=20&ln=100&lk=1';
const base = { task: 'adding', length: 20, seed: 1, preset: '1.2k' } as const satisfies Partial<LabSpec>;

const flowPanel = (page: Page) => page.locator('section.lab-flow');
const curve = (page: Page, cell: string) => flowPanel(page).locator(`[data-flow-cell="${cell}"]`);
const valuesOf = async (locator: Locator) => (await locator.getAttribute('data-values'))?.split(' ') ?? [];

/** Whether the page's values are the engine's, bit for bit (String round-trips a float64 exactly). */
function isSame(got: string[], want: Float64Array): boolean {
  return got.length === want.length && got.every((text, k) => text === String(want[k]));
}

test('at initialisation the three cells’ flows are the engine’s numbers, and the forget bias moves the LSTM only', async ({ page }) => {
  await page.goto(LAB);
  await expect(flowPanel(page).locator('[data-flow-cell]')).toHaveCount(3);
  for (const cell of ['rnn', 'gru', 'lstm'] as const) {
    const spec: LabSpec = { ...base, cell, ...(cell === 'lstm' ? { forgetBias: 1 } : {}) };
    const want = labGradientFlow(spec).dLdh;
    await expect.poll(async () => isSame(await valuesOf(curve(page, cell)), want), { message: `${cell} at init` }).toBe(true);
  }
  const chart = flowPanel(page).getByRole('img', { name: /Gradient flow at initialisation/ });
  await expect(chart).toHaveAccessibleName(/tanh RNN keeps .* GRU keeps .* LSTM keeps .* at t = 1 of its value at t = 20/);
  await expect(flowPanel(page).getByText('After training: no run of this batch has finished yet')).toBeVisible();
  await expect(flowPanel(page).getByLabel('After training')).toBeDisabled();

  const rnnBefore = await valuesOf(curve(page, 'rnn'));
  await flowPanel(page).getByRole('slider', { name: 'Forget bias (LSTM, at init)' }).fill('3');
  const lstm3 = labGradientFlow({ ...base, cell: 'lstm', forgetBias: 3 });
  await expect.poll(async () => isSame(await valuesOf(curve(page, 'lstm')), lstm3.dLdh)).toBe(true);
  expect(await valuesOf(curve(page, 'rnn'))).toEqual(rnnBefore);
  // Slide 6's point: with forget bias 3 the LSTM keeps ≥ 1 % much further back than the tanh RNN.
  const reach = async (cell: string) => Number(await curve(page, cell).getAttribute('data-reach'));
  expect(await reach('lstm')).toBeGreaterThan(2 * (await reach('rnn')));
  await expect(chart).toHaveAccessibleName(/LSTM forget bias 3/);

  await flowPanel(page).getByLabel('Quantity').selectOption('saliency');
  await expect.poll(async () => isSame(await valuesOf(curve(page, 'lstm')), lstm3.saliency)).toBe(true);
  await flowPanel(page).getByLabel('Quantity').selectOption('path');
  await expect.poll(async () => isSame(await valuesOf(curve(page, 'lstm')), lstm3.highway!.mean)).toBe(true);

  await flowPanel(page).getByLabel('Table of numbers').check();
  const table = flowPanel(page).getByRole('region', { name: 'Gradient-flow numbers' });
  await expect(table.locator('tbody tr')).toHaveCount(20);
  await expect(table.locator('tbody tr').first().locator('td').last()).toHaveText(String(lstm3.highway!.mean[0]));

  await checkA11y(page, { include: '.lab' });
  await page.getByLabel('Theme').selectOption('dark');
  await checkA11y(page, { include: '.lab' });
});

test('after a batch finishes, the flow after training is the trained model’s, with the same models at initialisation beside it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(LAB);
  await expect(flowPanel(page).locator('[data-flow-cell]')).toHaveCount(3);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Finished.' })).toBeVisible({ timeout: 90_000 });
  await flowPanel(page).getByLabel('After training').check();
  await expect(flowPanel(page)).toHaveAttribute('data-flow-view', 'trained');
  await expect(flowPanel(page).getByRole('img', { name: /Gradient flow after training \(100 updates, seed 1\)/ })).toBeVisible();
  await expect(flowPanel(page).locator('[data-flow-cell]')).toHaveCount(3);
  await expect(flowPanel(page).getByText('The same models at initialisation kept')).toBeVisible();

  // The same run in Node: the same bits.
  const spec: LabSpec = { ...base, cell: 'lstm', steps: 100, forgetBias: 1 };
  const run = createLabRun(spec, { clock: () => 0 });
  while (!run.isDone) run.step(100);
  expect(isSame(await valuesOf(curve(page, 'lstm')), labGradientFlow(spec, run.model).dLdh)).toBe(true);
  await checkA11y(page, { include: '.lab-flow' });
});

test('ablations: predict all five, run them beside the full LSTM, see every row and the published verdict', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('/#mode=lab&lt=adding&ll=20&ln=60&lk=1');
  const panel = page.locator('section.lab-ablation');
  const run = panel.getByRole('button', { name: 'Run the ablations' });
  await expect(run).toBeDisabled();
  await expect(panel.getByText('Predict all five first (0 of 5 so far).')).toBeVisible();
  await expect(panel.locator('fieldset.lab-predict')).toHaveCount(5);
  // "Hurts a lot" everywhere: the paper agrees for the forget gate and the output activation.
  for (const group of await panel.locator('fieldset.lab-predict').all()) await group.getByLabel('hurts a lot').check();
  await expect(run).toBeEnabled();
  await run.click();
  await expect(panel.getByRole('progressbar', { name: 'Ablation progress' })).toBeVisible();
  const rows = panel.locator('tr[data-ablation]');
  await expect(rows).toHaveCount(6);
  await expect(panel.getByRole('heading', { name: 'The published verdict' })).toBeVisible({ timeout: 120_000 });
  for (const row of await rows.all()) {
    await expect(row).toHaveAttribute('data-status', 'done');
    expect(Number(await row.locator('[data-metric]').getAttribute('data-metric'))).toBeGreaterThan(0);
  }
  await expect(panel.locator('tr[data-ablation="no-forget-gate"] [data-published]')).toHaveAttribute('data-published', 'a lot');
  await expect(panel.locator('tr[data-ablation="coupled"] [data-agreement]')).toHaveAttribute('data-agreement', 'differs');
  await expect(panel.getByText('Your predictions match the paper for 2 of 5')).toBeVisible();
  await expect(panel.locator('fieldset.lab-predict').first().getByLabel('hurts a little')).toBeDisabled();
  await checkA11y(page, { include: '.lab-ablation' });
  await page.getByLabel('Theme').selectOption('dark');
  await checkA11y(page, { include: '.lab-ablation' });

  await panel.getByRole('button', { name: 'Predict again' }).click();
  await expect(rows).toHaveCount(0);
  await expect(run).toBeDisabled();
});

test('stopping the ablations leaves the main batch training to the end', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/#mode=lab&lt=adding&ll=20&ln=150&lk=1&lc=gru&lp=350');
  const panel = page.locator('section.lab-ablation');
  // The lab loads lazily: wait for the five groups before listing them.
  await expect(panel.locator('fieldset.lab-predict')).toHaveCount(5);
  for (const group of await panel.locator('fieldset.lab-predict').all()) await group.getByLabel('hurts a little').check();
  await page.getByLabel('Steps').fill('5000');
  await page.getByLabel('Steps').press('Enter');
  await panel.getByRole('button', { name: 'Run the ablations' }).click();
  await expect(panel.locator('tr[data-ablation="none"]')).toHaveAttribute('data-status', 'running');
  await page.getByLabel('Steps').fill('150');
  await page.getByLabel('Steps').press('Enter');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await panel.getByRole('button', { name: 'Stop the ablations' }).click();
  await expect(panel.getByRole('status')).toHaveText('Stopped; the rows so far are kept.');
  await expect(panel.locator('tr[data-ablation="none"]')).toHaveAttribute('data-status', 'cancelled');
  await expect(panel.getByRole('heading', { name: 'The published verdict' })).toHaveCount(0);
  await expect(page.locator('.lab-results tr[data-run="gru-1"]')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
});
