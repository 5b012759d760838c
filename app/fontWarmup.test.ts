import { afterEach, describe, expect, test, vi } from 'vitest';
import { FIRST_SCREEN_FONTS, PANEL_FONTS, fontStyleOf, warmFonts, type FontSetting } from './fontWarmup';

/** Just enough of a document for warmFonts: elements that record their children and layout reads. */
function fakePage() {
  const log: string[] = [];
  const make = () => {
    const el = {
      children: [] as unknown[], style: { cssText: '' }, textContent: '', isConnected: false,
      setAttribute: () => {},
      append: (child: { isConnected: boolean }) => { el.children.push(child); child.isConnected = true; },
      remove: () => { el.isConnected = false; log.push('removed'); },
      getBoundingClientRect: () => { log.push(`layout ${el.children.length}`); return {}; },
    };
    return el;
  };
  const body = make();
  const idle: ((deadline: IdleDeadline) => void)[] = [];
  const doc = { body, createElement: make } as unknown as Document;
  const win = { requestIdleCallback: (task: (deadline: IdleDeadline) => void) => idle.push(task), cancelIdleCallback: () => idle.splice(0) } as unknown as Window;
  const box = () => body.children[0] as ReturnType<typeof make>;
  return { doc, win, log, idle, box };
}

const settings: FontSetting[] = Array.from({ length: 7 }, (_, k) => ({ family: 'font', px: 10 + k, weight: 400, sample: 'a' }));

afterEach(() => { vi.restoreAllMocks(); });

describe('warmFonts', () => {
  test('lays out settings one by one while an idle moment has time to spare, then removes its box', () => {
    const page = fakePage();
    warmFonts(settings, page.doc, page.win);
    expect(page.box().isConnected).toBe(true);
    expect(page.box().children).toHaveLength(0); // nothing before the first idle moment
    // Idle moments of 40 ms, each lookup taking 10 of them: after three, 10 ms are left (< 12).
    while (page.idle.length) {
      let left = 40;
      page.log.push('idle');
      page.idle.shift()!({ didTimeout: false, timeRemaining: () => (left -= 10) });
    }
    expect(page.log).toEqual(['idle', 'layout 1', 'layout 2', 'layout 3', 'idle', 'layout 4', 'layout 5', 'layout 6', 'idle', 'layout 7', 'removed']);
    expect(page.idle).toHaveLength(0);
    const spans = page.box().children as { style: { cssText: string }; textContent: string }[];
    expect(spans.map((s) => s.style.cssText)).toEqual(settings.map(fontStyleOf));
    expect(page.box().isConnected).toBe(false);
  });

  test('slow lookups end an idle moment’s work early, whatever time the moment has left', () => {
    // Each layout read takes 7 ms of the clock (a browser process busy with the load).
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const page = fakePage();
    page.doc.createElement = ((make) => () => {
      const el = make() as { getBoundingClientRect: () => object };
      const read = el.getBoundingClientRect;
      el.getBoundingClientRect = () => { clock += 7; return read(); };
      return el;
    })(page.doc.createElement.bind(page.doc) as () => unknown) as unknown as Document['createElement'];
    warmFonts(settings, page.doc, page.win);
    page.log.push('idle');
    page.idle.shift()!({ didTimeout: false, timeRemaining: () => 49 }); // plenty of time, by the deadline
    expect(page.log).toEqual(['idle', 'layout 1', 'layout 2', 'layout 3']); // 21 ms ≥ 16: stop
    expect(page.idle).toHaveLength(1);
  });

  test('stopped early, it lays out nothing more and its box goes', () => {
    const page = fakePage();
    const stop = warmFonts(settings, page.doc, page.win);
    page.idle.shift()!({ didTimeout: true, timeRemaining: () => 0 }); // one setting, no time to spare
    expect(page.log).toEqual(['layout 1']);
    stop();
    expect(page.idle).toHaveLength(0);
    expect(page.box().isConnected).toBe(false);
  });

  test('a setting becomes the CSS of its stack, size, weight and style', () => {
    expect(fontStyleOf({ family: 'serif', px: 19, weight: 400, isItalic: true, sample: 'h' }))
      .toBe('font-family: var(--serif); font-size: 19px; font-weight: 400; font-style: italic');
  });

  test('no setting is listed twice', () => {
    const keys = [...FIRST_SCREEN_FONTS, ...PANEL_FONTS].map(fontStyleOf);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
