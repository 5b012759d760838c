import { beforeEach, describe, expect, test } from 'vitest';
import { createAppStore } from '../store/store';
import { LESSON } from './lesson';
import { advance, retreat, showSlide, tryOnSlide } from './presenter';
import { useSlidesMode } from './slidesMode';

let app = createAppStore();
const slide = () => useSlidesMode.getState().slide;

beforeEach(() => {
  app = createAppStore();
  useSlidesMode.setState({ isSlidesMode: true, slide: 1, isNotesOpen: false, isPendingApply: true, themeBefore: null });
});

describe('presenting the lesson', () => {
  test('showing a slide puts its state, cursor and highlight on screen and keeps the theme', () => {
    app.getState().applySettings({ theme: 'projector', seed: 99 });
    showSlide(app, 3);
    const s = app.getState();
    expect(s.settings).toMatchObject({ cells: ['lstm'], steps: 24, theme: 'projector', seed: 7 });
    expect(s.cursor).toEqual({ t: 3, micro: 0 });
    expect(s.highlight).toEqual({ cell: 'lstm', term: 'c' });
    expect(useSlidesMode.getState()).toMatchObject({ slide: 3, isPendingApply: false });
  });

  test('the clicker walks slide 2’s four GRU micro-steps, then opens slide 3 at its first walked step', () => {
    showSlide(app, 2);
    for (let k = 1; k <= 3; k++) {
      advance(app);
      expect(app.getState().cursor).toEqual({ t: 2, micro: k });
    }
    advance(app);
    expect(slide()).toBe(3);
    expect(app.getState().cursor).toEqual({ t: 3, micro: 0 });
  });

  test('back from the start of a slide lands at the end of the previous one', () => {
    showSlide(app, 3);
    retreat(app);
    expect(slide()).toBe(2);
    expect(app.getState().cursor).toEqual({ t: 2, micro: 3 });
    expect(app.getState().settings.cells).toEqual(['gru']);
  });

  test('pressing forward often enough reaches slide 12 and stays there; back returns to slide 1', () => {
    showSlide(app, 1);
    let presses = 0;
    while (slide() < 12 && presses < 500) {
      advance(app);
      presses++;
    }
    expect(slide()).toBe(12);
    advance(app);
    expect(slide()).toBe(12);
    for (let k = 0; k < presses + 5; k++) retreat(app);
    expect(slide()).toBe(1);
    expect(app.getState().cursor).toEqual({ t: 1, micro: 0 });
  });

  test('a try button on slide 4 replaces only the forced gates of the cell it names', () => {
    showSlide(app, 4);
    tryOnSlide(app, LESSON[3].tries!.find((t) => t.label.startsWith('GRU z = 0.5'))!);
    expect(app.getState().settings.overrides).toEqual({
      rnn: [], gru: [{ gate: 'z', value: 0.5 }], lstm: [{ gate: 'f', value: 1 }, { gate: 'i', value: 1 }],
    });
  });

  test('the clicker pauses playback', () => {
    showSlide(app, 2);
    app.getState().play();
    advance(app);
    expect(app.getState().isPlaying).toBe(false);
  });
});
