// The engine worker's hidden path runs on WebAssembly SIMD in the browser (the trace mark says
// which kernel ran), and where a Content-Security-Policy forbids compiling WebAssembly the worker
// computes in JavaScript instead, showing the same numbers.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** The kernel named by the client's latest `gatelab:trace` performance mark. */
async function kernelOfTrace(page: Page): Promise<string> {
  await page.waitForFunction(() => performance.getEntriesByName('gatelab:trace').length > 0);
  return page.evaluate(() => {
    const marks = performance.getEntriesByName('gatelab:trace') as PerformanceMark[];
    return (marks[marks.length - 1].detail as { kernel: string }).kernel;
  });
}

/** The units of every vector row in the cell panels. */
const UNITS = '[data-cell] [data-quantity] [data-unit]';

/** Every vector value in the cell panels (full precision), once `count` units show one. */
async function valuesOnScreen(page: Page, count?: number): Promise<(string | null)[]> {
  await expect(page.locator('[data-cell="gru"] [data-quantity="r"] [data-unit="0"]')).toHaveAttribute('data-value', /\d/);
  if (count !== undefined) await expect(page.locator(`${UNITS}[data-value]`)).toHaveCount(count);
  return page.locator(UNITS).evaluateAll((units) => units.map((u) => u.getAttribute('data-value')));
}

/** Serves the engine worker's script with `policy` as its Content-Security-Policy header. */
async function serveWorkerWithPolicy(page: Page, policy: string): Promise<void> {
  await page.route(/\/assets\/worker-[^/]*\.js$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
}

const STATE = '/#v=1&t=3&m=1';

test('the engine worker computes the hidden path with WebAssembly SIMD under the app’s policy', async ({ page }) => {
  await page.goto(STATE);
  // The page's policy allows compiling WebAssembly (and only that: no 'unsafe-eval').
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
  expect(policy).not.toMatch(/'unsafe-eval'/);
  expect(await kernelOfTrace(page)).toBe('wasm-simd');
});

test.describe('an engine worker script served with a policy header of its own', () => {
  test('without \'wasm-unsafe-eval\' the worker computes in JavaScript and shows the same numbers', async ({ page, context }) => {
    await page.goto(STATE);
    const want = await valuesOnScreen(page);
    expect(want.length).toBeGreaterThan(0);
    expect(want).not.toContain(null);
    expect(await kernelOfTrace(page)).toBe('wasm-simd');

    const restricted = await context.newPage();
    await serveWorkerWithPolicy(restricted, "script-src 'self'");
    await restricted.goto(STATE);
    expect(await kernelOfTrace(restricted)).toBe('js');
    expect(await valuesOnScreen(restricted, want.length)).toEqual(want);
  });

  test('with \'wasm-unsafe-eval\' in that policy the worker uses WebAssembly SIMD', async ({ page }) => {
    await serveWorkerWithPolicy(page, "script-src 'self' 'wasm-unsafe-eval'");
    await page.goto(STATE);
    expect(await kernelOfTrace(page)).toBe('wasm-simd');
  });
});
