/**
 * Our TeX read as plain text, for the moment before KaTeX has loaded and for aria-labels:
 * `W_{hz} h_{t-1}` becomes "W" with subscript "hz", and so on. Covers only the small TeX
 * vocabulary the equation builders write (tested against every line they produce). Imports nothing.
 */

/** A run of plain text, set as a subscript or not. */
export interface PlainPart {
  text: string;
  isSub: boolean;
}

const COMMANDS: Record<string, string> = {
  sigma: 'σ', tanh: 'tanh', odot: '⊙', cdot: '·', times: '×', approx: '≈', to: '→',
};

/** Commands whose braced argument is shown as it is. */
const TEXT_COMMANDS = new Set(['text', 'mathrm']);

/** The index just past the group that opens at `at` (a `{` … `}` pair, or one character). */
function groupEnd(tex: string, at: number): number {
  if (tex[at] !== '{') return at + 1;
  let depth = 0;
  for (let k = at; k < tex.length; k++) {
    if (tex[k] === '{') depth++;
    else if (tex[k] === '}' && --depth === 0) return k + 1;
  }
  return tex.length;
}

function groupBody(tex: string, at: number, end: number): string {
  return tex[at] === '{' ? tex.slice(at + 1, end - 1) : tex.slice(at, end);
}

function read(tex: string, isSub: boolean, out: PlainPart[]): void {
  const push = (text: string, sub = isSub) => {
    const last = out[out.length - 1];
    if (last && last.isSub === sub) last.text += text;
    else out.push({ text, isSub: sub });
  };
  let k = 0;
  while (k < tex.length) {
    const ch = tex[k];
    if (ch === '\\') {
      const name = /^[A-Za-z]+/.exec(tex.slice(k + 1))?.[0] ?? '';
      if (!name) {
        push(tex[k + 1] === ',' || tex[k + 1] === ' ' ? ' ' : (tex[k + 1] ?? ''));
        k += 2;
        continue;
      }
      k += 1 + name.length;
      if (TEXT_COMMANDS.has(name)) {
        const end = groupEnd(tex, k);
        push(groupBody(tex, k, end));
        k = end;
      } else {
        push(COMMANDS[name] ?? name);
      }
    } else if (ch === '_') {
      const end = groupEnd(tex, k + 1);
      read(groupBody(tex, k + 1, end), true, out);
      k = end;
    } else if (ch === '{') {
      const end = groupEnd(tex, k);
      read(groupBody(tex, k, end), isSub, out);
      k = end;
    } else {
      push(ch === '-' ? '−' : ch === '}' ? '' : ch);
      k++;
    }
  }
}

/** Plain text runs of a TeX string; runs of spaces become one. */
export function texToPlain(tex: string): PlainPart[] {
  const out: PlainPart[] = [];
  read(tex, false, out);
  return out
    .map((part) => ({ ...part, text: part.text.replace(/\s+/g, ' ') }))
    .filter((part) => part.text !== '');
}

/** One line of text for screen readers: subscripts written after an underscore (W_hz). */
export function texToSpoken(tex: string): string {
  return texToPlain(tex)
    .map((part) => (part.isSub ? `_${part.text}` : part.text))
    .join('');
}
