/**
 * What the embed URL says: whether the page runs in embed mode (`?embed`), which host origins
 * may drive it (`origin=`, repeatable or comma separated), and the embed's default panels.
 * Small and synchronous (the rest of app/embed loads lazily); imports nothing.
 */

/** True when the query string has an `embed` key (`?embed`, `?embed=1`, `?x=1&embed`). */
export function isEmbedMode(search: string): boolean {
  return new URLSearchParams(search).has('embed');
}

export interface AllowedOrigins {
  /** Normalised origins (`scheme://host[:port]`); empty when the URL lists none. */
  origins: string[];
  /** Values that are not an http(s) origin, kept out of `origins` (shown to the user as a notice). */
  invalid: string[];
  /** True when the URL lists at least one `origin=` value, valid or not: the embed then fails closed. */
  isRestricted: boolean;
}

/** Longest `origin=` value read; longer ones are refused without parsing. */
const MAX_ORIGIN_LENGTH = 200;

function originOf(text: string): string | null {
  if (text.length > MAX_ORIGIN_LENGTH) return null;
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    // An origin is scheme, host and port only: a path, query or credentials mean a typo.
    if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** Reads the `origin=` values of the query string. */
export function allowedOrigins(search: string): AllowedOrigins {
  const values = new URLSearchParams(search).getAll('origin').flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const origins: string[] = [];
  const invalid: string[] = [];
  for (const value of values) {
    const origin = originOf(value);
    if (origin === null) invalid.push(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    else if (!origins.includes(origin)) origins.push(origin);
  }
  return { origins, invalid, isRestricted: values.length > 0 };
}

/** Whether the hash (with or without '#') sets the visible panels itself (`p=`). */
export function hashSetsPanels(hash: string): boolean {
  return new URLSearchParams(hash.replace(/^#/, '')).has('p');
}

/** The embed's first screen: just the cells, unless the link names its panels (`p=`). */
export function applyEmbedDefaults(store: { getState: () => { applySettings: (patch: { panels: [] }) => void } }, hash: string): void {
  if (!hashSetsPanels(hash)) store.getState().applySettings({ panels: [] });
}
