// Playwright runs e2e/ against the production build served by `vite preview`, in Debian's Chromium.
import { defineConfig, devices } from '@playwright/test';

/** The browser binary: GATELAB_CHROMIUM, else Debian's (scripts/ensure-chromium.mjs installs it). */
const chromiumPath = process.env.GATELAB_CHROMIUM || '/usr/bin/chromium';

/**
 * Where `vite preview` serves the build. GATELAB_PORT and GATELAB_DIST let several checkouts or
 * engineers test their own build side by side; the defaults are `npm run preview`'s.
 */
const port = Number(process.env.GATELAB_PORT || 4173);
const dist = process.env.GATELAB_DIST || 'dist';
const baseURL = `http://127.0.0.1:${port}`;

/**
 * Flags for a quiet, offline, headless Chromium. Playwright's own browser download is not
 * used. Every host name except the local server resolves to nothing, so a page that reaches
 * for the network (a web font, a CDN script) fails loudly instead of passing on a good day.
 */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.GATELAB_RESULTS || 'test-results',
  fullyParallel: true,
  forbidOnly: isCI,
  // One retry in CI; a test that needs it is reported as flaky in reports/e2e.json.
  retries: isCI ? 1 : 0,
  // Two cores: more workers only make each Chromium slower.
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL,
    // Recording a trace of every test (to keep the failing ones) slows the whole run; record retries only.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        headless: true,
        launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: baseURL,
    reuseExistingServer: !isCI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
