/**
 * KaTeX, loaded on demand: the script and its stylesheet (fonts come with it as Vite assets) are
 * separate chunks fetched the first time an equation panel asks, so the first screen never waits
 * for them. Typeset TeX is cached: the pieces are our own fixed strings, never user input.
 * Imports katex (dynamically) only.
 */

export type KatexStatus = 'idle' | 'loading' | 'ready' | 'failed';

type RenderToString = (tex: string) => string;

let status: KatexStatus = 'idle';
let render: RenderToString | null = null;
const listeners = new Set<() => void>();
const cache = new Map<string, string>();

function setStatus(next: KatexStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

/** Where loading stands; `useSyncExternalStore` reads it. */
export function katexStatus(): KatexStatus {
  return status;
}

export function subscribeKatex(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Milliseconds of typesetting between two yields to the browser (a long task is 50 ms). */
const SLICE_MS = 8;

/** Typesets strings ahead in short slices, yielding between them, so the swap is one cheap render. */
async function typesetAhead(list: readonly string[]): Promise<void> {
  let k = 0;
  while (k < list.length) {
    const end = performance.now() + SLICE_MS;
    while (k < list.length && performance.now() < end) typeset(list[k++]);
    if (k < list.length) await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** The faces our equations use: letters, digits and operators, bold for vectors. */
const FONTS = ['1em KaTeX_Main', 'italic 1em KaTeX_Main', 'bold 1em KaTeX_Main', 'italic 1em KaTeX_Math', '1em KaTeX_Size1'];

/**
 * Fetches KaTeX's main faces before the equations switch to them: a face that arrives after the
 * switch lays out every equation a second time (a 20–40 ms task while the page loads).
 * A face that fails to load leaves the fallback font, as it would anyway.
 */
async function loadFonts(): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  await Promise.all(FONTS.map((font) => document.fonts.load(font).catch(() => [])));
}

/**
 * Starts loading KaTeX once; later calls share the first. Before it says "ready" it typesets
 * what `needed()` lists (asked after the download, so it is what is on screen by then).
 */
export async function loadKatex(needed: () => readonly string[] = () => []): Promise<void> {
  if (status !== 'idle') return;
  setStatus('loading');
  try {
    const [katex] = await Promise.all([import('katex'), import('katex/dist/katex.min.css')]);
    const options = { throwOnError: false, output: 'html', trust: false } as const;
    render = (tex) => katex.default.renderToString(tex, options);
    await Promise.all([typesetAhead(needed()), loadFonts()]);
    setStatus('ready');
  } catch {
    setStatus('failed');
  }
}

/**
 * KaTeX's HTML for a TeX string, or null while KaTeX is not loaded. The HTML is aria-hidden
 * (KaTeX marks it so); the equation components give every line a spoken form of their own.
 */
export function typeset(tex: string): string | null {
  if (!render) return null;
  let html = cache.get(tex);
  if (html === undefined) {
    html = render(tex);
    cache.set(tex, html);
  }
  return html;
}
