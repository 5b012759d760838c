// Panels below the fold while playback runs: they keep the step they last showed (their redraw
// cost playback frames), and show the current one as soon as they scroll into view or playback
// stops. The timeline's marker (--t) and the what-if panel's "only at step t" are what is read.
// Meanwhile they rest (data-resting: they skip rendering) at the height they had, and wake after.
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

const resting = (page: Page) => page.locator('.panel').evaluateAll((panels) => panels.map((p) => p.hasAttribute('data-resting')));
const heights = (page: Page) => page.locator('.panel').evaluateAll((panels) => panels.map((p) => Math.round(p.getBoundingClientRect().height)));

test('while playing, only the panels off screen rest, at their own height; paused, all wake', async ({ page }) => {
  // Tall enough that the timeline is on screen and the panels under it are not.
  await page.setViewportSize({ width: 1280, height: 1300 });
  await page.goto('/#v=1&sp=4&len=100');
  await expect(page.getByRole('region', { name: 'Parameter counts' })).toBeAttached();
  await expect(page.locator('.tl-stack')).toBeAttached();
  // The page has finished loading (KaTeX typesets the equations one at a time): no panel grows any more.
  await expect.poll(async () => {
    const first = await heights(page);
    await page.waitForTimeout(300);
    return JSON.stringify(await heights(page)) === JSON.stringify(first) && (await page.locator('.eq-body .katex').count()) > 20;
  }, { timeout: 20_000 }).toBe(true);
  const onScreen = await page.locator('.panel').evaluateAll((panels) => panels.map((p) => p.getBoundingClientRect().top < innerHeight));
  expect(onScreen).toContain(true);
  expect(onScreen).toContain(false);
  const before = await heights(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => resting(page)).toEqual(onScreen.map((isSeen) => !isSeen));
  expect(await page.locator('.panel[data-resting]').first().evaluate((p) => getComputedStyle(p).contentVisibility)).toBe('auto');
  expect(await heights(page)).toEqual(before); // a resting panel keeps its size: nothing below it moves
  await expect.poll(() => cursorT(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect.poll(() => resting(page)).toEqual(onScreen.map(() => false));
});
