// What the browser benchmarks share: `vite preview` of a build on a port, and Debian's Chromium with
// the quiet, offline flags of playwright.config.ts. May import Node built-ins and installed packages only.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';

export const PORT = Number(process.env.GATELAB_PORT || 4399);
export const DIST = process.env.GATELAB_DIST || 'dist';
export const BASE = `http://127.0.0.1:${PORT}/`;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'];

/**
 * Serves DIST on PORT and waits until it answers; kill the process when done. Refuses a port that
 * something already serves (its build would be measured in place of this one). Runs Vite's own
 * script, not `npx vite`: killing npx leaves its child serving on the port.
 */
export async function startPreview(): Promise<ChildProcess> {
  if (await fetch(BASE).then(() => true, () => false)) throw new Error(`something already serves ${BASE}; stop it or set GATELAB_PORT`);
  const vite = join('node_modules', 'vite', 'bin', 'vite.js');
  const server = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', DIST], { stdio: 'ignore' });
  for (let k = 0; k < 50; k++) {
    if (await fetch(BASE).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return server;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.GATELAB_CHROMIUM || '/usr/bin/chromium', args: ARGS });
}

/** Records the duration of every long task (> 50 ms) on the main thread from the first script on. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(`
    window.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  `);
}

/** The long tasks recorded since the last call. */
export const takeLongTasks = (page: Page): Promise<number[]> =>
  page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));

/** Resolves once the page's main thread has been idle for a while (two idle periods in a row). */
export const settle = (page: Page): Promise<unknown> =>
  page.evaluate(`new Promise((resolve) => {
    let quiet = 0;
    const wait = () => requestIdleCallback((deadline) => (deadline.timeRemaining() > 40 ? ++quiet : (quiet = 0), quiet >= 2 ? resolve(true) : wait()));
    wait();
  })`);
