import { afterEach, describe, expect, test, vi } from 'vitest';

describe('the first trace drawn', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('is marked once, after the next frame, and tells its listeners then', async () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.resetModules();
    const { isFirstTraceDrawn, markFirstTraceDrawn, onFirstTraceDrawn } = await import('./firstTraceMark');
    const heard: string[] = [];
    onFirstTraceDrawn(() => heard.push('first'));
    const stop = onFirstTraceDrawn(() => heard.push('stopped'));
    stop();
    markFirstTraceDrawn();
    markFirstTraceDrawn(); // a second column: still one mark
    expect(frames).toHaveLength(1);
    expect(isFirstTraceDrawn()).toBe(false); // not before the frame
    frames[0]();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(isFirstTraceDrawn()).toBe(true);
    expect(heard).toEqual(['first']);
    expect(performance.getEntriesByName('gatelab:first-trace-drawn')).toHaveLength(1);
  });
});
