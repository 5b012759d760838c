// Keyboard-only use: Tab alone reaches every control on the page, in the order they appear, and
// focus is always visible. Inside a control with many parts (a diagram's gates, the timeline's
// steps and units, a radio group) the arrows move: those are one tab stop each, and their own
// specs walk them (cell-diagram, timeline, equations).
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** Tags every control a keyboard user must reach with data-kb="n" and returns how many. */
function tagControls(page: Page): Promise<number> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
    const isShown = (el: Element) => {
      if (el.closest('details:not([open])') && el.tagName !== 'SUMMARY') return false;
      const style = getComputedStyle(el);
      return el.getClientRects().length > 0 && style.visibility !== 'hidden';
    };
    const radioGroups = new Set<string>();
    let n = 0;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if ((el as HTMLButtonElement).disabled || el.tabIndex < 0 || el.closest('[inert]') || !isShown(el)) continue;
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        // A radio group is one tab stop: its checked member.
        if (radioGroups.has(el.name) || !el.checked) continue;
        radioGroups.add(el.name);
      }
      el.dataset.kb = String(n++);
    }
    return n;
  });
}

test('Tab alone reaches every control, in page order, each with a visible focus ring', async ({ page }) => {
  test.slow(); // a hundred and more key presses
  await page.goto('/#v=1&c=gru,lstm,rnn');
  // Every panel is mounted and the equations are typeset (their terms are buttons).
  await expect(page.getByRole('region', { name: 'Equations', exact: true }).locator('.katex').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Parameter counts' })).toBeVisible();
  const count = await tagControls(page);
  expect(count).toBeGreaterThan(40);

  const reached: number[] = [];
  const unringed: string[] = [];
  await page.locator('body').focus();
  for (let press = 0; press < count + 40 && reached.length < count; press++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      // An outline or shadow, or (a diagram node) a ring of its own shape drawn inside it.
      const ring = el.querySelector(':scope > .focus-ring');
      const hasRing = el.matches(':focus-visible') && (
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none' ||
        (ring !== null && getComputedStyle(ring).stroke !== 'none' && parseFloat(getComputedStyle(ring).strokeWidth) > 0));
      return { kb: el.dataset.kb ?? null, name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? el.tagName, hasRing };
    });
    if (at === null || at.kb === null) continue;
    if (reached.includes(Number(at.kb))) break; // wrapped around
    reached.push(Number(at.kb));
    if (!at.hasRing) unringed.push(at.name);
  }
  const missed = await page.evaluate((seen) =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-kb]'))
      .filter((el) => !seen.includes(Number(el.dataset.kb)))
      .map((el) => el.getAttribute('aria-label') ?? (el.textContent?.trim().slice(0, 40) || el.outerHTML.slice(0, 80))), reached);
  expect(missed, 'controls Tab never reached').toEqual([]);
  expect(reached, 'Tab follows the page order').toEqual([...reached].sort((a, b) => a - b));
  expect(unringed, 'focused without a visible focus indicator').toEqual([]);
});
