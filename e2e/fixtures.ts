// Shared Playwright fixtures for e2e/: a page that fails its test on console or uncaught errors, and an axe check.
// May import @playwright/test and @axe-core/playwright only (never app/ or src/: specs see the page as a user does).
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Options a spec may set with `test.use({ ... })` (per file or per `describe`). */
export interface PageErrorOptions {
  /**
   * Errors this test expects (a refused scenario file, say). A console error or uncaught
   * page error whose text matches one of these does not fail the test; any other does.
   * Give one pattern (join several with `|`): in `test.use`, Playwright reads an array whose
   * second item is an object, a second RegExp included, as `[value, fixture options]`.
   */
  allowedPageErrors: RegExp[];
}

/** What the watcher has seen so far that no allowed pattern excuses. */
export interface PageErrorWatch {
  errors(): string[];
}

/**
 * Records every `console.error` and uncaught exception of `page`, as one readable line
 * each (with where it came from), skipping those that match `allowed`.
 */
export function watchPageErrors(page: Page, allowed: readonly RegExp[]): PageErrorWatch {
  const errors: string[] = [];
  const record = (line: string): void => {
    if (!allowed.some((pattern) => pattern.test(line))) errors.push(line);
  };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    record(`console.error: ${message.text()}${url ? ` (at ${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => record(`uncaught ${error.name}: ${error.message}`));
  return { errors: () => [...errors] };
}

/**
 * Playwright's `test`, whose `page` fails the test if the page logged an error that the
 * test did not declare in `allowedPageErrors`. Specs import `test` and `expect` from here.
 */
export const test = base.extend<PageErrorOptions>({
  allowedPageErrors: [[], { option: true }],
  page: async ({ page, allowedPageErrors }, use) => {
    const watch = watchPageErrors(page, allowedPageErrors);
    await use(page);
    expect(watch.errors(), 'the page logged errors (declare expected ones in allowedPageErrors)').toEqual([]);
  },
});

export { expect };

/** The axe rule tags we hold the app to: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What to check; `disableRules` needs a comment in the spec saying why. */
export interface A11yOptions {
  /** CSS selector(s) of the part(s) of the page to check (default: the whole page). */
  include?: string | string[];
  /** CSS selectors of parts to leave out. */
  exclude?: string[];
  /** axe rule ids to skip. */
  disableRules?: string[];
}

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

/** Elements listed per violation before the rest are counted. */
const MAX_NODES_SHOWN = 5;

/** One violation as a few readable lines: rule, impact, what it asks, which elements and why. */
export function describeViolation(violation: Violation): string {
  const nodes = violation.nodes.slice(0, MAX_NODES_SHOWN).map((node) => {
    const why = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ');
    return `    ${node.target.join(' ')}: ${why}`;
  });
  const hidden = violation.nodes.length - MAX_NODES_SHOWN;
  if (hidden > 0) nodes.push(`    … and ${hidden} more`);
  return [`${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}`, ...nodes].join('\n');
}

/**
 * Runs axe on the page as it is now and fails the test on any WCAG 2 A/AA violation,
 * listing each one readably; the full axe output is attached to the test report.
 */
export async function checkA11y(page: Page, options: A11yOptions = {}): Promise<void> {
  // axe walks every element: on a busy two-core machine that can take tens of seconds.
  test.info().setTimeout(test.info().timeout + 60_000);
  await test.step('axe finds no WCAG 2 A/AA violations', async () => {
    // Only violations fail a test: axe then lists one example node for the rules that passed instead
    // of every node, which took about 40 % of its time on the full visualizer (4,000 elements).
    // First: `options()` replaces the whole options object, tags and disabled rules included.
    let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS);
    for (const selector of [options.include ?? []].flat()) builder = builder.include(selector);
    for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
    if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
    // By default AxeBuilder runs axe.runPartial in every frame, then opens a blank page to merge the
    // results there (axe.finishRun): that is for cross-origin frames, and on a large page it takes
    // about half the time. A page without frames gets the same rules over the same elements, with
    // the same results, from one axe.run in the page (legacy mode); a page with frames keeps the default.
    if (page.frames().length === 1) builder = builder.setLegacyMode();

    const { violations } = await builder.analyze();
    if (violations.length > 0) {
      await test.info().attach('axe-violations.json', {
        body: JSON.stringify(violations, null, 2),
        contentType: 'application/json',
      });
    }
    expect(violations.map(describeViolation), `axe found accessibility violations on ${page.url()}`).toEqual([]);
  });
}
