import { describe, expect, test } from 'vitest';
import { QUANTITIES } from '../store/microSteps';
import { DEFAULT_SETTINGS, type Settings } from '../store/settingsSlice';
import { decodeUrlState, encodeUrlState } from '../store/urlState';
import { CHECKPOINTS } from './checkpoints';
import { chungRows, DECAY_0_9, FORGET_BIAS_AT_INIT } from './facts';
import { LESSON } from './lesson';
import { slideState, tryPatch } from './slideState';
import { SLIDE_COUNT } from './slidesUrl';
import { readLabUrl } from '../lab/labUrl';

const projector: Settings = { ...DEFAULT_SETTINGS, theme: 'projector' };
const sentences = (text: string) => text.split(/(?<=[.?!])\s+(?=[A-Z“"'(])/).length;

/** Decodes what a state encodes to: what a reload of the slide's link would show. */
function reload(settings: Settings, cursor = { t: 1, micro: 0 }) {
  return decodeUrlState(encodeUrlState({ settings, cursor }));
}

describe('the lesson', () => {
  test('has the twelve slides of LESSON.md, with unique ids and titles, and the count the main bundle assumes', () => {
    expect(LESSON).toHaveLength(12);
    expect(SLIDE_COUNT).toBe(LESSON.length);
    expect(new Set(LESSON.map((s) => s.id)).size).toBe(12);
    expect(new Set(LESSON.map((s) => s.title)).size).toBe(12);
  });

  test.each(LESSON.map((s, k) => [k + 1, s] as const))('slide %i has short body text and full speaker notes', (_, slide) => {
    const count = sentences(slide.body.join(' '));
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(4);
    for (const part of [slide.notes.say, slide.notes.ask, slide.notes.answer]) expect(part.length).toBeGreaterThan(20);
    expect(slide.notes.ask).toMatch(/\?$/);
  });

  test.each(LESSON.map((s, k) => [k + 1, s] as const))('slide %i applies a state that survives the URL round trip with nothing ignored', (_, slide) => {
    const { settings, cursor } = slideState(slide, projector);
    const decoded = reload(settings, cursor);
    expect(decoded.ignored).toEqual([]);
    expect(decoded.settings).toEqual(settings);
    expect(decoded.cursor).toEqual(cursor);
    for (const tryIt of slide.tries ?? []) {
      const tried: Settings = { ...settings, ...tryPatch(tryIt, settings) };
      const again = reload(tried);
      expect(again.ignored, tryIt.label).toEqual([]);
      expect(again.settings, tryIt.label).toEqual(tried);
    }
  });

  test.each(LESSON.map((s, k) => [k + 1, s] as const))('slide %i walks steps of its own sequence and points only at cells it shows', (_, slide) => {
    const { settings } = slideState(slide, projector);
    const sorted = [...slide.walk].sort((a, b) => a - b);
    expect(slide.walk).toEqual(sorted);
    for (const t of slide.walk) expect(t).toBeGreaterThanOrEqual(1);
    for (const t of slide.walk) expect(t).toBeLessThanOrEqual(settings.steps);
    if (slide.highlight) {
      expect(settings.cells).toContain(slide.highlight.cell);
      expect(QUANTITIES[slide.highlight.cell]).toContain(slide.highlight.term);
    }
    for (const id of slide.checkpoints ?? []) expect(settings.cells).toContain(CHECKPOINTS[id].cell);
    for (const tryIt of slide.tries ?? []) {
      for (const cell of Object.keys(tryIt.overrides ?? {})) expect(settings.cells).toContain(cell);
    }
  });

  test('a slide keeps the presenter’s theme, panels and speed but nothing else from before', () => {
    const before: Settings = { ...DEFAULT_SETTINGS, theme: 'dark', panels: ['timeline'], speed: 2, hiddenSize: 30, seed: 99, overrides: { rnn: [], gru: [{ gate: 'z', value: 1 }], lstm: [] } };
    const { settings } = slideState(LESSON[1], before);
    expect(settings).toMatchObject({ theme: 'dark', panels: ['timeline'], speed: 2, hiddenSize: 4, seed: DEFAULT_SETTINGS.seed });
    expect(settings.overrides.gru).toEqual([]);
  });

  test('slides that need the lab or the gradient meter are 1, 6, 7, 8, 9, 10 and 12, and each shows published numbers', () => {
    const needing = LESSON.flatMap((s, k) => (s.needs ? [k + 1] : []));
    expect(needing).toEqual([1, 6, 7, 8, 9, 10, 12]);
    for (const k of needing) expect(LESSON[k - 1].figure, `slide ${k}`).toBeDefined();
  });
});

describe('the published numbers the slides print', () => {
  test('0.9 compounded over 10, 20 and 50 steps is what slide 1 says', () => {
    for (const [steps, printed] of DECAY_0_9) {
      const percent = Number(printed.replace(' %', ''));
      expect(Math.abs(0.9 ** steps * 100 - percent) / percent).toBeLessThan(0.05);
    }
  });

  test('σ(b_f) and σ(b_f)⁵⁰ for forget biases 0 to 3 are what slide 6 says', () => {
    const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
    const parse = (text: string) => (text.endsWith('%') ? Number(text.replace(' %', '')) / 100 : Number(text.replace('−', '-')));
    for (const [bias, gate, after] of FORGET_BIAS_AT_INIT) {
      expect(sigmoid(bias)).toBeCloseTo(Number(gate), 3);
      expect(Math.abs(sigmoid(bias) ** 50 - parse(after)) / parse(after)).toBeLessThan(0.05);
    }
  });

  test('Chung’s table bolds the lowest test score of each data set, as the lesson reads it', () => {
    const strong = chungRows().map((row) => row.findIndex((cell) => typeof cell !== 'string'));
    // columns: 1 tanh, 2 GRU, 3 LSTM
    expect(strong).toEqual([1, 2, 2, 2, 3, 2]);
  });
});

describe('links from slides to the lab', () => {
  test('every slide that needs the lab names a lab form the lab reads without ignoring anything', () => {
    const needing = LESSON.filter((slide) => slide.needs);
    expect(needing.length).toBeGreaterThan(0);
    for (const slide of needing) {
      expect(slide.labForm, slide.id).toMatch(/^lt=/);
      expect(readLabUrl(`#${slide.labForm}`).ignored, slide.id).toEqual([]);
    }
  });
});
