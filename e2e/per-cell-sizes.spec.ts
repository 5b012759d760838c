// Per-cell hidden sizes: two imported cells of different sizes side by side, each showing PyTorch's
// numbers (to 1e-9) at several steps and after a reload; the lab's trained models opened from a link,
// with the "Trained in the lab" line and the way back to seeded weights; input size 10.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures';

const dir = join(process.cwd(), 'src/engine/fixtures/conformance');
type Matrix = number[][];
type Vector = {
  cell: string; variant?: string; input_size: number; hidden_size: number; seq_len: number;
  weights: { weight_ih_l0: Matrix; weight_hh_l0: Matrix; bias_ih_l0: number[]; bias_hh_l0: number[] };
  inputs: Matrix; h0: number[]; c0?: number[]; expected: Record<string, Matrix>;
};
const vector = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Vector;

/**
 * The shared vectors of one input size all have one hidden size, and each has its own inputs. To
 * show two of them side by side on ONE sequence with DIFFERENT sizes, both files are rebuilt
 * exactly (no arithmetic on their numbers): the input is both sequences next to each other
 * (channels 0–2 the GRU's, 3–5 the LSTM's), each cell's weights read only its own channels (the
 * other columns are 0), and the LSTM gets `extra` units whose weights, biases and initial state
 * are all 0. Adding 0·x changes no sum, and a unit with all-zero weights and state has
 * i = f = o = σ(0) = 0.5, g = tanh(0) = 0, c = 0.5·0 + 0.5·0 = 0 and h = 0.5·tanh(0) = 0 at every
 * step, while feeding nothing to the other units; so every vector's expected numbers still hold.
 */
function widened(v: Vector, channels: { before: number; after: number }, extra: number, inputs: Matrix, name: string) {
  const G = v.weights.bias_ih_l0.length / v.hidden_size;
  const H = v.hidden_size;
  const zeros = (n: number) => new Array<number>(n).fill(0);
  // Each gate block of H rows gains `extra` rows of zeros.
  const blocks = <T>(rows: T[], pad: () => T) =>
    Array.from({ length: G }, (_, g) => [...rows.slice(g * H, (g + 1) * H), ...Array.from({ length: extra }, pad)]).flat();
  const ih = blocks(v.weights.weight_ih_l0.map((row) => [...zeros(channels.before), ...row, ...zeros(channels.after)]), () => zeros(channels.before + v.input_size + channels.after));
  const hh = blocks(v.weights.weight_hh_l0.map((row) => [...row, ...zeros(extra)]), () => zeros(H + extra));
  return {
    name, file: `${name}.json`,
    body: {
      schema_version: 1, name, cell: v.cell, ...(v.variant ? { variant: v.variant } : {}),
      input_size: inputs[0].length, hidden_size: H + extra, seq_len: inputs.length,
      weights: { weight_ih_l0: ih, weight_hh_l0: hh, bias_ih_l0: blocks(v.weights.bias_ih_l0, () => 0), bias_hh_l0: blocks(v.weights.bias_hh_l0, () => 0) },
      inputs, h0: [...v.h0, ...zeros(extra)], ...(v.c0 ? { c0: [...v.c0, ...zeros(extra)] } : {}),
    },
  };
}

const gru = vector('gru_pytorch_typical.json'); // input 3, hidden 5, 7 steps
const lstm = vector('lstm_typical.json'); // input 3, hidden 5, 7 steps
const both = gru.inputs.map((row, t) => [...row, ...lstm.inputs[t]]); // (7, 6)
const gruFile = widened(gru, { before: 0, after: 3 }, 0, both, 'gru-side-by-side');
const lstmFile = widened(lstm, { before: 3, after: 0 }, 2, both, 'lstm-side-by-side'); // hidden 7

const shown = (page: Page, cell: string, q: string) =>
  page.locator(`[data-cell="${cell}"] [data-quantity="${q}"] [data-unit]`).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
const near = (got: number[], want: number[]) =>
  got.length === want.length && got.every((g, k) => Math.abs(g - want[k]) <= 1e-9 * Math.max(1, Math.abs(want[k])));
/** The LSTM's two added units at every step (see `widened`). */
const EXTRA: Record<string, number[]> = { i: [0.5, 0.5], f: [0.5, 0.5], o: [0.5, 0.5], g: [0, 0], c: [0, 0], h: [0, 0] };

async function checkBothAt(page: Page, t: number) {
  await page.getByRole('slider', { name: 'Time step' }).fill(String(t));
  for (const cell of ['gru', 'lstm']) await expect(page.locator(`[data-cell="${cell}"] [data-quantity="h"]`)).toHaveAttribute('data-step', String(t));
  for (const q of ['r', 'z', 'n', 'h']) {
    await expect.poll(async () => near(await shown(page, 'gru', q), gru.expected[q][t - 1]), `GRU ${q} at t = ${t}`).toBe(true);
  }
  for (const q of ['i', 'f', 'g', 'c', 'o', 'h']) {
    await expect.poll(async () => near(await shown(page, 'lstm', q), [...lstm.expected[q][t - 1], ...EXTRA[q]]), `LSTM ${q} at t = ${t}`).toBe(true);
  }
}

const pick = (page: Page, file: { file: string; body: object }) =>
  page.getByLabel('Import scenario').setInputFiles({ name: file.file, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file.body)) });

test('a GRU of 5 units and an LSTM of 7, imported one after the other, each show PyTorch\'s numbers, also after a reload', async ({ page }) => {
  test.slow(); // 45 vectors compared at five steps, an axe run and a reload
  await page.goto('/');
  await pick(page, gruFile);
  await expect(page.getByText(`Imported ${gruFile.file}`)).toBeVisible();
  await pick(page, lstmFile);
  await expect(page.getByText(`Imported ${lstmFile.file}: a LSTM with input size 6, hidden size 7 and 7 steps; the GRU keeps its imported weights (5 units), now on this file's input.`)).toBeVisible();
  await expect(page.locator('[data-cell="gru"] [data-quantity="h"] [data-unit]')).toHaveCount(5);
  await expect(page.locator('[data-cell="lstm"] [data-quantity="h"] [data-unit]')).toHaveCount(7);
  await expect(page.locator('[data-cell="gru"] h2')).toHaveText('GRU · 5 units');
  await expect(page.locator('[data-cell="lstm"] h2')).toHaveText('LSTM · 7 units');
  for (const t of [1, 4, 7]) await checkBothAt(page, t);
  await checkA11y(page, { include: '.columns' });

  await page.reload();
  await expect(page.locator('[data-cell="lstm"] [data-quantity="h"] [data-unit]')).toHaveCount(7);
  for (const t of [2, 7]) await checkBothAt(page, t);
  await expect(page.getByText('the GRU and the LSTM use imported weights (5 and 7 units)')).toBeVisible();
});

test('a scenario of another input size drops the other import and says so', async ({ page }) => {
  await page.goto('/');
  await pick(page, gruFile);
  await expect(page.getByText(`Imported ${gruFile.file}`)).toBeVisible();
  await page.getByLabel('Import scenario').setInputFiles(join(dir, 'lstm_slide.json'));
  await expect(page.getByText('Imported lstm_slide.json: a LSTM with input size 2, hidden size 2 and 2 steps; the imported weights of the GRU expect another input size and were dropped; the other cells use seeded weights with hidden size 2.')).toBeVisible();
  await expect(page.locator('[data-cell="gru"] [data-quantity="h"] [data-unit]')).toHaveCount(2);
});

/** A hash holding trained weights, as the lab's hand-over writes it: cell:hidden:base64 of float64s. */
function trainedHash(models: { cell: string; hidden: number; blocks: number }[], inputSize: number, steps: number, label: string): string {
  let seed = 1;
  const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 0.8;
  const entries = models.map(({ cell, hidden, blocks }) => {
    const GH = blocks * hidden;
    const count = GH * inputSize + GH * hidden + 2 * GH + 2 * hidden;
    const values = Float64Array.from({ length: count }, next);
    return `${cell}:${hidden}:${Buffer.from(values.buffer).toString('base64url')}`;
  });
  const inputs = Array.from({ length: steps * inputSize }, (_, k) => (k % inputSize === 0 ? Math.round(next() * 1000) / 1000 : k === 21 || k === 161 ? 1 : 0));
  return `#v=1&c=gru,lstm&is=${inputSize}&len=${steps}&x=c:${inputs.join(',')}&w=${entries.join(',')}&tl=${encodeURIComponent(label)}`;
}

test('trained models open from a link with the lab line, keep their sizes, and go back to seeded weights', async ({ page }) => {
  test.slow(); // two columns of 100 steps and 19 and 16 units, and an axe run over them
  const label = 'Adding problem, length 100, seed 1: trained 2000 steps';
  await page.goto(`/${trainedHash([{ cell: 'gru', hidden: 19, blocks: 3 }, { cell: 'lstm', hidden: 16, blocks: 4 }], 2, 100, label)}`);
  const line = page.getByRole('group', { name: 'Trained models' });
  await expect(line).toContainText(`Trained in the lab: ${label} (GRU 19 units, LSTM 16 units)`);
  await expect(page.locator('[data-cell="gru"] [data-quantity="z"] [data-unit]')).toHaveCount(19);
  await expect(page.locator('[data-cell="lstm"] [data-quantity="f"] [data-unit]')).toHaveCount(16);
  await expect(page.getByRole('region', { name: 'Parameter counts' }).or(page.locator('.params'))).toContainText('hidden size n = 19 (GRU), 16 (LSTM)');
  // The focused unit ranges over the larger cell; the smaller one says it shows its last unit.
  await page.getByLabel('Numbers for unit').selectOption('18');
  await expect(page.locator('[data-equations-cell="lstm"]')).toContainText('Numbers for unit 15, the LSTM’s last: it has 16 units.');
  await expect(page.locator('[data-equations-cell="gru"] .eq-unit-note')).toHaveCount(0);
  await expect(page).toHaveURL(/u=18/);
  // What-if offers each cell's own units.
  const units = page.getByRole('combobox', { name: 'Units' });
  await expect(units.locator('option')).toHaveCount(20); // all units + 0..18
  await page.getByRole('combobox', { name: 'Cell' }).selectOption('lstm');
  await expect(units.locator('option')).toHaveCount(17);
  await checkA11y(page, { include: 'main' });

  await line.getByRole('button', { name: 'Back to seeded weights' }).click();
  await expect(line).toHaveCount(0);
  await expect(page.locator('[data-cell="gru"] [data-quantity="z"] [data-unit]')).toHaveCount(4);
  await expect(page.locator('[data-cell="lstm"] [data-quantity="f"] [data-unit]')).toHaveCount(4);
  expect(page.url()).not.toContain('w=');
});

test('a link with one malformed trained cell keeps the good one and names what it ignored', async ({ page }) => {
  const hash = trainedHash([{ cell: 'gru', hidden: 19, blocks: 3 }, { cell: 'lstm', hidden: 16, blocks: 4 }], 2, 20, 'Adding');
  await page.goto(`/${hash.replace(/lstm:16:[A-Za-z0-9_-]{20}/, 'lstm:16:')}`);
  await expect(page.getByRole('alert').filter({ hasText: 'ignored lstm:16:' })).toContainText('expected 1312 numbers for a lstm of input 2 and hidden 16');
  await expect(page.locator('[data-cell="gru"] [data-quantity="z"] [data-unit]')).toHaveCount(19);
  await expect(page.locator('[data-cell="lstm"] [data-quantity="f"] [data-unit]')).toHaveCount(4);
  await expect(page.getByText('Trained in the lab: Adding')).toBeVisible();
});

test('input size 10: the table edits every channel; sparklines give way to a note', async ({ page }) => {
  await page.goto('/#v=1&is=10&len=6&x=impulse');
  await expect(page.getByText('10 input channels: edit them in the table (sparklines are drawn for up to 4).')).toBeVisible();
  await page.getByText('Edit the numbers').click();
  const cell = page.getByLabel('x[3][9]');
  await cell.fill('0.5');
  await cell.press('Enter');
  await expect(page).toHaveURL(/x=c:/);
  await expect(page.getByLabel('x[3][9]')).toHaveValue('0.5');
  await checkA11y(page, { include: '.inputs-panel' });
});
