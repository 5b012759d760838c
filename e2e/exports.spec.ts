// Exports: the diagrams as a standalone SVG and a 2× PNG, the trace as CSV and JSON whose numbers
// equal the data-values on screen, and a cell's weights as a scenario file that imports back.
import { readFile } from 'node:fs/promises';
import { test, expect, checkA11y } from './fixtures';
import type { Page } from '@playwright/test';

const START = '/#v=1&t=3&m=2';
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Export' });
const step = (page: Page, cell: string) => page.locator(`[data-cell="${cell}"] [data-quantity="h"]`);

/** The columns docs/exports.md documents for a GRU and an LSTM with one input feature. */
const GRU_LSTM_COLUMNS = [
  'cell', 't', 'unit', 'x_0', 'h_prev', 'c_prev',
  'pre_r', 'r', 'pre_z', 'z', 'pre_n_x', 'pre_n_h', 'pre_n', 'n',
  'pre_i', 'i', 'pre_f', 'f', 'pre_g', 'g', 'pre_o', 'o', 'c', 'tanh_c', 'h', 'forced',
];

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('[data-cell="gru"] svg').first()).toBeVisible();
  await expect(page.locator('[data-cell="lstm"] [data-quantity="h"] [data-unit="0"]')).toHaveAttribute('data-value', /\d/);
}

/** Clicks an Export button and returns the downloaded file's name and bytes. */
async function download(page: Page, button: string | RegExp): Promise<{ name: string; bytes: Buffer }> {
  if (!(await dialog(page).isVisible())) await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), dialog(page).getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Every data-value on screen for a cell at the cursor: quantity → unit values. */
async function screenValues(page: Page, cell: string): Promise<Record<string, number[]>> {
  return page.locator(`[data-cell="${cell}"] [data-quantity]`).evaluateAll((vectors) =>
    Object.fromEntries(vectors.map((v) => [
      v.getAttribute('data-quantity'),
      [...v.querySelectorAll('[data-unit]')].map((u) => Number(u.getAttribute('data-value'))),
    ])));
}

test('the SVG is a standalone SVG document that shows every gate by its letter', async ({ page }) => {
  await open(page, START);
  const { name, bytes } = await download(page, 'Download SVG');
  expect(name).toBe('gatelab-gru-lstm-t3.svg');
  const text = bytes.toString('utf8');
  expect(text).not.toMatch(/<script|<style|<foreignObject|href=/i);
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      namespace: root.namespaceURI,
      name: root.localName,
      title: root.querySelector('title')?.textContent ?? '',
      texts: [...root.querySelectorAll('text')].map((t) => t.textContent?.trim() ?? ''),
      drawings: [...root.querySelectorAll(':scope > g > g > svg')].map((svg) => Number(svg.getAttribute('width'))),
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.namespace).toBe('http://www.w3.org/2000/svg');
  expect(parsed.name).toBe('svg');
  expect(parsed.title).toBe('GateLab: GRU and LSTM at time step 3 of 12');
  for (const letter of ['r', 'z', 'n', 'f', 'i', 'g', 'o']) expect(parsed.texts, `gate ${letter}`).toContain(letter);
  expect(parsed.texts).toEqual(expect.arrayContaining(['GRU', 'LSTM']));
  const onScreen = await page.locator('[data-cell] svg.cell-diagram').evaluateAll((svgs) => svgs.map((s) => Math.ceil(s.getBoundingClientRect().width)));
  expect(parsed.drawings).toEqual(onScreen);
});

test('the PNG is a PNG at twice the figure’s CSS size', async ({ page }) => {
  await open(page, START);
  const svg = (await download(page, 'Download SVG')).bytes.toString('utf8');
  const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
  const { name, bytes } = await download(page, 'Download PNG (2×)');
  expect(name).toBe('gatelab-gru-lstm-t3.png');
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2 * width, 2 * height]);
});

test('the CSV has one row per (cell, step, unit), the documented columns, and the numbers on screen', async ({ page }) => {
  await open(page, START);
  const { name, bytes } = await download(page, 'Download trace CSV');
  expect(name).toBe('gatelab-gru-lstm-t3.csv');
  const lines = bytes.toString('utf8').trimEnd().split('\n');
  const comments = lines.filter((l) => l.startsWith('#'));
  expect(lines.slice(0, comments.length)).toEqual(comments); // the # header comes first
  expect(comments).toEqual(expect.arrayContaining([
    '# cells: gru, lstm', '# sizes: input_size 1, hidden_size 4, steps 12',
    expect.stringMatching(/^# gru variant: reset after the matmul/),
    expect.stringMatching(/^# convention: GRU: h = \(1 − z\)·n \+ z·h_prev, so z ≈ 1 keeps the old state/),
  ]));
  const [head, ...rows] = lines.slice(comments.length).map((l) => l.split(','));
  expect(head).toEqual(GRU_LSTM_COLUMNS);
  expect(rows).toHaveLength(2 * 12 * 4);
  expect(new Set(rows.map((r) => r.slice(0, 3).join('/'))).size).toBe(rows.length);
  await page.keyboard.press('Escape');

  for (const t of [1, 3, 12]) {
    await page.getByRole('slider', { name: 'Time step' }).fill(String(t));
    for (const cell of ['gru', 'lstm']) {
      await expect(step(page, cell)).toHaveAttribute('data-step', String(t));
      const screen = await screenValues(page, cell);
      for (const [quantity, values] of Object.entries(screen)) {
        const column = head.indexOf(quantity);
        const exported = values.map((_, unit) => Number(rows.find((r) => r[0] === cell && r[1] === String(t) && r[2] === String(unit))![column]));
        expect(exported, `${cell} ${quantity} at t=${t}`).toEqual(values);
      }
    }
  }
});

test('the JSON holds [T][H] arrays per quantity that equal the numbers on screen', async ({ page }) => {
  await open(page, '/#v=1&t=7&o=gru:z:1');
  const { name, bytes } = await download(page, 'Download trace JSON');
  expect(name).toBe('gatelab-gru-lstm-t7.json');
  const doc = JSON.parse(bytes.toString('utf8'));
  expect(doc.header.format).toBe('gatelab-trace');
  expect(doc.header.cells.map((c: { cell: string }) => c.cell)).toEqual(['gru', 'lstm']);
  expect(doc.header.cells[0].overrides).toEqual(['z = 1 at all steps, all units']);
  expect(doc.header.sizes).toEqual({ input_size: 1, hidden_size: 4, steps: 12 });
  await page.keyboard.press('Escape');
  for (const [k, cell] of ['gru', 'lstm'].entries()) {
    const screen = await screenValues(page, cell);
    for (const [quantity, values] of Object.entries(screen)) {
      expect(doc.cells[k][quantity], `${cell} ${quantity}`).toHaveLength(12);
      expect(doc.cells[k][quantity][6], `${cell} ${quantity} at t=7`).toEqual(values);
    }
  }
  expect(doc.cells[0].forced.z[6]).toEqual([1, 1, 1, 1]);
});

test('a cell’s scenario file imports back to exactly the same numbers', async ({ page }) => {
  await open(page, '/#v=1&s=11&x=square&t=5');
  const before = await screenValues(page, 'gru');
  const { name, bytes } = await download(page, 'Download GRU scenario');
  expect(name).toBe('gatelab-gru-scenario.json');
  const scenario = JSON.parse(bytes.toString('utf8'));
  expect(Object.keys(scenario.weights)).toEqual(['weight_ih_l0', 'weight_hh_l0', 'bias_ih_l0', 'bias_hh_l0']);
  expect(scenario.variant).toBe('pytorch');
  await page.keyboard.press('Escape');
  await page.getByLabel('Import scenario').setInputFiles({ name, mimeType: 'application/json', buffer: bytes });
  await expect(page.getByText(/the GRU uses imported weights/)).toBeVisible();
  await page.getByRole('slider', { name: 'Time step' }).fill('5');
  await expect(step(page, 'gru')).toHaveAttribute('data-step', '5');
  expect(await screenValues(page, 'gru')).toEqual(before);
});

test('axe finds no violations with the Export dialog open', async ({ page }) => {
  await open(page, '/#v=1&th=dark');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog(page).getByRole('button', { name: 'Download SVG' })).toBeEnabled();
  await checkA11y(page);
});
