// "Import scenario": every shared PyTorch vector imported through the file picker shows PyTorch's numbers
// (to 1e-9) at several steps, each vector checked and named on its own (one page per cell family); bad files are refused with a message naming the field, and nothing changes.
// The example files offered in the panel download as the vectors themselves and import the same way.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const dir = join(process.cwd(), 'src/engine/fixtures/conformance');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

type Vector = { cell: string; seq_len: number; hidden_size: number; expected: Record<string, number[][]> };

const shown = (page: Page, cell: string, q: string) =>
  page.locator(`[data-cell="${cell}"] [data-quantity="${q}"] [data-unit]`).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));

const near = (got: number[], want: number[]) =>
  got.length === want.length && got.every((g, k) => Math.abs(g - want[k]) <= 1e-9 * Math.max(1, Math.abs(want[k])));

/** The vectors by cell and variant (gru_classic, gru_pytorch, lstm, rnn): each family is imported one file after another in one page. */
const families = new Map<string, string[]>();
for (const file of files) {
  const family = file.replace(/_[^_]+\.json$/, '');
  families.set(family, [...(families.get(family) ?? []), file]);
}
/** Soft: a scenario that does not match is named and the next one is still imported and checked. */
const softly = expect.configure({ soft: true });

for (const [family, members] of families) {
  test(`${family}: ${members.join(', ')} imported through the picker one after another, every quantity matches PyTorch at several steps`, async ({ page }) => {
    test.slow(); // several imports, each checked at up to three steps
    await page.goto('/');
    for (const file of members) {
      await test.step(file, async () => {
        const vector = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Vector;
        await page.getByLabel('Import scenario').setInputFiles(join(dir, file));
        await expect(page.getByText(`Imported ${file}`)).toBeVisible();
        const T = vector.seq_len;
        const quantities = Object.keys(vector.expected).filter((k) => k !== 'pre');
        for (const t of [...new Set([1, Math.ceil(T / 2), T])]) {
          await page.getByRole('slider', { name: 'Time step' }).fill(String(t));
          await expect(page.locator(`[data-cell="${vector.cell}"] [data-quantity="h"]`)).toHaveAttribute('data-step', String(t));
          for (const q of quantities) {
            const want = vector.expected[q][t - 1];
            await softly.poll(async () => near(await shown(page, vector.cell, q), want), `${file}: ${q} at t = ${t}`).toBe(true);
          }
        }
      });
    }
  });
}

test.describe('refused files', () => {
  const good = JSON.parse(readFileSync(join(dir, 'gru_pytorch_slide.json'), 'utf8')) as Record<string, unknown>;
  const cases: [string, unknown, RegExp][] = [
    ['bad-shape.json', { ...good, weights: { ...(good.weights as object), weight_hh_l0: [[1, 2]] } }, /weight_hh_l0/],
    ['nan-string.json', { ...good, inputs: [[0.1, 'NaN'], [0.2, 0.3]] }, /inputs/],
    ['unknown-cell.json', { ...good, cell: 'transformer' }, /cell/],
  ];
  for (const [name, body, field] of cases) {
    test(`${name} is refused, naming the field, and the values on screen stay`, async ({ page }) => {
      await page.goto('/#v=1&hs=3&s=11');
      await expect(page.locator('[data-cell="gru"] [data-quantity="h"] [data-unit]')).toHaveCount(3);
      const before = await shown(page, 'gru', 'h');
      await page.getByLabel('Import scenario').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(body)) });
      const alert = page.getByRole('alert').filter({ hasText: `Could not import ${name}` });
      await expect(alert).toContainText(field);
      expect(await shown(page, 'gru', 'h')).toEqual(before);
      expect(page.url()).toContain('hs=3');
    });
  }

  test('a file that is not JSON is refused', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Import scenario').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"cell": "gru",') });
    await expect(page.getByRole('alert').filter({ hasText: 'Could not import notes.json' })).toContainText('JSON');
    await expect(page.locator('[data-cell="gru"] [data-quantity="h"] [data-unit]')).toHaveCount(4);
  });
});

test('a scenario dropped on the page is imported', async ({ page }) => {
  await page.goto('/');
  const text = readFileSync(join(dir, 'lstm_slide.json'), 'utf8');
  await expect(page.locator('[data-cell="lstm"] [data-quantity="h"] [data-unit]')).toHaveCount(4);
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'lstm_slide.json', { type: 'application/json' }));
    const target = document.querySelector('main')!;
    for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  }, text);
  await expect(page.getByText('Imported lstm_slide.json')).toBeVisible();
  await expect(page.locator('[data-cell="lstm"] [data-quantity="h"] [data-unit]')).toHaveCount(2);
});

test('each example file downloads from "Example files", and the downloaded file imports with PyTorch\'s numbers', async ({ page }) => {
  await page.goto('/');
  await page.getByText('Example files').click();
  const links = page.getByRole('link', { name: /\.json$/ });
  await expect(links).toHaveCount(5);
  for (const name of await links.allTextContents()) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
    expect(download.suggestedFilename()).toBe(name);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(readFileSync(join(dir, name), 'utf8'));
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'lstm_typical.json' }).click()]);
  const buffer = readFileSync((await download.path())!);
  await page.getByLabel('Import scenario').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer });
  await expect(page.getByText('Imported lstm_typical.json')).toBeVisible();
  const vector = JSON.parse(readFileSync(join(dir, 'lstm_typical.json'), 'utf8')) as Vector;
  await expect.poll(() => shown(page, 'lstm', 'c').then((got) => near(got, vector.expected.c[0]))).toBe(true);
  await expect.poll(() => page.url()).toContain('w=');

  // And back to the seeded weights, at the imported file's sizes.
  await page.getByRole('button', { name: 'Use seeded weights' }).click();
  await expect(page.getByText('Weights: drawn from the seed')).toBeVisible();
  await expect.poll(() => shown(page, 'lstm', 'c').then((got) => near(got, vector.expected.c[0]))).toBe(false);
  await expect.poll(() => page.url()).not.toContain('w=');
});
