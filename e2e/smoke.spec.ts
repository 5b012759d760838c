// Smoke test: the production build loads, shows its heading, logs no errors and passes axe.
import { test, expect, checkA11y } from './fixtures';

test('the built app at / shows the GateLab heading and title, logs no errors and has no WCAG 2 A/AA violations on the first screen', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'GateLab' })).toBeVisible();
  // Wait until start-up fetches (scripts, worker, styles) are over, so the checks below see
  // the settled first screen and the page fixture sees any error those fetches cause.
  await page.waitForLoadState('networkidle');
  // The page fixture fails this test on any console error or uncaught exception.
  await expect(page).toHaveTitle(/GateLab/);
  await checkA11y(page);
});
