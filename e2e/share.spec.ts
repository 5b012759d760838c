// Lesson links: the Share dialog copies a link to exactly what is on screen, turns it into a
// teacher's variant with hidden or locked controls, and offers an iframe snippet in embed mode.
import { test, expect, checkA11y } from './fixtures';
import type { Page } from '@playwright/test';

const START = '/#v=1&hs=3&t=4&m=2';
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Share this view' });
const linkField = (page: Page) => page.getByRole('textbox', { name: 'Link to this view' });
const shareButton = (page: Page) => page.getByRole('button', { name: 'Share', exact: true });

/** Opens a URL state and waits until the cells show numbers. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('[data-cell="gru"] [data-quantity="h"] [data-unit="0"]')).toHaveAttribute('data-value', /\d/);
}

async function openShare(page: Page) {
  await shareButton(page).click();
  await expect(dialog(page)).toBeVisible();
}

/**
 * Ticks boxes in the dialog, then opens the link it made: as a fresh page load (the app starts
 * twice, hence test.slow() where it is used), or pasted into this tab (`hashchange`).
 */
async function openLessonLink(page: Page, boxes: (string | RegExp)[], how: 'load' | 'paste' = 'load'): Promise<string> {
  await openShare(page);
  for (const name of boxes) await dialog(page).getByRole('checkbox', { name }).check();
  const link = await linkField(page).inputValue();
  if (how === 'load') {
    await page.goto('about:blank');
    await open(page, link);
  } else {
    await page.keyboard.press('Escape');
    await page.evaluate((url) => { window.location.href = url; }, link);
  }
  return link;
}

test('the link is the current URL; Esc closes the dialog and focus returns to Share', async ({ page }) => {
  await open(page, START);
  await openShare(page);
  await expect(linkField(page)).toHaveValue(page.url());
  expect(page.url()).toContain('hs=3&t=4&m=2');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(shareButton(page)).toBeFocused();
  await openShare(page);
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(shareButton(page)).toBeFocused();
});

test('Copy link puts the link on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, START);
  await openShare(page);
  await dialog(page).getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog(page).getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await linkField(page).inputValue());
});

test('when the clipboard is refused, the link is left selected with a note', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await open(page, START);
  await openShare(page);
  await dialog(page).getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog(page).getByText(/did not allow copying: the text is selected/)).toBeVisible();
  await expect(linkField(page)).toBeFocused();
  const selection = await linkField(page).evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd, el.value.length]);
  expect(selection).toEqual([0, selection[2], selection[2]]);
});

test('ticking boxes updates the link live and leaves this page as it is', async ({ page }) => {
  await open(page, START);
  await openShare(page);
  const before = await linkField(page).inputValue();
  await dialog(page).getByRole('checkbox', { name: /^Hide Input sequence/ }).check();
  await expect(linkField(page)).toHaveValue(`${before}&hide=inputs`);
  await dialog(page).getByRole('checkbox', { name: /^Lock Playback speed/ }).check();
  await expect(linkField(page)).toHaveValue(`${before}&hide=inputs&lock=speed`);
  await dialog(page).getByRole('checkbox', { name: /^Hide Input sequence/ }).uncheck();
  await expect(linkField(page)).toHaveValue(`${before}&lock=speed`);
  await page.keyboard.press('Escape');
  // Ticking boxes made a link; this page itself is unchanged.
  await expect(page.getByRole('combobox', { name: 'Input preset' })).toBeVisible();
});

test('pasting a link that hides the input sequence hides its editors, not the sizes', async ({ page }) => {
  await open(page, START);
  await openLessonLink(page, [/^Hide Input sequence/], 'paste');
  await expect(page.getByRole('heading', { name: 'Sizes and seed' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Input preset' })).toHaveCount(0);
  await expect(page.getByText('Edit the numbers')).toHaveCount(0);
  await expect(page.getByText('Import scenario')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Hidden size' })).toBeEnabled();
  expect(page.url()).toContain('hide=inputs');
});

test('hiding both input groups removes the inputs panel; hiding a panel drops it from the link', async ({ page }) => {
  test.slow();
  await open(page, START);
  const link = await openLessonLink(page, [/^Hide Input sequence/, /^Hide Sizes, seed/, /^Hide Timeline panel/]);
  expect(link).toContain('hide=sizes,inputs');
  expect(link).toContain('p=equations,inputs,whatif,params');
  await expect(page.getByRole('region', { name: /Input sequence and sizes|Sizes and seed/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Timeline' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'What if…?' })).toBeVisible();
});

test('locking sizes shows them disabled with the note "Locked by the lesson author"', async ({ page }) => {
  test.slow();
  await open(page, START);
  await openLessonLink(page, [/^Lock Sizes, seed/]);
  const group = page.getByRole('group', { name: /^Sizes, seed and cell options: locked by the lesson author/ });
  await expect(group).toBeVisible();
  await expect(group.getByText('Locked by the lesson author')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Hidden size' })).toBeDisabled();
  await expect(page.getByRole('textbox', { name: 'Seed' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'New random weights' })).toBeDisabled();
  await expect(page.getByRole('combobox', { name: 'Input preset' })).toBeEnabled();
});

test('a lesson link keeps its locks when the app rewrites the hash and after a reload', async ({ page }) => {
  await open(page, '/#v=1&t=4&lock=sizes');
  await page.getByRole('button', { name: 'Next time step' }).click();
  await expect(page).toHaveURL(/t=5.*lock=sizes/);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Hidden size' })).toBeDisabled();
});

test('cells, theme, speed and what-if can each be locked or hidden', async ({ page }) => {
  await open(page, '/#v=1&lock=cells,theme,speed,whatif');
  await expect(page.getByRole('checkbox', { name: 'Show a tanh RNN for contrast' })).toBeDisabled();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toBeDisabled();
  await expect(page.getByRole('combobox', { name: 'Speed' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Force' })).toBeDisabled();
  await expect(page.getByText('Locked by the lesson author')).toHaveCount(4);
  await open(page, '/#v=1&hide=cells,whatif,theme,speed');
  for (const [role, name] of [['checkbox', 'Show a tanh RNN for contrast'], ['combobox', 'Theme'], ['combobox', 'Speed']] as const) {
    await expect(page.getByRole(role, { name })).toHaveCount(0);
  }
  await expect(page.getByRole('heading', { name: 'What if…?' })).toHaveCount(0);
  // The dialog starts from the page's own policy, so sharing keeps the lesson as it is.
  await openShare(page);
  await expect(dialog(page).getByRole('checkbox', { name: 'Hide Theme' })).toBeChecked();
  await expect(dialog(page).getByRole('checkbox', { name: 'Lock Theme' })).toBeDisabled();
  await expect(linkField(page)).toHaveValue(page.url());
});

test('a locked input sequence cannot be edited, not even by dragging or keying its sparkline', async ({ page }) => {
  await open(page, '/#v=1&lock=inputs');
  await expect(page.getByRole('combobox', { name: 'Input preset' })).toBeDisabled();
  await expect(page.getByLabel('Import scenario')).toBeDisabled();
  await expect(page.getByRole('group', { name: /^Input sequence: locked by the lesson author/ })).toBeVisible();
  const point = page.locator('.sparkline [data-input-step="1"]');
  const before = await point.getAttribute('data-value');
  await page.getByRole('slider', { name: /^Input channel 0/ }).focus();
  await page.keyboard.press('ArrowUp');
  const box = (await point.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y - 30, { steps: 3 });
  await page.mouse.up();
  await expect(page.locator('[data-cell="gru"] [data-quantity="h"] [data-unit="0"]')).toHaveAttribute('data-value', /\d/);
  expect(await point.getAttribute('data-value')).toBe(before);
  expect(page.url()).not.toContain('x=c');
});

test('an unknown group in the link is named in a notice and the rest still applies', async ({ page }) => {
  await open(page, '/#v=1&hide=theme,nonsense');
  await expect(page.getByText(/hide=nonsense: not a control group/)).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveCount(0);
});

test('the iframe snippet embeds the same state with ?embed, a title and allow="fullscreen"', async ({ page }) => {
  await open(page, START);
  await openShare(page);
  const snippet = await dialog(page).getByRole('textbox', { name: 'Embed code' }).inputValue();
  const hash = new URL(page.url()).hash;
  expect(snippet).toMatch(/^<iframe src="[^"]*\?embed#[^"]*" title="GateLab: GRU and LSTM, gate by gate"/);
  expect(snippet).toContain(`?embed${hash.replace(/&/g, '&amp;')}"`);
  expect(snippet).toContain('allow="fullscreen"');
  expect(snippet).toContain('width="100%"');
  await dialog(page).getByRole('checkbox', { name: 'Lock Theme' }).check();
  await expect(dialog(page).getByRole('textbox', { name: 'Embed code' })).toHaveValue(/&amp;lock=theme"/);
});

for (const theme of ['light', 'projector'] as const) {
  test(`axe finds no violations with the Share dialog open (${theme})`, async ({ page }) => {
    await open(page, `/#v=1&th=${theme}&lock=sizes`);
    await openShare(page);
    await dialog(page).getByRole('checkbox', { name: 'Hide Theme' }).check();
    await checkA11y(page);
  });
}
