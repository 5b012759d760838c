// Panels below the fold while playback runs: they keep the step they last showed (their redraw
// cost playback frames), and show the current one as soon as they scroll into view or playback
// stops. The timeline's marker (--t) and the what-if panel's "only at step t" are what is read.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const cursorT = async (page: Page) => Number(await page.getByRole('slider', { name: 'Time step', exact: true }).inputValue());
const markerT = async (page: Page) => Number(await page.locator('.tl-stack').evaluate((e) => getComputedStyle(e).getPropertyValue('--t')));

test('while playing, a panel below the fold waits; in view or paused, it shows the current step', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#v=1&sp=4&len=100');
  await expect(page.locator('.tl-stack')).toBeAttached();
  await expect.poll(() => markerT(page)).toBe(1);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  expect((await timeline.boundingBox())!.y).toBeGreaterThan(800); // below the fold
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => cursorT(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
  expect(await markerT(page)).toBe(1);
  await expect(page.getByText('only at step 1', { exact: true })).toBeAttached();
  // Scrolled into view, the timeline follows the cursor again while playback goes on.
  await timeline.scrollIntoViewIfNeeded();
  await expect.poll(async () => (await cursorT(page)) - (await markerT(page))).toBeLessThanOrEqual(1);
  await expect.poll(() => markerT(page)).toBeGreaterThanOrEqual(3);
  // Back at the top, then paused: every panel shows the step the cursor stopped at.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const t = await cursorT(page);
  await expect.poll(() => markerT(page)).toBe(t);
  await expect(page.getByText(`only at step ${t}`, { exact: true })).toBeAttached();
});
