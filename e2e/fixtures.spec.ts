// Checks the shared fixtures themselves: the error watcher and the axe helper must be able to fail.
import { test, expect, watchPageErrors, checkA11y } from './fixtures';

const TINY_GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

/** A small page that axe has nothing to say about, with `body` inside its main landmark. */
function pageWith(body: string): string {
  return `<!doctype html><html lang="en"><head><title>Fixture check</title></head><body><main><h1>Fixture check</h1>${body}</main></body></html>`;
}

test.describe('the page error watcher', () => {
  // These tests raise errors on purpose; the page fixture must not fail them for it.
  test.use({ allowedPageErrors: [/deliberate/] });

  test('records a console error and an uncaught exception, each with its text', async ({ page }) => {
    await page.setContent(pageWith(''));
    const watch = watchPageErrors(page, []);
    await Promise.all([
      page.waitForEvent('console'),
      page.evaluate(() => console.error('deliberate console error')),
    ]);
    await Promise.all([
      page.waitForEvent('pageerror'),
      page.evaluate(() => {
        setTimeout(() => {
          throw new TypeError('deliberate uncaught error');
        });
      }),
    ]);
    expect(watch.errors()).toEqual([
      expect.stringContaining('console.error: deliberate console error'),
      'uncaught TypeError: deliberate uncaught error',
    ]);
  });

  test('skips errors that match an allowed pattern and keeps the others', async ({ page }) => {
    await page.setContent(pageWith(''));
    const watch = watchPageErrors(page, [/expected by this test/]);
    for (const text of ['deliberate, expected by this test', 'deliberate, not expected']) {
      await Promise.all([page.waitForEvent('console'), page.evaluate((t) => console.error(t), text)]);
    }
    expect(watch.errors()).toEqual([expect.stringContaining('deliberate, not expected')]);
  });

  test('ignores console messages that are not errors', async ({ page }) => {
    await page.setContent(pageWith(''));
    const watch = watchPageErrors(page, []);
    await Promise.all([page.waitForEvent('console'), page.evaluate(() => console.warn('a warning'))]);
    expect(watch.errors()).toEqual([]);
  });
});

test.describe('checkA11y', () => {
  test('passes a small page that follows WCAG 2 A/AA', async ({ page }) => {
    await page.setContent(pageWith(`<p>An image: <img src="${TINY_GIF}" alt="a dot"></p>`));
    await checkA11y(page);
  });

  test('fails on an image without alt text and names the rule', async ({ page }) => {
    await page.setContent(pageWith(`<p><img src="${TINY_GIF}"></p>`));
    await expect(checkA11y(page)).rejects.toThrow(/image-alt \(critical\)/);
  });

  test('checks inside a frame too (a page with frames is checked frame by frame)', async ({ page }) => {
    const inner = pageWith(`<p><img src="${TINY_GIF}"></p>`).replace(/"/g, '&quot;');
    await page.setContent(pageWith(`<iframe title="inner page" srcdoc="${inner}"></iframe>`));
    await expect(page.frameLocator('iframe').getByRole('heading', { name: 'Fixture check' })).toBeVisible();
    await expect(checkA11y(page)).rejects.toThrow(/image-alt \(critical\)/);
  });

  test('holds the page to WCAG 2 A/AA only: a best-practice rule (heading order) does not fail it', async ({ page }) => {
    await page.setContent(pageWith('<h4>Skipped from h1 to h4</h4><p>Text.</p>'));
    await checkA11y(page);
  });

  test('leaves out the rules a spec disables', async ({ page }) => {
    await page.setContent(pageWith(`<p><img src="${TINY_GIF}"></p>`));
    await checkA11y(page, { disableRules: ['image-alt'] });
  });
});
