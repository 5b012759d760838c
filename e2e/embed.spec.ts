// Embed mode and protocol v1 (docs/embed.md): a host page on another origin drives the iframe
// with postMessage; bad messages, foreign windows and foreign origins change nothing; the frame
// never steals keys, Esc gives them back, and playback pauses out of view.
import type { Frame, Page } from '@playwright/test';
import { test as base, expect, checkA11y } from './fixtures';
import { startHostServer, type HostServer } from './hostServer';

type Message = Record<string, unknown>;
type State = Record<string, number | string | boolean>;

declare global {
  interface Window {
    gatelab: { events: { origin: string; data: Message }[]; keys: string[] };
    send(message: unknown, targetOrigin?: string): void;
    embedTestDelivered?: string[];
  }
}

const test = base.extend<object, { host: HostServer }>({
  host: [
    async ({}, use) => {
      const host = await startHostServer();
      await use(host);
      await host.close();
    },
    { scope: 'worker' },
  ],
});

interface OpenOptions {
  hash?: string;
  /** `origin=` values of the embed URL; default: the host's origin. */
  origins?: string[];
  width?: string;
  /** The iframe's sandbox attribute, if any. */
  sandbox?: string;
}

/** Opens the host page (other origin) embedding `${baseURL}/?embed…`; returns the GateLab frame. */
async function openHost(page: Page, host: HostServer, appBase: string, options: OpenOptions = {}): Promise<Frame> {
  const { hash = 'v=1', origins = [host.origin], width = '400px', sandbox } = options;
  const frameUrl = `${appBase}/?embed${origins.map((o) => `&origin=${encodeURIComponent(o)}`).join('')}#${hash}`;
  const sandboxParam = sandbox === undefined ? '' : `&sandbox=${encodeURIComponent(sandbox)}`;
  await page.goto(`${host.origin}/host?frame=${encodeURIComponent(frameUrl)}&width=${encodeURIComponent(width)}${sandboxParam}`);
  const frame = page.frame({ name: 'gatelab' });
  if (!frame) throw new Error('the host page has no GateLab frame');
  return frame;
}

const events = (page: Page) => page.evaluate(() => window.gatelab.events.map((e) => e.data));
const eventsOf = async (page: Page, name: string) => (await events(page)).filter((e) => e.event === name);

async function waitForEvent(page: Page, name: string): Promise<Message> {
  const handle = await page.waitForFunction((event) => window.gatelab.events.find((e) => e.data.event === event)?.data, name);
  return (await handle.jsonValue()) as Message;
}

/** The newest state the host has heard (from `ready` or `state`). */
async function lastState(page: Page): Promise<State | undefined> {
  const heard = (await events(page)).filter((e) => e.event === 'ready' || e.event === 'state');
  return heard.at(-1)?.state as State | undefined;
}

let nextId = 1;
/** Posts a command from the parent with a fresh id and waits for its reply. */
async function command(page: Page, message: Message): Promise<Message> {
  const id = `t${nextId++}`;
  await page.evaluate((m) => window.send(m), { gatelab: 1, id, ...message });
  const handle = await page.waitForFunction((want) => window.gatelab.events.find((e) => e.data.event === 'reply' && e.data.id === want)?.data, id);
  return (await handle.jsonValue()) as Message;
}

const getState = async (page: Page) => (await command(page, { cmd: 'get' })).result as State;

/** Records inside the frame the ids of messages it has received (after the embed's own listener). */
async function recordDeliveries(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    window.embedTestDelivered = [];
    window.addEventListener('message', (event) => {
      const data: unknown = event.data;
      if (typeof data === 'object' && data !== null && 'id' in data && typeof data.id === 'string') window.embedTestDelivered?.push(data.id);
    });
  });
}

const delivered = (frame: Frame, id: string) => frame.waitForFunction((want) => window.embedTestDelivered?.includes(want), id);
const narration = (frame: Frame) => frame.getByRole('status');
const appOrigin = (baseURL: string | undefined) => new URL(baseURL ?? '').origin;

test.describe('a host page on another origin', () => {
  test('ready arrives once the first trace is drawn, with the version and the whole state', async ({ page, host, baseURL }) => {
    const frame = await openHost(page, host, appOrigin(baseURL), { hash: 'v=1&hs=6&t=3' });
    const ready = await waitForEvent(page, 'ready');
    expect(ready).toMatchObject({ gatelab: 1, event: 'ready', version: 1 });
    expect(ready.state).toEqual({
      v: 1, c: 'gru,lstm', is: 1, hs: 6, len: 12, s: 7, r: 'a', fb: 0, x: 'sine', o: '', par: 0,
      th: 'light', p: '', n: 'pytorch', tl: '', u: 0, sp: 1, t: 3, m: 0, playing: false,
    });
    await expect(frame.locator('[data-cell="gru"] [data-quantity="h"] [data-unit]')).toHaveCount(6);
    const all = await page.evaluate(() => window.gatelab.events);
    expect(new Set(all.map((e) => e.origin))).toEqual(new Set([appOrigin(baseURL)]));
    expect(await eventsOf(page, 'ready')).toHaveLength(1);
  });

  test('the sandbox docs/embed.md advises (allow-scripts allow-same-origin) is enough', async ({ page, host, baseURL }) => {
    const frame = await openHost(page, host, appOrigin(baseURL), { sandbox: 'allow-scripts allow-same-origin' });
    await waitForEvent(page, 'ready');
    expect(await command(page, { cmd: 'seek', t: 4 })).toMatchObject({ ok: true, result: { t: 4 } });
    await expect(narration(frame)).toContainText('Time step 4 of 12');
  });

  test('embed mode is chromeless: no page header, only the cells, transparent margins', async ({ page, host, baseURL }) => {
    const frame = await openHost(page, host, appOrigin(baseURL));
    await waitForEvent(page, 'ready');
    await expect(frame.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    await expect(frame.locator('header')).toHaveCount(0);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(frame.locator('.panels > *')).toHaveCount(0);
    expect(await frame.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
  });

  test('play and pause are answered and change the state', async ({ page, host, baseURL }) => {
    await openHost(page, host, appOrigin(baseURL), { hash: 'v=1&sp=4' });
    await waitForEvent(page, 'ready');
    const played = await command(page, { cmd: 'play' });
    expect(played).toMatchObject({ event: 'reply', ok: true, result: { playing: true } });
    // The cursor moves on while playing (a micro-step every 175 ms): any step past the first will do,
    // since a poll may come after m = 1 has passed.
    await expect.poll(async () => {
      const state = await lastState(page);
      return state !== undefined && state.playing === true && (Number(state.t) > 1 || Number(state.m) > 0);
    }).toBe(true);
    const paused = await command(page, { cmd: 'pause' });
    expect(paused).toMatchObject({ ok: true, result: { playing: false } });
    await expect.poll(() => lastState(page)).toMatchObject({ playing: false });
    const frozen = await getState(page);
    await page.waitForTimeout(500); // longer than two 4× playback intervals (175 ms): a pause must hold
    expect(await getState(page)).toEqual(frozen);
  });

  test('step, back and seek move the cursor, and state events follow it', async ({ page, host, baseURL }) => {
    const frame = await openHost(page, host, appOrigin(baseURL));
    await waitForEvent(page, 'ready');
    expect(await command(page, { cmd: 'step' })).toMatchObject({ ok: true, result: { t: 1, m: 1 } });
    await expect.poll(() => lastState(page)).toMatchObject({ t: 1, m: 1 });
    expect(await command(page, { cmd: 'step', unit: 'time' })).toMatchObject({ ok: true, result: { t: 2, m: 0 } });
    await expect.poll(() => lastState(page)).toMatchObject({ t: 2, m: 0 });
    expect(await command(page, { cmd: 'back', unit: 'micro' })).toMatchObject({ ok: true, result: { t: 1, m: 5 } });
    await expect.poll(() => lastState(page)).toMatchObject({ t: 1, m: 5 });
    expect(await command(page, { cmd: 'seek', t: 7, micro: 3 })).toMatchObject({ ok: true, result: { t: 7, m: 3 } });
    await expect.poll(() => lastState(page)).toMatchObject({ t: 7, m: 3 });
    await expect(narration(frame)).toContainText('Time step 7 of 12');
    await expect(frame.locator('[data-cell="lstm"] [data-quantity="c"]')).toHaveAttribute('data-step', '7');
    expect(await command(page, { cmd: 'back', unit: 'time' })).toMatchObject({ ok: true, result: { t: 6, m: 0 } });
    await expect.poll(() => lastState(page)).toMatchObject({ t: 6, m: 0 });
    // The learner's own keys move the cursor too, and the host hears it.
    await frame.getByRole('button', { name: 'Step forward' }).click();
    await expect.poll(() => lastState(page)).toMatchObject({ t: 6, m: 1 });
  });

  test('set changes only the keys it names and the frame shows them; get returns the state', async ({ page, host, baseURL }) => {
    const frame = await openHost(page, host, appOrigin(baseURL), { hash: 'v=1&t=4' });
    await waitForEvent(page, 'ready');
    const reply = await command(page, { cmd: 'set', state: { hs: 8, th: 'dark' } });
    expect(reply).toMatchObject({ ok: true, result: { hs: 8, th: 'dark', t: 4, c: 'gru,lstm' } });
    await expect(frame.locator('[data-cell="gru"] [data-quantity="h"] [data-unit]')).toHaveCount(8);
    await expect(frame.locator('.app')).toHaveAttribute('data-theme', 'dark');
    await expect.poll(() => lastState(page)).toMatchObject({ hs: 8, th: 'dark' });
    expect(await command(page, { cmd: 'set', state: { c: 'gru' } })).toMatchObject({ ok: true, result: { c: 'gru', hs: 8, th: 'dark' } });
    await expect(frame.locator('[data-cell="lstm"]')).toHaveCount(0);
    const got = await getState(page);
    expect(got).toMatchObject({ c: 'gru', hs: 8, th: 'dark', t: 4, m: 0, playing: false });
    expect(await getState(page)).toEqual(got);
  });

  test('resize reports the content height and follows it as the content grows', async ({ page, host, baseURL }) => {
    const frame = await openHost(page, host, appOrigin(baseURL));
    await waitForEvent(page, 'ready');
    const rootHeight = () => frame.evaluate(() => Math.ceil(document.getElementById('root')?.getBoundingClientRect().height ?? 0));
    const lastHeight = async () => (await eventsOf(page, 'resize')).at(-1)?.height;
    const reportsHeight = async () => (await lastHeight()) === (await rootHeight());
    await expect.poll(reportsHeight).toBe(true);
    const before = await rootHeight();
    await command(page, { cmd: 'set', state: { c: 'gru,lstm,rnn' } });
    await expect(frame.locator('[data-cell="rnn"] [data-quantity="h"] [data-unit]')).toHaveCount(4);
    await expect.poll(lastHeight).toBeGreaterThan(before);
    await expect.poll(reportsHeight).toBe(true);
    const three = await rootHeight();
    await command(page, { cmd: 'set', state: { hs: 64 } });
    await expect(frame.locator('[data-cell="gru"] [data-quantity="h"] [data-unit]')).toHaveCount(64);
    await expect.poll(lastHeight).toBeGreaterThan(three);
    await expect.poll(reportsHeight).toBe(true);
    // The host sized its iframe from the event: no inner scrollbar.
    const frameHeight = () => page.locator('#gatelab').evaluate((el) => Math.round(el.getBoundingClientRect().height));
    await expect.poll(async () => (await frameHeight()) === (await rootHeight())).toBe(true);
  });

  const invalid: [string, Message, RegExp][] = [
    ['an unknown command', { cmd: 'explode' }, /^cmd: unknown command "explode"/],
    ['a number where a step is expected', { cmd: 'seek', t: '3' }, /^seek: t: expected number/],
    ['a step out of range', { cmd: 'seek', t: 9999 }, /^seek: t=9999 is out of range 1\.\.12$/],
    ['an unknown unit', { cmd: 'step', unit: 'year' }, /^step: unit: must be one of "micro", "time"/],
    ['a bad setting', { cmd: 'set', state: { hs: 99, th: 'dark' } }, /^state: hs=99: must be a whole number from 1 to 64$/],
    ['an unknown state key', { cmd: 'set', state: { speed: 2 } }, /^state\.speed: unknown key/],
    ['a 1 MB payload', { cmd: 'set', state: { x: `c:${'1,'.repeat(512 * 1024)}` } }, /^message: \d+ characters of JSON is over the limit of 65536$/],
  ];
  for (const [what, message, error] of invalid) {
    test(`${what} is refused with an error naming the problem and changes nothing`, async ({ page, host, baseURL }) => {
      await openHost(page, host, appOrigin(baseURL), { hash: 'v=1&t=2&m=1' });
      await waitForEvent(page, 'ready');
      const before = await getState(page);
      const statesBefore = (await eventsOf(page, 'state')).length;
      const reply = await command(page, message);
      expect(reply).toMatchObject({ event: 'reply', ok: false });
      expect(reply.error).toMatch(error);
      expect(reply).not.toHaveProperty('result');
      expect(await getState(page)).toEqual(before);
      expect(await eventsOf(page, 'state')).toHaveLength(statesBefore);
    });
  }

  test('messages from a window that is not the parent are ignored', async ({ page, host, baseURL }) => {
    const frame = await openHost(page, host, appOrigin(baseURL));
    await waitForEvent(page, 'ready');
    await recordDeliveries(frame);
    const before = await getState(page);
    // A sibling iframe of the host page posts into the GateLab frame.
    const sibling = page.frame({ name: 'sibling' });
    if (!sibling) throw new Error('no sibling frame');
    await sibling.evaluate(() => {
      const target = window.parent.document.getElementById('gatelab') as HTMLIFrameElement;
      target.contentWindow?.postMessage({ gatelab: 1, id: 'from-sibling', cmd: 'seek', t: 5 }, '*');
    });
    await delivered(frame, 'from-sibling');
    // A popup the host opened posts into it too.
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.evaluate(() => void window.open('/blank'))]);
    await popup.waitForLoadState();
    await popup.evaluate(() => {
      const target = window.opener.document.getElementById('gatelab') as HTMLIFrameElement;
      target.contentWindow?.postMessage({ gatelab: 1, id: 'from-popup', cmd: 'play' }, '*');
    });
    await delivered(frame, 'from-popup');
    await popup.close();
    expect(await getState(page)).toEqual(before);
    const replies = (await eventsOf(page, 'reply')).map((r) => r.id);
    expect(replies).not.toContain('from-sibling');
    expect(replies).not.toContain('from-popup');
  });

  test('a parent whose origin is not listed in origin= is ignored entirely', async ({ page, host, baseURL }) => {
    const frame = await openHost(page, host, appOrigin(baseURL), { origins: ['https://course.example.org'] });
    await expect(frame.locator('[data-cell="gru"] [data-quantity="r"] [data-unit="0"]')).toHaveAttribute('data-value', /\d/);
    await recordDeliveries(frame);
    await page.evaluate(() => window.send({ gatelab: 1, id: 'foreign', cmd: 'seek', t: 5 }));
    await delivered(frame, 'foreign');
    // Let a change, had there been one, reach the screen and the hash (two frames).
    await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expect(narration(frame)).toContainText('Time step 1 of 12');
    expect(await frame.evaluate(() => location.hash)).not.toContain('t=5');
    expect(await events(page)).toEqual([]);
  });

  test('keys stay with the host until the frame has focus, and Esc gives them back', async ({ page, host, baseURL }) => {
    const frame = await openHost(page, host, appOrigin(baseURL));
    await page.locator('#host-button').focus();
    await waitForEvent(page, 'ready');
    // The frame did not take focus by itself.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('host-button');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => window.gatelab.keys)).toEqual(['ArrowRight']);
    expect(await getState(page)).toMatchObject({ t: 1, m: 0 });
    // Focus inside the frame: its keys drive the app, and the host hears none of them.
    await frame.getByRole('button', { name: 'Reset', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => lastState(page)).toMatchObject({ t: 1, m: 1 });
    expect(await page.evaluate(() => window.gatelab.keys)).toEqual(['ArrowRight']);
    // Esc lets go: the next arrow key reaches the host and leaves the frame where it was.
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.evaluate(() => window.gatelab.keys)).toEqual(['ArrowRight', 'ArrowLeft']);
    expect(await getState(page)).toMatchObject({ t: 1, m: 1 });
  });

  test('playback pauses when the frame is scrolled out of view and resumes when it is back', async ({ page, host, baseURL }) => {
    await openHost(page, host, appOrigin(baseURL), { hash: 'v=1&sp=4&len=200' });
    await waitForEvent(page, 'ready');
    await command(page, { cmd: 'play' });
    await expect.poll(() => lastState(page)).toMatchObject({ playing: true });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(() => lastState(page)).toMatchObject({ playing: false });
    const paused = await lastState(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => lastState(page)).toMatchObject({ playing: true });
    await command(page, { cmd: 'pause' });
    expect(paused).toBeDefined();
  });
});

test.describe('the embed page on its own', () => {
  test('axe finds nothing on /?embed in the light, dark and projector themes', async ({ page }) => {
    test.slow(); // three axe runs over the whole page
    for (const theme of ['light', 'dark', 'projector']) {
      // After the first load only the hash changes: the app applies it without reloading.
      await page.goto(`/?embed#v=1&th=${theme}`);
      await expect(page.locator('.app')).toHaveAttribute('data-theme', theme);
      await expect(page.locator('[data-cell="gru"] [data-quantity="r"] [data-unit="0"]')).toHaveAttribute('data-value', /\d/);
      await expect(page.locator('.app')).toHaveAttribute('data-embed', '');
      await checkA11y(page);
    }
  });

  test('unframed, the embed ignores messages and still works by its own controls', async ({ page }) => {
    await page.goto('/?embed#v=1');
    await expect(page.locator('[data-cell="gru"] [data-quantity="r"] [data-unit="0"]')).toHaveAttribute('data-value', /\d/);
    await page.evaluate(() => window.postMessage({ gatelab: 1, id: 'self', cmd: 'seek', t: 5 }, '*'));
    await page.getByRole('button', { name: 'Next time step' }).click();
    await expect(page.getByRole('status')).toContainText('Time step 2 of 12');
  });
});

test.describe('the embed demo page', () => {
  test('drives the embed with its buttons, logs every event as text and sizes the iframe', async ({ page }) => {
    test.slow(); // many round trips and two full-page screenshots on a two-core machine
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/embed-demo.html');
    const log = page.getByRole('log', { name: 'Messages between this page and the embed' });
    await expect(log).toContainText('"event":"ready"');
    const readout = page.locator('#readout');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(readout).toContainText('t = 1, micro-step 1');
    await page.getByRole('spinbutton', { name: 'Time step' }).fill('5');
    await page.getByRole('button', { name: 'Seek' }).click();
    await expect(readout).toContainText('t = 5, micro-step 0');
    await page.getByRole('combobox', { name: 'Hidden size' }).selectOption('8');
    await page.getByRole('button', { name: 'Set', exact: true }).click();
    const frame = page.frameLocator('#gatelab');
    await expect(frame.locator('[data-cell="gru"] [data-quantity="h"] [data-unit]')).toHaveCount(8);
    await page.getByRole('button', { name: 'Send an invalid command' }).click();
    await expect(log.locator('li.error')).toContainText('"ok":false');
    await expect(log.locator('li.error')).toContainText('unknown command');
    const frameHeight = () => page.locator('#gatelab').evaluate((el) => el.getBoundingClientRect().height);
    const contentHeight = () => frame.locator('#root').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    // The demo sizes its iframe (border-box, 1 px border) from `resize`: no inner scrollbar.
    const gap = async () => (await frameHeight()) - (await contentHeight());
    await expect.poll(gap).toBe(2);
    await page.screenshot({ path: test.info().outputPath('embed-demo-full.png'), fullPage: true });
    await page.getByRole('radio', { name: '400 px' }).check();
    await expect.poll(() => page.locator('#gatelab').evaluate((el) => el.getBoundingClientRect().width)).toBe(400);
    await expect.poll(gap).toBe(2);
    await page.screenshot({ path: test.info().outputPath('embed-demo-400.png'), fullPage: true });
    await checkA11y(page);
  });
});
