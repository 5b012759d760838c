// The values travelling along the lit wires of a micro-step: a dot per lit wire moved and faded
// by one compositor animation, gone from a still export, and a cut under reduced motion
// (cell-diagram.spec).
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';

test('after a step, a dot travels along each lit wire from its start to its end', async ({ page }) => {
  await page.goto('/#v=1&sp=0.25');
  const gru = page.locator('[data-cell="gru"] svg.cell-diagram');
  await expect(gru).toHaveAttribute('data-active', 'r');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(gru).toHaveAttribute('data-active', 'z');
  // Every wire keeps a dot; the ones that travel now are those of the lit wires, and only those.
  const lit = await gru.locator('.wire.is-lit').evaluateAll((els) => els.map((e) => e.getAttribute('data-wire')).sort());
  const travelling = () => gru.locator('.wire-travel').evaluateAll((els) =>
    els.filter((e) => e.getAnimations().length > 0).map((e) => e.getAttribute('data-travels-on')).sort());
  expect(lit.length).toBeGreaterThan(0);
  expect(await travelling()).toEqual(lit);
  const dots = gru.locator(lit.map((id) => `.wire-travel[data-travels-on="${id}"]`).join(', '));
  // Each dot runs a transform animation: watched for a moment, it passes through many places.
  // Watched until one has been in four places (the travel takes 1.26 s at this speed; a loaded
  // machine may start the compositor's animation a few frames late), for 2 s at most.
  const seen = await dots.evaluateAll((circles) => new Promise<{ animated: boolean; places: number }[]>((resolve) => {
    const places = circles.map(() => new Set<string>());
    const start = performance.now();
    const sample = (now: number) => {
      circles.forEach((c, k) => places[k].add(getComputedStyle(c).transform));
      if (now - start < 2000 && Math.max(...places.map((p) => p.size)) <= 3) requestAnimationFrame(sample);
      else resolve(circles.map((c, k) => ({ animated: c.getAnimations().length > 0, places: places[k].size })));
    };
    requestAnimationFrame(sample);
  }));
  expect(seen.every((s) => s.animated)).toBe(true);
  expect(Math.max(...seen.map((s) => s.places))).toBeGreaterThan(3);
});

test('a still SVG export taken while dots are mid-flight leaves them out', async ({ page }) => {
  await page.goto('/#v=1&sp=0.25');
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
