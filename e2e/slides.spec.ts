// Slides mode: the clicker walks the whole lesson (a screenshot per slide at 1920×1080), the slide
// survives a reload, N toggles the speaker notes, slide 2's checkpoint is checked on the numbers,
// leaving keeps the live state, and axe finds nothing in slides mode.
import { test, expect, checkA11y } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ viewport: { width: 1920, height: 1080 } });

const progress = (page: Page) => page.getByRole('progressbar', { name: 'Lesson progress' });
const title = (page: Page) => page.getByRole('heading', { level: 1 });
const slider = (page: Page) => page.getByRole('slider', { name: 'Time step' });

/** Opens a lesson link and waits until the slide and its live cells are on screen. */
async function openSlide(page: Page, hash: string, slide: number): Promise<void> {
  await page.goto(`/#${hash}`);
  await expect(progress(page)).toHaveAttribute('aria-valuenow', String(slide));
  await expect(title(page)).toBeVisible();
  await expect(page.locator('[data-cell] [data-quantity="h"] [data-unit="0"]').first()).toHaveAttribute('data-value', /\d/);
}

test('the keyboard walks through every slide, and each shows its title, its text and the live cells', async ({ page }) => {
  test.setTimeout(240_000);
  await openSlide(page, 'mode=slides&sl=1', 1);
  const titles: string[] = [];
  for (let n = 1; n <= 12; n++) {
    await expect(progress(page)).toHaveAttribute('aria-valuenow', String(n));
    await expect(page).toHaveURL(new RegExp(`[#&]sl=${n}(&|$)`));
    await expect(title(page)).toBeVisible();
    const name = (await title(page).textContent()) ?? '';
    expect(name.length).toBeGreaterThan(5);
    titles.push(name);
    await expect(page.locator('.slide-body p').first()).toBeVisible();
    await expect(page.locator('[data-cell]').first()).toBeVisible();
    await expect(page.getByText('Computing…')).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath(`slide-${String(n).padStart(2, '0')}.png`) });
    if (n === 12) break;
    // PageDown walks the slide's micro-steps first, then moves to the next slide.
    for (let press = 0; press < 40; press++) {
      await page.keyboard.press('PageDown');
      if ((await progress(page).getAttribute('aria-valuenow')) !== String(n)) break;
    }
  }
  expect(new Set(titles).size).toBe(12);
  // At the last slide the clicker stays put.
  await page.keyboard.press('PageDown');
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '12');
});

test('PageDown steps micro-step by micro-step before the slide changes, and PageUp comes back the same way', async ({ page }) => {
  await openSlide(page, 'mode=slides&sl=2', 2);
  const narration = page.getByRole('status');
  await expect(narration).toContainText('Time step 2 of 12. GRU (1 of 4)');
  await page.keyboard.press('PageDown');
  await expect(narration).toContainText('GRU (2 of 4)');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(narration).toContainText('GRU (4 of 4)');
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '2');
  await page.keyboard.press('PageDown');
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '3');
  await page.keyboard.press('PageUp');
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '2');
  await expect(narration).toContainText('GRU (4 of 4)');
  await page.keyboard.press('ArrowLeft');
  await expect(narration).toContainText('GRU (3 of 4)');
  await page.keyboard.press('End');
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '12');
  await page.keyboard.press('Home');
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '1');
});

test('the slide number and the cursor survive a reload', async ({ page }) => {
  await openSlide(page, 'mode=slides&sl=3', 3);
  await expect(slider(page)).toHaveValue('3');
  for (let k = 0; k < 7; k++) await page.keyboard.press('PageDown'); // six micro-steps of step 3, then step 20
  await expect(slider(page)).toHaveValue('20');
  await expect(page).toHaveURL(/[#&]t=20(&|$)/);
  const before = await title(page).textContent();
  await page.reload();
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '3');
  await expect(title(page)).toHaveText(before ?? '');
  await expect(slider(page)).toHaveValue('20');
  await expect(page.getByRole('status')).toContainText('Time step 20 of 24');
});

test('N toggles the speaker notes, and the notes state is in the URL', async ({ page }) => {
  await openSlide(page, 'mode=slides&sl=5', 5);
  const notes = page.getByRole('complementary', { name: /Speaker notes/ });
  await expect(notes).toHaveCount(0);
  await page.keyboard.press('n');
  await expect(notes).toBeVisible();
  await expect(notes).toContainText('100, GRU 46, LSTM 36');
  await expect(page.getByRole('button', { name: 'Speaker notes' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[#&]notes=1(&|$)/);
  await page.keyboard.press('N');
  await expect(notes).toHaveCount(0);
  await expect(page).not.toHaveURL(/notes=/);
});

test('slide 2: forcing z = 1 reaches the no-op checkpoint, checked on the numbers', async ({ page }) => {
  await openSlide(page, 'mode=slides&sl=2', 2);
  const checkpoint = page.locator('[data-checkpoint="gru-no-op"]');
  await expect(checkpoint).toContainText('Not yet:');
  await page.getByRole('button', { name: 'z = 1: copy h (no-op)' }).click();
  await expect(checkpoint).toContainText('✓ Checkpoint reached: hₜ = hₜ₋₁ in every unit at steps 1–12');
  await expect(page.getByRole('button', { name: 'z = 1: copy h (no-op)' })).toHaveAttribute('aria-pressed', 'true');
  // The same fact on the test hooks: h at step 2 equals h at step 1.
  const h = async () => page.locator('[data-cell="gru"] [data-quantity="h"] [data-unit]').evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
  const atTwo = await h();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.locator('[data-cell="gru"] [data-quantity="h"]')).toHaveAttribute('data-step', '1');
  expect(await h()).toEqual(atTwo);
  await page.getByRole('button', { name: 'All gates free' }).click();
  await expect(checkpoint).toContainText('Not yet:');
});

test('leaving slides mode returns to the normal page with the same live state, and the button opens the slides again', async ({ page }) => {
  await openSlide(page, 'mode=slides&sl=4', 4);
  await expect(page.locator('.app')).toHaveAttribute('data-theme', 'projector');
  await page.getByRole('button', { name: 'Leave slides' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'GateLab' })).toBeVisible();
  await expect(page.locator('.app')).toHaveAttribute('data-theme', 'light');
  await expect(page).not.toHaveURL(/mode=slides/);
  await expect(page).toHaveURL(/o=lstm:f:1,lstm:i:1/);
  await expect(slider(page)).toHaveValue('2');
  await page.getByRole('button', { name: 'Present the lesson as slides' }).click();
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '4');
  await expect(page.locator('.app')).toHaveAttribute('data-theme', 'projector');
});

test('a link naming a theme keeps it, and a bad slide number is named in a notice', async ({ page }) => {
  await page.goto('/#th=dark&mode=slides&sl=40');
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '1');
  await expect(page.locator('.app')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('alert')).toContainText('sl=40: must be a slide from 1 to 12');
});

test('a slide that needs the training lab links to it with the slide\'s task, and the link opens the lab', async ({ page }) => {
  await openSlide(page, 'mode=slides&sl=7', 7);
  await expect(page.getByText('Published numbers, not computed here.')).toBeVisible();
  const link = page.getByRole('link', { name: /Open the training lab/ });
  await expect(link).toHaveAttribute('href', /^#mode=lab&lt=\w+&ll=\d+/);
  const href = (await link.getAttribute('href')) ?? '';
  const task = /lt=(\w+)/.exec(href)?.[1];
  await link.click();
  await expect(page.getByRole('heading', { name: 'Training lab' })).toBeVisible();
  await expect(progress(page)).toHaveCount(0);
  await expect(page.getByLabel('Task')).toHaveValue(task ?? '');
  await expect(page).toHaveURL(/mode=lab/);
  await expect(page).not.toHaveURL(/mode=slides/);
});

test('the full-screen button puts the app root in full screen and takes it out again', async ({ page }) => {
  await openSlide(page, 'mode=slides&sl=1', 1);
  const button = page.getByRole('button', { name: 'Full screen' });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => document.fullscreenElement?.classList.contains('app'))).toBe(true);
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
});

test('axe finds no violations in slides mode (text, table, cards, notes, checkpoint)', async ({ page }) => {
  test.setTimeout(120_000);
  await openSlide(page, 'mode=slides&sl=2&notes=1', 2);
  await checkA11y(page);
  await page.keyboard.press('End');
  await page.keyboard.press('PageUp'); // back to slide 11, the evidence board
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '11');
  await page.getByText('Which way does it point?').first().click();
  await checkA11y(page);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(progress(page)).toHaveAttribute('aria-valuenow', '9');
  await checkA11y(page);
});
