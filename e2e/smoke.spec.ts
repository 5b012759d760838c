// Smoke test: the production build loads, shows its heading, logs no errors and passes axe.
import { test, expect, checkA11y } from './fixtures';

test.describe('the built app at /', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'GateLab' })).toBeVisible();
  });

  test('shows the GateLab heading and logs no errors once everything has loaded', async ({ page }) => {
    // Wait until start-up fetches (scripts, worker, styles) are over, so an error they cause
    // is seen by the page fixture, which fails the test on any console or uncaught error.
    await page.waitForLoadState('networkidle');
    await expect(page).toHaveTitle(/GateLab/);
  });

  test('has no WCAG 2 A/AA violations on the first screen', async ({ page }) => {
    await checkA11y(page);
  });
});
