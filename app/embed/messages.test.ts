import { describe, expect, test } from 'vitest';
import { MAX_MESSAGE_CHARS, parseMessage } from './messages';

const invalid = (data: unknown) => {
  const parsed = parseMessage(data);
  if (parsed.kind !== 'invalid') throw new Error(`expected a refusal, got ${parsed.kind}`);
  return parsed;
};

describe('host messages', () => {
  test.each([null, 'play', 42, [1, 2], { cmd: 'play' }, { gatelab: 2, cmd: 'play' }, { gatelab: '1', cmd: 'play' }])(
    '%j is not for GateLab v1 and is ignored silently', (data) => {
      expect(parseMessage(data)).toEqual({ kind: 'ignore' });
    },
  );

  test('every command of protocol v1 is accepted with its arguments', () => {
    const commands = [
      { gatelab: 1, cmd: 'play' }, { gatelab: 1, cmd: 'pause', id: 'a' },
      { gatelab: 1, cmd: 'step' }, { gatelab: 1, cmd: 'step', unit: 'time' }, { gatelab: 1, cmd: 'back', unit: 'micro' },
      { gatelab: 1, cmd: 'seek', t: 3 }, { gatelab: 1, cmd: 'seek', t: 3, micro: 2 },
      { gatelab: 1, cmd: 'set', state: { hs: 8, th: 'dark', playing: false } }, { gatelab: 1, cmd: 'get', id: 'x' },
    ];
    for (const data of commands) expect(parseMessage(data)).toEqual({ kind: 'command', command: data });
  });

  test('an unknown command is refused by name, keeping the id for the reply', () => {
    expect(invalid({ gatelab: 1, id: 'q1', cmd: 'explode' })).toEqual({
      kind: 'invalid', id: 'q1', error: 'cmd: unknown command "explode" (known: play, pause, step, back, seek, set, get)',
    });
    expect(invalid({ gatelab: 1 }).error).toMatch(/^cmd: expected one of play/);
  });

  test.each([
    [{ gatelab: 1, cmd: 'seek', t: '3' }, /^seek: t: expected number/],
    [{ gatelab: 1, cmd: 'seek', t: 2.5 }, /^seek: t: must be a whole number/],
    [{ gatelab: 1, cmd: 'seek' }, /^seek: t: /],
    [{ gatelab: 1, cmd: 'step', unit: 'year' }, /^step: unit: must be one of "micro", "time"/],
    [{ gatelab: 1, cmd: 'set', state: 'hs=8' }, /^set: state: expected record/],
    [{ gatelab: 1, cmd: 'set', state: { hs: { deep: 1 } } }, /^set: state\.hs: /],
    [{ gatelab: 1, cmd: 'play', extra: true }, /^play: .*unknown field\(s\) extra/],
    [{ gatelab: 1, cmd: 'play', id: 7 }, /^play: id: expected string/],
  ])('%j is refused with an error naming the field', (data, error) => {
    expect(invalid(data).error).toMatch(error);
  });

  test('a message over the size limit is refused before it is read', () => {
    const huge = { gatelab: 1, id: 'big', cmd: 'set', state: { x: 'c:'.padEnd(1024 * 1024, '1') } };
    expect(invalid(huge)).toEqual({ kind: 'invalid', id: 'big', error: `message: ${JSON.stringify(huge).length} characters of JSON is over the limit of ${MAX_MESSAGE_CHARS}` });
  });

  test('a string longer than the per-string limit is refused even inside the size limit', () => {
    expect(invalid({ gatelab: 1, cmd: 'set', state: { x: 'c:'.padEnd(40_000, '1') } }).error).toMatch(/^set: state\.x: must be at most 32768 .*long/);
  });

  test('a message JSON cannot express is refused, not thrown', () => {
    const cyclic: Record<string, unknown> = { gatelab: 1, cmd: 'get' };
    cyclic.self = cyclic;
    expect(invalid(cyclic).error).toMatch(/^message: cannot be read as JSON/);
  });

  test('an unusable id is not echoed', () => {
    expect(invalid({ gatelab: 1, id: 'x'.repeat(65), cmd: 'nope' })).not.toHaveProperty('id');
  });
});
