// The timeline: heatmaps over time for every shown cell; click, drag and the arrow keys seek; the marker
// follows the cursor. Screenshots of the three sizes go to the test's output. Axe on the timeline, at
// rest and with a map focused, in every theme: themes-axe.spec.ts.
import { test, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const narration = (page: Page) => page.getByRole('status');
const timeSlider = (page: Page) => page.getByRole('slider', { name: 'Time step', exact: true });
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const map = (page: Page, title: string) => page.getByRole('slider', { name: `Timeline: ${title}`, exact: true });

type Box = { x: number; y: number; width: number; height: number };

/** A map scrolled into view, and where it is on the page. */
async function boxOf(locator: Locator): Promise<Box> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('the map is not on screen');
  return box;
}

/** The page point in the middle of step k's column on a map of `steps` columns. */
function stepPoint(box: Box, k: number, steps: number): { x: number; y: number } {
  return { x: box.x + ((k - 0.5) / steps) * box.width, y: box.y + box.height / 2 };
}

test('the timeline draws the input and every quantity of each shown cell', async ({ page }) => {
  await page.goto('/#v=1&c=gru,lstm,rnn');
  const titles = [
    'Input · x input',
    'GRU · r reset gate', 'GRU · z update gate', 'GRU · n candidate', 'GRU · h hidden state',
    'LSTM · f forget gate', 'LSTM · i input gate', 'LSTM · g candidate', 'LSTM · c cell state',
    'LSTM · o output gate', 'LSTM · h hidden state', 'tanh RNN · h hidden state',
  ];
  for (const title of titles) await expect(map(page, title)).toBeVisible();
  await expect(timeline(page).getByRole('slider')).toHaveCount(titles.length);
  // Each map is painted: its canvas holds opaque pixels (the heatmap), not a blank frame.
  const painted = await timeline(page).locator('canvas').evaluateAll((canvases) =>
    canvases.map((c) => {
      const canvas = c as HTMLCanvasElement;
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      let opaque = 0;
      for (let p = 3; p < data.length; p += 4) if (data[p] === 255) opaque++;
      return opaque / (data.length / 4);
    }));
  expect(painted).toHaveLength(titles.length);
  for (const share of painted) expect(share).toBeGreaterThan(0.5);
});

test('unticking a letter hides its map and "States only" keeps the input and the states', async ({ page }) => {
  await page.goto('/#v=1');
  await expect(map(page, 'GRU · z update gate')).toBeVisible();
  await page.getByRole('checkbox', { name: 'GRU z update gate' }).uncheck();
  await expect(map(page, 'GRU · z update gate')).toHaveCount(0);
  await page.getByRole('button', { name: 'States only' }).click();
  await expect(timeline(page).getByRole('slider')).toHaveCount(4); // x, GRU h, LSTM c, LSTM h
  await expect(map(page, 'LSTM · c cell state')).toBeVisible();
  await page.getByRole('button', { name: 'All maps' }).click();
  await expect(timeline(page).getByRole('slider')).toHaveCount(11);
});

test('clicking a step on a map seeks there', async ({ page }) => {
  await page.goto('/#v=1');
  const h = map(page, 'LSTM · h hidden state');
  await expect(h).toBeVisible();
  const at = stepPoint(await boxOf(h), 7, 12);
  await page.mouse.click(at.x, at.y);
  await expect(timeSlider(page)).toHaveValue('7');
  await expect(narration(page)).toContainText('Time step 7 of 12');
  await expect(h).toHaveAttribute('aria-valuenow', '7');
});

test('dragging across a map moves through the steps as the pointer goes', async ({ page }) => {
  test.setTimeout(60_000); // nine checked pointer moves, each re-rendering the whole page
  await page.goto('/#v=1');
  const z = map(page, 'GRU · z update gate');
  await expect(z).toBeVisible();
  const box = await boxOf(z);
  const start = stepPoint(box, 2, 12);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await expect(timeSlider(page)).toHaveValue('2');
  for (let k = 3; k <= 10; k++) {
    const at = stepPoint(box, k, 12);
    await page.mouse.move(at.x, at.y + 40); // off the map vertically: the captured pointer still seeks
    await expect(timeSlider(page)).toHaveValue(String(k));
  }
  await page.mouse.up();
  const back = stepPoint(box, 1, 12);
  await page.mouse.move(back.x, back.y); // hovering after the drag does not seek
  await expect(narration(page)).toContainText('Time step 10 of 12');
  await expect(timeSlider(page)).toHaveValue('10');
});

test('the keyboard reaches every step and unit: → moves the step, ↓ the unit and on to the next map', async ({ page }) => {
  await page.goto('/#v=1');
  const h = map(page, 'GRU · h hidden state');
  await h.focus();
  for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
  await expect(timeSlider(page)).toHaveValue('4');
  await expect(narration(page)).toContainText('Time step 4 of 12');
  // The app-level arrow keys (micro-steps) did not fire as well: still the first micro-step.
  await expect(narration(page)).toContainText('GRU (1 of 4)');
  await expect(h).toHaveAttribute('aria-valuetext', /^step 4 of 12, unit 0, h = -?\d/);
  await page.keyboard.press('ArrowDown');
  await expect(h).toHaveAttribute('aria-valuetext', /^step 4 of 12, unit 1, h = /);
  // The value named is the one the cell panel shows for that unit.
  const shown = await page.locator('[data-cell="gru"] [data-quantity="h"] [data-unit="1"]').getAttribute('data-value');
  await expect(h).toHaveAttribute('aria-valuetext', `step 4 of 12, unit 1, h = ${shown}`);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown'); // past unit 3: on to the LSTM's first map
  const f = map(page, 'LSTM · f forget gate');
  await expect(f).toBeFocused();
  await expect(f).toHaveAttribute('aria-valuetext', /^step 4 of 12, unit 0, f = /);
  await page.keyboard.press('End');
  await expect(timeSlider(page)).toHaveValue('12');
  await page.keyboard.press('Home');
  await expect(timeSlider(page)).toHaveValue('1');
  // One tab stop: Tab leaves the timeline instead of walking through every map.
  await page.keyboard.press('Tab');
  await expect(page.locator('.timeline :focus')).toHaveCount(0);
});

test('the marker follows Step forward and Next time step', async ({ page }) => {
  await page.goto('/#v=1');
  const n = map(page, 'GRU · n candidate');
  const marker = n.locator('.tl-marker');
  await expect(marker).toBeVisible();
  const box = await n.boundingBox();
  const x0 = (await marker.boundingBox())?.x ?? 0;
  await page.getByRole('button', { name: 'Next time step' }).click();
  await expect(n).toHaveAttribute('aria-valuenow', '2');
  const x1 = (await marker.boundingBox())?.x ?? 0;
  expect(x1 - x0).toBeCloseTo((box?.width ?? 0) / 12, 0);
  for (let k = 0; k < 6; k++) await page.getByRole('button', { name: 'Step forward' }).click(); // six micro-steps
  await expect(n).toHaveAttribute('aria-valuenow', '3');
  const x2 = (await marker.boundingBox())?.x ?? 0;
  expect(x2 - x1).toBeCloseTo((box?.width ?? 0) / 12, 0);
});

test('moving the cursor moves only the marker: playback and dragging never repaint a heatmap', async ({ page }) => {
  test.setTimeout(90_000); // playback and a drag on a loaded two-core machine
  // Count canvas paints (each heatmap is one putImageData) from the first script on.
  await page.addInitScript(() => {
    const counter = window as unknown as { heatmapPaints: number };
    counter.heatmapPaints = 0;
    const put = CanvasRenderingContext2D.prototype.putImageData;
    CanvasRenderingContext2D.prototype.putImageData = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
      counter.heatmapPaints++;
      Reflect.apply(put, this, args);
    } as typeof put;
  });
  const paints = () => page.evaluate(() => (window as unknown as { heatmapPaints: number }).heatmapPaints);
  await page.goto('/#v=1&hs=16&len=100&sp=4&p=timeline');
  const z = map(page, 'GRU · z update gate');
  await expect(z).toBeVisible();
  await expect.poll(paints).toBeGreaterThanOrEqual(11); // one per map: x, 4 GRU, 6 LSTM
  const painted = await paints();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(narration(page)).toContainText('Time step 2 of 100', { timeout: 10_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const box = await boxOf(z);
  const from = stepPoint(box, 10, 100);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let k = 11; k <= 60; k += 7) {
    const at = stepPoint(box, k, 100);
    await page.mouse.move(at.x, at.y);
  }
  await page.mouse.up();
  await expect(timeSlider(page)).toHaveValue('60');
  expect(await paints()).toBe(painted);
  // A new trace does repaint (so the counter counts what it should).
  await page.goto('/#v=1&hs=8&len=100&p=timeline');
  await expect.poll(paints).toBeGreaterThan(0);
});

const SIZES = [
  { name: '1280x800', width: 1280, height: 800, hash: '#v=1&t=5' },
  { name: '400x800', width: 400, height: 800, hash: '#v=1&t=5' },
  { name: 'projector-1920x1080', width: 1920, height: 1080, hash: '#v=1&t=5&th=projector&hs=16&len=40' },
];
for (const size of SIZES) {
  test(`the timeline fits and reads at ${size.name}`, async ({ page }, info) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(`/${size.hash}`);
    const h = map(page, 'GRU · h hidden state');
    await expect(h).toBeVisible();
    const panel = await timeline(page).boundingBox();
    expect(panel?.width ?? 0).toBeLessThanOrEqual(size.width);
    const plot = await h.boundingBox();
    expect(plot?.width ?? 0).toBeGreaterThan(size.width * 0.5); // the maps take most of the width
    await timeline(page).screenshot({ path: info.outputPath(`timeline-${size.name}.png`) });
  });
}
