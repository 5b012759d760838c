import { beforeEach, describe, expect, test } from 'vitest';
import { createAppStore } from '../store/store';
import { closeSlides, goToSlide, openSlides, startSlidesSync, toggleNotes, useSlidesMode } from './slidesMode';

/** Just enough of a window: a location with a hash, replaceState, and hashchange listeners. */
function fakeWindow(hash: string) {
  const listeners: (() => void)[] = [];
  const win = {
    location: { hash: hash ? `#${hash.replace(/^#/, '')}` : '', pathname: '/', search: '' },
    history: { state: null, replaceState: (_: unknown, __: string, url: string) => { win.location.hash = url.slice(url.indexOf('#')); } },
    addEventListener: (_: string, listener: () => void) => listeners.push(listener),
    removeEventListener: () => {},
    /** The user edits the hash. */
    navigate: (next: string) => { win.location.hash = `#${next}`; listeners.forEach((l) => l()); },
  };
  return win;
}
const asWindow = (w: ReturnType<typeof fakeWindow>) => w as unknown as Window;

let app = createAppStore();
beforeEach(() => {
  app = createAppStore();
  useSlidesMode.setState({ isSlidesMode: false, slide: 1, isNotesOpen: false, isPendingApply: false, themeBefore: null });
});

describe('slides mode and its URL keys', () => {
  test('a bare lesson link opens slides mode on its slide, asks for the slide’s state and switches to the projector theme', () => {
    const win = fakeWindow('mode=slides&sl=3');
    const stop = startSlidesSync(app, asWindow(win));
    expect(useSlidesMode.getState()).toMatchObject({ isSlidesMode: true, slide: 3, isPendingApply: true, themeBefore: 'light' });
    expect(app.getState().settings.theme).toBe('projector');
    stop();
  });

  test('a link with a theme and a full state keeps both (a reload in slides mode)', () => {
    app.getState().applySettings({ theme: 'dark', cells: ['gru'] });
    const stop = startSlidesSync(app, asWindow(fakeWindow('v=1&c=gru&th=dark&mode=slides&sl=2')));
    expect(useSlidesMode.getState()).toMatchObject({ isSlidesMode: true, slide: 2, isPendingApply: false, themeBefore: null });
    expect(app.getState().settings.theme).toBe('dark');
    stop();
  });

  test('bad slides values become one notice and leave the page as it was', () => {
    const stop = startSlidesSync(app, asWindow(fakeWindow('mode=slides&sl=40')));
    expect(useSlidesMode.getState()).toMatchObject({ isSlidesMode: true, slide: 1 });
    expect(app.getState().notices.map((n) => n.text)).toEqual([
      "Some of the link's slides settings were ignored: sl=40: must be a slide from 1 to 12.",
    ]);
    stop();
  });

  test('moving, opening the notes and leaving rewrite the hash; leaving restores the theme', () => {
    const win = fakeWindow('v=1&c=gru');
    const stop = startSlidesSync(app, asWindow(win));
    openSlides(app);
    expect(win.location.hash).toBe('#v=1&c=gru&mode=slides&sl=1');
    goToSlide(5);
    toggleNotes();
    expect(win.location.hash).toBe('#v=1&c=gru&mode=slides&sl=5&notes=1');
    expect(app.getState().settings.theme).toBe('projector');
    closeSlides(app);
    expect(win.location.hash).toBe('#v=1&c=gru');
    expect(app.getState().settings.theme).toBe('light');
    stop();
  });

  test('editing sl in the address bar goes to that slide', () => {
    const win = fakeWindow('mode=slides&sl=2');
    const stop = startSlidesSync(app, asWindow(win));
    useSlidesMode.setState({ isPendingApply: false });
    win.navigate('v=1&c=gru&mode=slides&sl=6');
    expect(useSlidesMode.getState()).toMatchObject({ slide: 6, isPendingApply: true });
    win.navigate('v=1&c=gru');
    expect(useSlidesMode.getState().isSlidesMode).toBe(false);
    stop();
  });
});
