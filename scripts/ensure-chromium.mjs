// Makes sure a Chromium exists for Playwright before the end-to-end tests; Node built-ins only.
//
// Playwright's own browser download is not available here, so the tests drive Debian's
// Chromium (/usr/bin/chromium) or the browser named by GATELAB_CHROMIUM. The same default
// path lives in playwright.config.ts: keep the two in step.
//
// Exit 0: a browser is there (silently), or was just installed with apt-get (root on Debian).
// Exit 1: none is there and we may not install one; the message says how to get one.
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** True when `path` names a file this user may execute. */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Runs a command with inherited output and no stdin; returns its exit status. */
function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status ?? 1;
}

function fail(lines) {
  console.error(lines.join('\n'));
  process.exit(1);
}

const override = process.env.GATELAB_CHROMIUM;
if (override) {
  if (isExecutable(override)) process.exit(0);
  fail([
    `GateLab: GATELAB_CHROMIUM is set to ${override}, but no executable browser is there.`,
    'Point it at a Chrome or Chromium binary, or unset it to use Debian\'s /usr/bin/chromium.',
  ]);
}

if (isExecutable(DEFAULT_CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = isExecutable('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log("GateLab: installing Debian's chromium for the end-to-end tests (apt-get install chromium)…");
  const ok = run('apt-get', ['update']) === 0 && run('apt-get', ['install', '-y', 'chromium']) === 0;
  if (ok && isExecutable(DEFAULT_CHROMIUM)) process.exit(0);
  fail(['GateLab: apt-get could not install chromium (see the output above).']);
}

fail([
  `GateLab: the end-to-end tests need Chromium at ${DEFAULT_CHROMIUM}, and there is none.`,
  'Install it with:   sudo apt-get install chromium',
  'or point the tests at another Chrome/Chromium:   GATELAB_CHROMIUM=/path/to/chrome npm run test:e2e',
]);
