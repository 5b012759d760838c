/**
 * Looks up, ahead of time, the system fonts the default screen draws with. The first layout of
 * text in a new font setting (family, size, weight, style) waits for the browser process to match
 * the font (Chromium on Linux: synchronous font-matching calls, 1–9 ms each on a cold load); the
 * frame that first drew both cells waited on about fifteen of them at once, 25–35 ms, and was the
 * load's long task. Here they are laid out one at a time in idle moments while the app's code
 * loads, in a hidden box that is removed afterwards; the font cache keeps them.
 *
 * The lists mirror the stylesheets: e2e/font-warmup.spec.ts fails, naming the setting, if the
 * default screen or its panels draw text in a setting missing here. Imports app/ only.
 */
import { whenIdle } from './whenIdle';

export interface FontSetting {
  /** A font stack of base.css. */
  family: 'font' | 'mono' | 'serif' | 'plain-math';
  px: number;
  weight: 400 | 600 | 700;
  isItalic?: boolean;
  /** The setting's characters outside ASCII (each may need a fallback font) and a letter. */
  sample: string;
}

/** The header, playback controls, narration and both cells (`#v=1&p=`: no panels). */
export const FIRST_SCREEN_FONTS: readonly FontSetting[] = [
  { family: 'font', px: 22.5, weight: 700, sample: 'G' }, // h1
  { family: 'font', px: 15, weight: 400, sample: 'a×…−▶◀⟲’√≈' }, // body, buttons
  { family: 'font', px: 15, weight: 600, sample: 'P▶' }, // primary button
  { family: 'mono', px: 15, weight: 400, sample: '1' }, // slider readout
  { family: 'font', px: 14.25, weight: 400, sample: 'a' }, // narration
  { family: 'font', px: 17.25, weight: 700, sample: 'G' }, // cell headings
  { family: 'serif', px: 19, weight: 400, isItalic: true, sample: 'h' }, // ports
  { family: 'serif', px: 13.3, weight: 400, sample: 't−' }, // port subscripts
  { family: 'font', px: 21, weight: 700, isItalic: true, sample: 'z' }, // gate letters
  { family: 'font', px: 14, weight: 400, sample: 'σ−' }, // gate functions, operators
  { family: 'serif', px: 16, weight: 400, isItalic: true, sample: 'W' }, // W_hn
  { family: 'serif', px: 11.2, weight: 400, sample: 'h' }, // its subscript
  { family: 'mono', px: 14.025, weight: 700, sample: 'h' }, // vector letters
  { family: 'font', px: 12.75, weight: 400, sample: 'a·−±’“”←↑→↓≈' }, // vector labels
  { family: 'mono', px: 12.75, weight: 400, sample: '0−' }, // unit values
];

/** The panels below the cells (timeline, equations, inputs, what-if, parameter counts), KaTeX aside. */
export const PANEL_FONTS: readonly FontSetting[] = [
  { family: 'font', px: 16.5, weight: 700, sample: 'W…' },
  { family: 'font', px: 13.5, weight: 400, sample: 'a’' },
  { family: 'mono', px: 15, weight: 700, sample: 'G' },
  { family: 'font', px: 15, weight: 700, sample: 'G' },
  { family: 'mono', px: 12, weight: 400, sample: '0' },
  { family: 'mono', px: 12, weight: 700, sample: '1' },
  { family: 'font', px: 12, weight: 600, sample: 'a·' },
  { family: 'font', px: 12, weight: 400, sample: 'a' },
  { family: 'mono', px: 13.5, weight: 700, sample: '0' },
  { family: 'mono', px: 11.25, weight: 700, sample: '0' },
  { family: 'font', px: 13.5, weight: 400, isItalic: true, sample: 'd' },
  { family: 'font', px: 11.475, weight: 600, sample: 'C' },
  { family: 'font', px: 13.5, weight: 700, sample: 'A' },
  { family: 'mono', px: 13.5, weight: 400, sample: 'd·' },
  { family: 'mono', px: 14.85, weight: 700, sample: '1' },
  { family: 'font', px: 11.475, weight: 400, sample: 'a' },
  { family: 'font', px: 12.15, weight: 400, sample: 'a' },
  { family: 'mono', px: 12.15, weight: 400, sample: 'd·' },
  { family: 'mono', px: 13.365, weight: 700, sample: '1' },
  { family: 'font', px: 12.75, weight: 400, isItalic: true, sample: 'd' },
  // Equations in plain text until KaTeX has loaded: equation, its subscripts, the numbers line.
  { family: 'plain-math', px: 17.25, weight: 400, sample: 'σ⊙−' },
  { family: 'plain-math', px: 12.075, weight: 400, sample: '−' },
  { family: 'plain-math', px: 15.87, weight: 400, sample: 'σ−·' },
];

/**
 * One more setting is laid out in an idle moment only while this much of it is left: a lookup
 * waits 1–12 ms on a cold load (three at once were one 37 ms task, with the browser busy).
 */
const SPARE_MS = 12;
/**
 * And only while the idle moment's lookups so far took less than this: a lookup that waits on a
 * busy browser process takes 20 ms and more, and the idle deadline does not know (a cold load had
 * one idle callback of 58 ms).
 */
const STEP_BUDGET_MS = 16;
const IDLE_TIMEOUT_MS = 200;

/** The inline style that draws text in `setting` (the stacks are base.css's custom properties). */
export function fontStyleOf(setting: FontSetting): string {
  return `font-family: var(--${setting.family}); font-size: ${setting.px}px; font-weight: ${setting.weight}; font-style: ${setting.isItalic ? 'italic' : 'normal'}`;
}

/**
 * Lays out a sample of each setting in a hidden box under `doc.body`, one at a time, as many per
 * idle moment as leave SPARE_MS of it and take under STEP_BUDGET_MS (at least one), then removes
 * the box. Returns a function
 * that stops it (and removes the box).
 */
export function warmFonts(settings: readonly FontSetting[], doc: Document = document, win: Window = window): () => void {
  if (settings.length === 0) return () => {};
  const box = doc.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  // Laid out (visibility, not display) but never painted, and contained so its layout is its own.
  box.style.cssText = 'position: absolute; top: 0; left: 0; width: 1px; height: 1px; overflow: hidden; visibility: hidden; contain: strict; white-space: nowrap; pointer-events: none';
  doc.body.append(box);
  let next = 0;
  let cancel = () => {};
  const step = (deadline?: IdleDeadline) => {
    const started = performance.now();
    do {
      const span = doc.createElement('span');
      span.style.cssText = fontStyleOf(settings[next]);
      span.textContent = settings[next].sample;
      box.append(span);
      next += 1;
      // Reading a size lays the new text out now, in this idle moment, not in the next frame.
      void box.getBoundingClientRect();
    } while (next < settings.length && (deadline?.timeRemaining() ?? 0) > SPARE_MS && performance.now() - started < STEP_BUDGET_MS);
    if (next < settings.length) cancel = whenIdle(step, IDLE_TIMEOUT_MS, win);
    else box.remove();
  };
  cancel = whenIdle(step, IDLE_TIMEOUT_MS, win);
  return () => {
    cancel();
    box.remove();
  };
}
