/**
 * Lesson links and embed snippets: the URL of exactly what is on screen (the state's hash, the
 * keys other features own, and the chosen hide/lock policy), the same URL in embed mode
 * (`?embed`), and an iframe snippet for it. Pure; imports app/store only.
 */
import { CELL_NAMES } from '../../store/microSteps';
import { encodePolicy, POLICY_KEYS } from '../../store/policyUrl';
import type { Policy } from '../../store/policySlice';
import { encodeUrlState, type UrlState } from '../../store/urlState';
import { extraParams } from '../../store/urlSync';

/** Where the page is: `window.location` or a part of it. */
export interface PageAddress {
  origin: string;
  pathname: string;
  search: string;
  hash: string;
}

/** The hash of a lesson link: the state, other features' keys as the page has them, the policy. */
export function lessonHash(state: UrlState, policy: Policy, currentHash: string): string {
  const others = extraParams(currentHash).split('&')
    .filter((part) => part !== '' && !(POLICY_KEYS as readonly string[]).includes(part.split('=')[0]));
  return [encodeUrlState(state), ...others, encodePolicy(policy)].filter(Boolean).join('&');
}

/** The full link to the page with this hash. */
export function lessonUrl(page: PageAddress, hash: string): string {
  return `${page.origin}${page.pathname}${page.search}#${hash}`;
}

/** The same link in embed mode: `?embed` first, the page's other query keys kept. */
export function embedUrl(page: PageAddress, hash: string): string {
  const query = new URLSearchParams(page.search);
  query.delete('embed');
  const rest = query.toString();
  return `${page.origin}${page.pathname}?embed${rest ? `&${rest}` : ''}#${hash}`;
}

/** "GateLab: GRU and LSTM, gate by gate". */
export function embedTitle(cells: UrlState['settings']['cells']): string {
  return `GateLab: ${cells.map((c) => CELL_NAMES[c]).join(' and ')}, gate by gate`;
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The iframe a teacher pastes into a course page (the frame reports its height; see docs/embed.md). */
export function iframeSnippet(src: string, title: string): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="520" allow="fullscreen" loading="lazy"></iframe>`;
}
