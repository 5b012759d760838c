// The public test hooks of DESIGN.md: each control name finds exactly one control, even by the
// default (substring, case-insensitive) match that users' scripts use; each cell panel and each
// displayed vector carries its data attributes.
import { test, expect } from './fixtures';

const BUTTONS = ['Play', 'Step forward', 'Step back', 'Next time step', 'Previous time step', 'Reset'];

for (const hash of ['v=1', 'v=1&c=gru,lstm,rnn&o=gru:z:1', 'v=1&mode=slides&sl=2']) {
  test(`each control name finds exactly one control (#${hash})`, async ({ page }) => {
    await page.goto(`/#${hash}`);
    await expect(page.locator('[data-cell="gru"] [data-quantity="h"] [data-unit="0"]')).toHaveAttribute('data-value', /\d/);
    for (const name of BUTTONS) await expect(page.getByRole('button', { name }), name).toHaveCount(1);
    await expect(page.getByRole('slider', { name: 'Time step' })).toHaveCount(1);
    await expect(page.getByRole('status')).toHaveCount(1);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(1);
    await page.getByRole('button', { name: 'Pause' }).click();
  });
}

test('each cell panel has an accessible name; each vector has data-step and per-unit data-value', async ({ page }) => {
  await page.goto('/#v=1&c=gru,lstm,rnn&t=3');
  for (const [cell, quantities] of [['gru', 'rznh'], ['lstm', 'ifgoch'], ['rnn', 'h']] as const) {
    const panel = page.locator(`[data-cell="${cell}"]`);
    await expect(panel).toHaveCount(1);
    await expect(panel).toHaveAttribute('aria-label', /.+/);
    for (const q of quantities) {
      const vector = panel.locator(`[data-quantity="${q}"]`);
      await expect(vector).toHaveCount(1);
      await expect(vector).toHaveAttribute('data-step', '3');
      const units = vector.locator('[data-unit]');
      await expect(units).toHaveCount(4);
      const raw = await units.evaluateAll((els) => els.map((e) => [e.getAttribute('data-unit'), e.getAttribute('data-value')]));
      raw.forEach(([unit, value], k) => {
        expect(unit).toBe(String(k));
        expect(String(Number(value))).toBe(value);
      });
    }
  }
});
