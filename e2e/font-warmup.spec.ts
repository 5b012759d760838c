// The fonts looked up ahead (app/fontWarmup.ts) cover what the default screen draws with. A font
// setting missing from the lists costs a synchronous font lookup in the frame that first draws it
// (the load's long task); this test names the setting to add. KaTeX's own fonts are web fonts,
// left out. The equations are held in plain text (KaTeX's chunk delayed) so that font is seen too.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { FIRST_SCREEN_FONTS, PANEL_FONTS, fontStyleOf, type FontSetting } from '../app/fontWarmup';

/** Font setting ("family | size | weight | style") → the characters outside ASCII drawn in it. */
type Usage = Record<string, string>;

/** The font settings of the text on the page now (text not drawn and KaTeX's output aside). */
function fontsInUse(page: Page): Promise<Usage> {
  return page.evaluate(() => {
    const used: Record<string, Set<string>> = {};
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = node.textContent?.trim();
      if (!element || !text || element.getClientRects().length === 0) continue;
      if (element.closest('.katex')) continue;
      const style = getComputedStyle(element);
      const key = [style.fontFamily, style.fontSize, style.fontWeight, style.fontStyle].join(' | ');
      used[key] ??= new Set();
      for (const ch of text) if (ch.charCodeAt(0) > 127) used[key].add(ch);
    }
    return Object.fromEntries(Object.entries(used).map(([key, chars]) => [key, [...chars].join('')]));
  });
}

/** The same description of each warmed setting, as the page computes it from fontStyleOf. */
function fontsWarmed(page: Page, settings: readonly FontSetting[]): Promise<Usage> {
  const styles = settings.map((s) => ({ css: fontStyleOf(s), sample: s.sample }));
  return page.evaluate((list) => {
    const warmed: Record<string, string> = {};
    for (const { css, sample } of list) {
      const span = document.createElement('span');
      span.style.cssText = css;
      document.body.append(span);
      const style = getComputedStyle(span);
      const key = [style.fontFamily, style.fontSize, style.fontWeight, style.fontStyle].join(' | ');
      warmed[key] = (warmed[key] ?? '') + sample;
      span.remove();
    }
    return warmed;
  }, styles);
}

/** What is drawn but not warmed: a setting missing from the lists, or characters missing from its sample. */
function notWarmed(used: Usage, warmed: Usage): string[] {
  return Object.entries(used).flatMap(([key, chars]) => {
    if (!(key in warmed)) return [`${key} (used for ${chars || 'ASCII'})`];
    const missing = [...chars].filter((ch) => !warmed[key].includes(ch));
    return missing.length ? [`${key}: sample lacks ${missing.join('')}`] : [];
  });
}

const cellsDrawn = (page: Page) => expect(page.locator('.cell-panel [data-value]').first()).toBeAttached();

test('the first screen (header, controls, both cells) draws only in the fonts looked up first', async ({ page }) => {
  await page.goto('/#v=1&p=');
  await cellsDrawn(page);
  expect(notWarmed(await fontsInUse(page), await fontsWarmed(page, FIRST_SCREEN_FONTS))).toEqual([]);
});

test('the panels below draw only in fonts looked up ahead, equations in plain text included', async ({ page }) => {
  let releaseKatex = () => {};
  const katexHeld = new Promise<void>((resolve) => (releaseKatex = resolve));
  await page.route(/\/assets\/katex-[^/]*$/, async (route) => {
    await katexHeld;
    await route.continue();
  });
  await page.goto('/#v=1');
  await cellsDrawn(page);
  await expect(page.locator('.panel-loading')).toHaveCount(0);
  await expect(page.locator('.eq-plain').first()).toBeVisible();
  const used = await fontsInUse(page);
  releaseKatex();
  expect(notWarmed(used, await fontsWarmed(page, [...FIRST_SCREEN_FONTS, ...PANEL_FONTS]))).toEqual([]);
});

test('the lookup box leaves the page once the fonts are looked up', async ({ page }) => {
  await page.goto('/#v=1');
  await cellsDrawn(page);
  await expect(page.locator('body > div[aria-hidden="true"]')).toHaveCount(0);
});
