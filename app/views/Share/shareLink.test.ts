import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../store/settingsSlice';
import { decodePolicy } from '../../store/policyUrl';
import { decodeUrlState, encodeUrlState, EXTRA_KEYS } from '../../store/urlState';
import { embedTitle, embedUrl, iframeSnippet, lessonHash, lessonUrl } from './shareLink';

const state = { settings: { ...DEFAULT_SETTINGS, hiddenSize: 6 }, cursor: { t: 3, micro: 2 } };
const open = { hidden: [], locked: [] };
const page = { origin: 'https://school.example', pathname: '/gatelab/', search: '', hash: '' };

afterEach(() => EXTRA_KEYS.delete('slide'));

describe('lesson links', () => {
  test('with nothing hidden or locked, the link is the state’s own hash', () => {
    expect(lessonHash(state, open, '#v=1')).toBe(encodeUrlState(state));
    expect(lessonUrl(page, 'v=1&t=3')).toBe('https://school.example/gatelab/#v=1&t=3');
  });

  test('the policy is appended and reads back, and the state still decodes cleanly', () => {
    const hash = lessonHash(state, { hidden: ['inputs'], locked: ['sizes', 'speed'] }, '');
    expect(hash).toBe(`${encodeUrlState(state)}&hide=inputs&lock=sizes,speed`);
    expect(decodePolicy(hash).policy).toEqual({ hidden: ['inputs'], locked: ['sizes', 'speed'] });
    const decoded = decodeUrlState(hash);
    expect(decoded.ignored).toEqual([]);
    expect(decoded.settings.hiddenSize).toBe(6);
    expect(decoded.cursor).toEqual({ t: 3, micro: 2 });
  });

  test('the page’s old hide/lock are replaced; keys other features own are kept', () => {
    EXTRA_KEYS.add('slide');
    const hash = lessonHash(state, { hidden: [], locked: ['theme'] }, '#v=1&slide=4&hide=whatif&lock=cells&x=junk');
    expect(hash).toBe(`${encodeUrlState(state)}&slide=4&lock=theme`);
  });

  test('the embed link puts ?embed first and keeps the page’s other query keys', () => {
    expect(embedUrl(page, 'v=1')).toBe('https://school.example/gatelab/?embed#v=1');
    expect(embedUrl({ ...page, search: '?embed&origin=https%3A%2F%2Fa.example' }, 'v=1'))
      .toBe('https://school.example/gatelab/?embed&origin=https%3A%2F%2Fa.example#v=1');
  });

  test('the iframe snippet has the embed src, a title, fullscreen and lazy loading, escaped', () => {
    const snippet = iframeSnippet(embedUrl(page, 'v=1&t=3'), embedTitle(['gru', 'lstm']));
    expect(snippet).toBe(
      '<iframe src="https://school.example/gatelab/?embed#v=1&amp;t=3" title="GateLab: GRU and LSTM, gate by gate" ' +
      'width="100%" height="520" allow="fullscreen" loading="lazy"></iframe>',
    );
    expect(iframeSnippet('x"><script>', 't')).toContain('src="x&quot;&gt;&lt;script&gt;"');
  });
});
