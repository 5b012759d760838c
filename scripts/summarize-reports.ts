// Sums vitest's and Playwright's JSON reports into CI's last line, `N passed, N failed`; imports node:fs and zod only.
//
// Usage: tsx scripts/summarize-reports.ts <npm test exit status>
// Reads reports/unit.json (vitest) and reports/e2e.json (Playwright), prints what went wrong
// (if anything), then `N passed, N failed` as the very last line, and exits 1 unless every
// report is there, nothing failed, some test ran and npm test itself exited 0.
//
// What counts: passed = tests that passed (a Playwright test that passed on retry, "flaky",
// counts as passed and is named above the line); failed = failed tests, plus one for each test
// file that could not load, each run-level error, a missing report and a failing `npm test`
// that no report explains. Skipped and todo tests count in neither.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';

/** The part of vitest's JSON report we read (Jest-compatible format). */
const UnitReport = z.object({
  numPassedTests: z.number().int().nonnegative(),
  numFailedTests: z.number().int().nonnegative(),
  testResults: z.array(
    z.object({
      name: z.string(),
      status: z.string(),
      message: z.string().optional(),
      assertionResults: z.array(z.unknown()),
    }),
  ),
});

/** The part of Playwright's JSON report we read. */
const E2eReport = z.object({
  stats: z.object({
    expected: z.number().int().nonnegative(),
    unexpected: z.number().int().nonnegative(),
    flaky: z.number().int().nonnegative(),
  }),
  errors: z.array(z.object({ message: z.string().optional() })),
});

/** Counts so far, and one line per thing a reader should know about. */
interface Tally {
  passed: number;
  failed: number;
  notes: string[];
}

/** The report at `path` checked against `schema`, or a note saying why it cannot be read. */
function readReport<T>(path: string, schema: z.ZodType<T>): T | string {
  if (!existsSync(path)) return `${path} is missing: that part of npm test did not run to the end`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return `${path} is not JSON: ${String(error)}`;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : `${path} does not look like a test report:\n${z.prettifyError(parsed.error)}`;
}

function addUnit(tally: Tally, report: z.infer<typeof UnitReport>): void {
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  for (const file of report.testResults) {
    if (file.status === 'failed' && file.assertionResults.length === 0) {
      tally.failed += 1;
      tally.notes.push(`unit test file did not run: ${file.name}: ${file.message ?? 'no message'}`);
    }
  }
}

function addE2e(tally: Tally, report: z.infer<typeof E2eReport>): void {
  const { expected, unexpected, flaky } = report.stats;
  tally.passed += expected + flaky;
  tally.failed += unexpected + report.errors.length;
  if (flaky > 0) tally.notes.push(`${flaky} end-to-end test(s) passed only on retry (flaky): see reports/e2e.json`);
  for (const error of report.errors) {
    tally.notes.push(`end-to-end run error: ${(error.message ?? 'no message').split('\n')[0]}`);
  }
}

function main(): number {
  const npmStatus = Number(process.argv[2] ?? 'NaN');
  const tally: Tally = { passed: 0, failed: 0, notes: [] };

  const unit = readReport('reports/unit.json', UnitReport);
  if (typeof unit === 'string') {
    tally.failed += 1;
    tally.notes.push(unit);
  } else addUnit(tally, unit);

  const e2e = readReport('reports/e2e.json', E2eReport);
  if (typeof e2e === 'string') {
    tally.failed += 1;
    tally.notes.push(e2e);
  } else addE2e(tally, e2e);

  if (npmStatus !== 0) {
    tally.notes.push(`npm test exited with status ${Number.isNaN(npmStatus) ? 'unknown' : npmStatus}`);
    // A failure the reports do not show (typecheck, build) still fails the count.
    if (tally.failed === 0) tally.failed = 1;
  }
  if (tally.passed + tally.failed === 0) tally.notes.push('no tests ran');

  for (const note of tally.notes) console.log(`GateLab CI: ${note}`);
  console.log(`${tally.passed} passed, ${tally.failed} failed`);
  return npmStatus === 0 && tally.failed === 0 && tally.passed > 0 ? 0 : 1;
}

process.exitCode = main();
