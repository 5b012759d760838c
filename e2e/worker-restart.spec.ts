// When the engine worker dies, the client starts a new one and recomputes, and says so; nothing the
// learner set is lost. Two ways to die: an uncaught error (the `error` event), and going silent
// (the worker closes itself, so no event comes: the client's watchdog notices the missing answer).
// A worker that cannot start at all is not restarted in a loop: after two tries the page says so.
import { test, expect } from './fixtures';
import type { Page, Worker } from '@playwright/test';

const lstmH = (page: Page) => page.locator('[data-cell="lstm"] [data-quantity="h"] [data-unit="0"]');
const restarted = (page: Page, what: string) =>
  page.getByRole('alert').filter({ hasText: `The engine worker ${what}; it was restarted and everything was recomputed.` });

/** Opens the app at `hash` and returns its engine workers, the newest last, as they start. */
async function openWithWorkers(page: Page, hash: string): Promise<Worker[]> {
  const workers: Worker[] = [];
  page.on('worker', (w) => { if (/worker-[\w-]+\.js$/.test(w.url())) workers.push(w); });
  await page.goto(`/${hash}`);
  await expect(lstmH(page)).toHaveAttribute('data-value', /\d/);
  expect(workers).toHaveLength(1);
  return workers;
}

/** The LSTM's h at unit 0 that a fresh page computes for `hash`. */
async function freshValue(page: Page, hash: string): Promise<string> {
  const other = await page.context().newPage();
  await other.goto(`/${hash}`);
  await expect(lstmH(other)).toHaveAttribute('data-value', /\d/);
  const value = (await lstmH(other).getAttribute('data-value'))!;
  await other.close();
  return value;
}

test('an engine worker that fails is replaced: same numbers, same settings, and a notice says so', async ({ page }) => {
  const hash = '#v=1&s=5&t=4&m=2';
  const workers = await openWithWorkers(page, hash);
  const before = await lstmH(page).getAttribute('data-value');

  // An uncaught error inside the worker, as a bug in the engine would throw.
  await workers[0].evaluate(() => { setTimeout(() => { throw new Error('the engine failed (a test made it)'); }); });

  await expect(restarted(page, 'stopped unexpectedly')).toBeVisible();
  await expect.poll(() => workers.length).toBe(2);
  await expect(lstmH(page)).toHaveAttribute('data-value', before!);
  await expect(page.getByRole('slider', { name: 'Time step' })).toHaveValue('4');
  expect(new URL(page.url()).hash).toContain('s=5');

  // The new worker computes what comes next.
  await page.getByLabel('Seed').fill('6');
  await page.getByLabel('Seed').press('Enter');
  await expect(lstmH(page)).toHaveAttribute('data-value', await freshValue(page, '#v=1&s=6&t=4&m=2'));
  await page.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(restarted(page, 'stopped unexpectedly')).toHaveCount(0);
});

test('an engine worker that goes silent is replaced once its answer is overdue, and the change is computed', async ({ page }) => {
  const workers = await openWithWorkers(page, '#v=1&s=5&t=4');
  // The worker closes itself: no error event, its messages go nowhere.
  await workers[0].evaluate(() => { setTimeout(() => self.close()); });
  await page.getByLabel('Seed').fill('8');
  await page.getByLabel('Seed').press('Enter');

  await expect(restarted(page, 'did not answer for too long')).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => workers.length).toBe(2);
  await expect(lstmH(page)).toHaveAttribute('data-value', await freshValue(page, '#v=1&s=8&t=4'));
  await expect.poll(() => new URL(page.url()).hash).toContain('s=8');
});

test('when no new worker can start (its script refused), the client stops after two tries, keeps the last numbers and says what to do; a new setting tries again', async ({ page }) => {
  const workers = await openWithWorkers(page, '#v=1&s=5&t=4');
  const before = await lstmH(page).getAttribute('data-value');
  await page.route(/\/assets\/worker-[\w-]+\.js$/, (route) => route.abort());
  await workers[0].evaluate(() => { setTimeout(() => { throw new Error('the engine failed (a test made it)'); }); });

  const error = page.getByRole('alert').filter({ hasText: 'The engine could not compute this: the engine worker stopped unexpectedly after 2 restarts in a row.' });
  await expect(error).toContainText('change a setting to try again, or reload the page');
  await expect(page.getByRole('status')).toContainText('The engine could not compute this');
  await expect(lstmH(page)).toHaveAttribute('data-value', before!);
  await expect(restarted(page, 'stopped unexpectedly')).toHaveCount(0); // it no longer holds

  await page.unroute(/\/assets\/worker-[\w-]+\.js$/);
  await page.getByLabel('Seed').fill('8');
  await page.getByLabel('Seed').press('Enter');
  await expect(lstmH(page)).toHaveAttribute('data-value', await freshValue(page, '#v=1&s=8&t=4'));
  await expect(error).toHaveCount(0);
});
