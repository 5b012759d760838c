// Nothing crashes to a blank page: a part that fails (a bug while it draws, its code failing to
// load) says so where it was, the rest keeps working, and "Try again" or a reload (the link keeps
// every setting) brings it back.
import { test, expect, checkA11y } from './fixtures';
import type { Page } from '@playwright/test';

const narration = (page: Page) => page.getByRole('status');
const timelineMaps = (page: Page) => page.getByRole('slider', { name: /^Timeline: / });
const failure = (page: Page, what: string) => page.getByRole('alert').filter({ hasText: `${what} could not be shown` });

/** The rest of the page still works: the cells step, and a panel below them answers. */
async function expectTheRestWorks(page: Page) {
  await page.getByRole('button', { name: 'Next time step' }).click();
  await expect(narration(page)).toContainText('Time step 3 of 12');
  await expect(page.locator('[data-cell="lstm"] [data-quantity="h"]')).toHaveAttribute('data-step', '3');
  await expect(page.getByRole('region', { name: 'Parameter counts' })).toBeVisible();
}

test.describe('a part that fails', () => {
  // React reports each error a boundary caught on the console; the test makes these on purpose.
  test.use({ allowedPageErrors: [/a test broke the canvas|dynamically imported module|Failed to load resource/] });

  test('while drawing shows its error in place, the rest works, and Try again brings it back', async ({ page }) => {
    // Every canvas refuses to draw until the test lets it: the timeline's heat maps fail.
    await page.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      (window as unknown as { restoreCanvas: () => void }).restoreCanvas = () => { HTMLCanvasElement.prototype.getContext = getContext; };
      HTMLCanvasElement.prototype.getContext = () => { throw new Error('a test broke the canvas'); };
    });
    await page.goto('/#v=1&t=2&th=projector');
    const alert = failure(page, 'The timeline');
    await expect(alert).toContainText('The timeline could not be shown: a test broke the canvas.');
    await expect(alert).toContainText('Everything you set is kept in the link');
    await expect(timelineMaps(page)).toHaveCount(0);
    await checkA11y(page, { include: '.failure' });
    await expectTheRestWorks(page);

    await page.evaluate(() => (window as unknown as { restoreCanvas: () => void }).restoreCanvas());
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(alert).toHaveCount(0);
    await expect(timelineMaps(page).first()).toBeVisible();
    await expect(timelineMaps(page).first()).toHaveAttribute('aria-valuenow', '3');
  });

  test('to load its code says so in place; once the network is back, Try again loads it', async ({ page }) => {
    const chunk = /\/assets\/Timeline-[\w-]+\.js$/;
    await page.route(chunk, (route) => route.abort());
    await page.goto('/#v=1&t=2&hs=5');
    const alert = failure(page, 'The timeline');
    await expect(alert).toContainText('dynamically imported module');
    await expectTheRestWorks(page);

    await page.unroute(chunk);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(timelineMaps(page).first()).toBeVisible();
    await expect(alert).toHaveCount(0);
    await expect(timelineMaps(page).first()).toHaveAttribute('aria-valuenow', '3');
  });

  test('Reload the page keeps every setting: the link holds them', async ({ page }) => {
    const chunk = /\/assets\/Timeline-[\w-]+\.js$/;
    await page.route(chunk, (route) => route.abort());
    await page.goto('/#v=1&t=2&hs=5&th=dark');
    await expect(failure(page, 'The timeline')).toBeVisible();
    await page.getByRole('button', { name: 'Next time step' }).click();
    await expect.poll(() => page.url()).toContain('t=3');

    await page.unroute(chunk);
    await failure(page, 'The timeline').getByRole('button', { name: 'Reload the page' }).click();
    await expect(timelineMaps(page).first()).toBeVisible();
    await expect(failure(page, 'The timeline')).toHaveCount(0);
    await expect(narration(page)).toContainText('Time step 3 of 12');
    await expect(page.locator('[data-cell="gru"] [data-quantity="h"] [data-unit]')).toHaveCount(5);
    await expect(page.locator('.app')).toHaveAttribute('data-theme', 'dark');
  });
});
