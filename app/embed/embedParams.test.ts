import { describe, expect, test } from 'vitest';
import { allowedOrigins, applyEmbedDefaults, hashSetsPanels, isEmbedMode } from './embedParams';

describe('the embed URL', () => {
  test('embed mode is on whenever the query has an embed key, with or without a value', () => {
    expect(isEmbedMode('?embed')).toBe(true);
    expect(isEmbedMode('?x=1&embed=1')).toBe(true);
    expect(isEmbedMode('')).toBe(false);
    expect(isEmbedMode('?embedded')).toBe(false);
  });

  test('origin= values may repeat or be comma separated, and are normalised to origins', () => {
    const read = allowedOrigins('?embed&origin=https://Course.Example.org:443&origin=http://127.0.0.1:4312,http://localhost:8080/');
    expect(read.origins).toEqual(['https://course.example.org', 'http://127.0.0.1:4312', 'http://localhost:8080']);
    expect(read.invalid).toEqual([]);
    expect(read.isRestricted).toBe(true);
  });

  test('values that are not http(s) origins are reported and not allowed', () => {
    const read = allowedOrigins('?origin=javascript:alert(1),https://a.example/path,null,*,ftp://x.example');
    expect(read.origins).toEqual([]);
    expect(read.invalid).toEqual(['javascript:alert(1)', 'https://a.example/path', 'null', '*', 'ftp://x.example']);
    expect(read.isRestricted).toBe(true);
  });

  test('without origin= the embed is not restricted', () => {
    expect(allowedOrigins('?embed')).toEqual({ origins: [], invalid: [], isRestricted: false });
  });

  test('the embed shows only the cells unless the hash names its panels', () => {
    const calls: unknown[] = [];
    const store = { getState: () => ({ applySettings: (patch: unknown) => calls.push(patch) }) };
    applyEmbedDefaults(store, '#v=1&hs=8');
    expect(calls).toEqual([{ panels: [] }]);
    expect(hashSetsPanels('#v=1&p=timeline')).toBe(true);
    expect(hashSetsPanels('v=1&p=')).toBe(true);
    applyEmbedDefaults(store, '#v=1&p=timeline');
    expect(calls).toHaveLength(1);
  });
});
