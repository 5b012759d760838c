// The values travelling along the lit wires of a micro-step: a dot per lit wire moved and faded
// by one compositor animation, drawn on the wire at any size, never in a still export, and a cut
// under reduced motion (cell-diagram.spec).
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';

test('after a step, a dot travels along each lit wire, on the wire as drawn', async ({ page }) => {
  await page.goto('/#v=1&sp=0.25');
  const gru = page.locator('[data-cell="gru"] svg.cell-diagram');
  await expect(gru).toHaveAttribute('data-active', 'r');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(gru).toHaveAttribute('data-active', 'z');
  // Every wire keeps a dot; the ones that travel now are those of the lit wires, and only those.
  const lit = await gru.locator('.wire.is-lit').evaluateAll((els) => els.map((e) => e.getAttribute('data-wire')!).sort());
  const allDots = page.locator('[data-cell="gru"] .wire-travel');
  const travelling = () => allDots.evaluateAll((els) =>
    els.filter((e) => e.getAnimations().length > 0).map((e) => e.getAttribute('data-travels-on')).sort());
  expect(lit.length).toBeGreaterThan(0);
  expect(await travelling()).toEqual(lit);
  // Each dot runs one animation that carries it along its wire: held at points through its
  // travel, it is in a new place each time, and wherever it shows it is on its wire as the page
  // draws it (the wire's box, give or take the dot). Held, not watched: a loaded machine may
  // finish the travel before a watcher starts.
  const seen = await page.evaluate((ids) => ids.map((id) => {
    const cell = document.querySelector('[data-cell="gru"]')!;
    const dot = cell.querySelector<HTMLElement>(`.wire-travel[data-travels-on="${id}"]`)!;
    const wire = cell.querySelector(`[data-wire="${id}"] .wire-line`)!.getBoundingClientRect();
    const [animation] = dot.getAnimations();
    if (!animation) return { id, places: 0, offWire: [] as string[] };
    animation.pause();
    const { delay, duration } = animation.effect!.getComputedTiming();
    const places = new Set<string>();
    const offWire: string[] = [];
    for (let f = 0.15; f < 0.85; f += 0.1) {
      animation.currentTime = Number(delay) + f * Number(duration);
      const box = dot.getBoundingClientRect();
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      places.add(`${Math.round(x)},${Math.round(y)}`);
      const isOn = x >= wire.left - 8 && x <= wire.right + 8 && y >= wire.top - 8 && y <= wire.bottom + 8;
      if (!isOn) offWire.push(`${id} at ${Math.round(x)},${Math.round(y)}`);
    }
    return { id, places: places.size, offWire };
  }), lit);
  expect(seen.filter((s) => s.places < 4).map((s) => s.id)).toEqual([]);
  expect(seen.flatMap((s) => s.offWire)).toEqual([]);
});

test('the dots follow the diagram when the window is resized', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#v=1&sp=0.25');
  await expect(page.locator('[data-cell="lstm"] svg.cell-diagram')).toBeAttached();
  const dotOn = async () => {
    await page.getByRole('button', { name: 'Step forward' }).click();
    const id = (await page.locator('[data-cell="lstm"] .wire.is-lit').first().getAttribute('data-wire'))!;
    const dot = page.locator(`[data-cell="lstm"] .wire-travel[data-travels-on="${id}"]`);
    await expect.poll(() => dot.evaluate((d) => d.getAnimations().length)).toBe(1);
    // Held at the end of its travel, the dot sits at the wire's end: inside the wire's box.
    return dot.evaluate((d, wireId) => {
      const animation = d.getAnimations()[0];
      animation.pause();
      animation.currentTime = Number(animation.effect!.getComputedTiming().endTime) - 1;
      const box = d.getBoundingClientRect();
      const wire = d.closest('[data-cell]')!.querySelector(`[data-wire="${wireId}"] .wire-line`)!.getBoundingClientRect();
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      return x >= wire.left - 8 && x <= wire.right + 8 && y >= wire.top - 8 && y <= wire.bottom + 8;
    }, id);
  };
  expect(await dotOn()).toBe(true);
  await page.setViewportSize({ width: 400, height: 800 });
  await expect.poll(() => page.locator('[data-cell="lstm"] svg.cell-diagram').evaluate((s) => s.getBoundingClientRect().width)).toBeLessThan(400);
  expect(await dotOn()).toBe(true);
});

test('a still SVG export taken while dots are mid-flight leaves them out', async ({ page }) => {
  await page.goto('/#v=1&sp=0.25');
  // Stepped before the diagram is drawn, nothing would travel: the diagram starts at that step.
  await expect(page.locator('[data-cell="lstm"] svg.cell-diagram')).toBeAttached();
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect.poll(() => page.locator('[data-cell="lstm"] .wire-travel').evaluateAll((dots) => dots.some((d) => d.getAnimations().length > 0))).toBe(true);
  // Hold every dot half-way along its wire, fully visible, as a frame caught mid-flight would be.
  await page.evaluate(() => document.getAnimations().forEach((a) => {
    a.pause();
    a.currentTime = Number(a.effect?.getComputedTiming().delay ?? 0) + Number(a.effect?.getComputedTiming().duration ?? 0) / 2;
  }));
  expect(await page.locator('.wire-travel').evaluateAll((dots) => dots.some((d) => getComputedStyle(d).opacity === '1'))).toBe(true);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download SVG' }).click()]);
  const text = await readFile(await file.path(), 'utf8');
  expect(text).toContain('<circle'); // junctions are circles too: the export has them
  expect(text).not.toContain('wire-travel');
  // No dot left at the origin either: every circle the export keeps sits somewhere on the figure.
  expect(text).not.toMatch(/<circle[^>]*\br="4\.5"/);
});
