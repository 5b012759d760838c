// Dragging the "Time step" slider: the thumb follows every move, the cells and the narration
// follow at most once per frame, and they end on the step where the slider stops.
import { test, expect } from './fixtures';

test('many slider moves within one frame seek once, to the newest step', async ({ page }) => {
  await page.goto('/#v=1&len=60');
  const narration = page.getByRole('status').filter({ hasText: 'Time step' });
  await expect(narration).toContainText('Time step 1 of 60');
  const result = await page.getByRole('slider', { name: 'Time step' }).evaluate((input: HTMLInputElement) => new Promise<{ changes: number; shown: string; scrubbing: boolean }>((resolve) => {
    const status = document.querySelector('.narration')!;
    let changes = 0;
    let scrubbing = false;
    new MutationObserver(() => { scrubbing ||= document.querySelector('.app')!.hasAttribute('data-scrubbing'); })
      .observe(document.querySelector('.app')!, { attributes: true, attributeFilter: ['data-scrubbing'] });
    new MutationObserver(() => changes++).observe(status, { subtree: true, childList: true, characterData: true });
    // Twenty moves, each in its own task as a fast drag delivers them, queued all at once.
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const channel = new MessageChannel();
    let v = 1;
    channel.port1.onmessage = () => {
      setValue.call(input, String(++v));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      if (v === 21) {
        const shown = input.value;
        requestAnimationFrame(() => requestAnimationFrame(() => resolve({ changes, shown, scrubbing })));
      }
    };
    for (let k = 0; k < 20; k++) channel.port2.postMessage(k);
  }));
  expect(result.shown).toBe('21'); // the thumb is where the pointer is, at once
  expect(result.scrubbing).toBe(true); // off-screen panels rest while the slider moves
  expect(result.changes).toBeLessThanOrEqual(4); // a seek per frame, not one per move (20)
  await expect(narration).toContainText('Time step 21 of 60');
  // The slider came to rest: the page says so, and every panel renders again.
  await expect(page.locator('.app')).not.toHaveAttribute('data-scrubbing');
  await expect(page.getByRole('slider', { name: 'Time step' })).toHaveAttribute('aria-valuetext', 'step 21 of 60');
  await expect(page.locator('[data-cell="gru"] [data-quantity="h"]')).toHaveAttribute('data-step', '21');
});
