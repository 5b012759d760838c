import { describe, expect, test } from 'vitest';
import { decodeUrlState } from '../store/urlState';
import { readSlidesUrl, writeSlidesUrl } from './slidesUrl';

describe('slides mode in the URL', () => {
  test('mode, slide and notes are read; a bare lesson link is told from a full state', () => {
    expect(readSlidesUrl('#mode=slides&sl=3&notes=1')).toEqual({
      state: { isSlidesMode: true, slide: 3, isNotesOpen: true }, ignored: [], isLessonLink: true, hasTheme: false,
    });
    const full = readSlidesUrl('#v=1&c=gru&th=light&t=2&mode=slides&sl=2');
    expect(full).toMatchObject({ state: { isSlidesMode: true, slide: 2, isNotesOpen: false }, isLessonLink: false, hasTheme: true });
    expect(readSlidesUrl('#v=1&th=dark&mode=slides&sl=5').isLessonLink).toBe(true);
  });

  test('bad values fall back and each is named; nothing throws', () => {
    const read = readSlidesUrl('#mode=talk&sl=13&notes=yes');
    expect(read.state).toEqual({ isSlidesMode: false, slide: 1, isNotesOpen: false });
    expect(read.ignored).toEqual([
      'mode=talk: the modes are slides and lab',
      'sl=13: must be a slide from 1 to 12',
      'notes=yes: must be 0 or 1',
    ]);
    for (const hash of ['#sl=0', '#sl=-1', '#sl=2.5', '#sl=', '#%%%', `#sl=${'9'.repeat(500)}`]) {
      expect(() => readSlidesUrl(hash)).not.toThrow();
      expect(readSlidesUrl(hash).state.slide).toBe(1);
    }
  });

  test('writing sets only the slides keys and keeps every other part verbatim', () => {
    const hash = 'v=1&c=gru,lstm&o=gru:z:1&hide=inputs&sl=2';
    expect(writeSlidesUrl(hash, { isSlidesMode: true, slide: 4, isNotesOpen: true })).toBe('v=1&c=gru,lstm&o=gru:z:1&hide=inputs&mode=slides&sl=4&notes=1');
    expect(writeSlidesUrl(`#${hash}&mode=slides&notes=1`, { isSlidesMode: false, slide: 4, isNotesOpen: true })).toBe('v=1&c=gru,lstm&o=gru:z:1&hide=inputs');
    expect(writeSlidesUrl('#%E0%A4%A=1&mode=slides', { isSlidesMode: true, slide: 1, isNotesOpen: false })).toBe('%E0%A4%A=1&mode=slides&sl=1');
  });

  test("the training lab's mode=lab is not slides mode, is not called bad, and survives a slides write", () => {
    expect(readSlidesUrl('#mode=lab&lt=adding')).toMatchObject({ state: { isSlidesMode: false }, ignored: [] });
    expect(writeSlidesUrl('v=1&mode=lab&lt=adding', { isSlidesMode: false, slide: 1, isNotesOpen: false })).toBe('v=1&mode=lab&lt=adding');
    expect(writeSlidesUrl('v=1&mode=lab', { isSlidesMode: true, slide: 2, isNotesOpen: false })).toBe('v=1&mode=slides&sl=2');
  });

  test('the settings decoder leaves the slides keys alone instead of calling them unknown', () => {
    expect(decodeUrlState('#v=1&mode=slides&sl=3&notes=1').ignored).toEqual([]);
  });
});
