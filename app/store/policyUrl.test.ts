import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyPolicyHash, decodePolicy, encodePolicy } from './policyUrl';
import { CONTROL_GROUP_IDS, controlState, type ControlGroup } from './policySlice';
import { createAppStore } from './store';
import { decodeUrlState } from './urlState';
import { startUrlSync } from './urlSync';

describe('the lesson policy in the URL', () => {
  test('hide and lock name the groups they hide and lock', () => {
    const { policy, ignored } = decodePolicy('#v=1&hide=inputs,theme&lock=sizes,speed');
    expect(ignored).toEqual([]);
    expect(policy).toEqual({ hidden: ['inputs', 'theme'], locked: ['sizes', 'speed'] });
    expect(controlState(policy, 'inputs')).toBe('hidden');
    expect(controlState(policy, 'sizes')).toBe('locked');
    expect(controlState(policy, 'whatif')).toBe('shown');
  });

  test('an unknown group is ignored and named, the known ones still apply', () => {
    const { policy, ignored } = decodePolicy('hide=inputs,bogus&lock=<script>');
    expect(policy).toEqual({ hidden: ['inputs'], locked: [] });
    expect(ignored).toHaveLength(2);
    expect(ignored[0]).toMatch(/^hide=bogus: not a control group \(cells, sizes/);
    expect(ignored[1]).toMatch(/^lock=<script>: not a control group/);
  });

  test('a group both hidden and locked is hidden', () => {
    const { policy } = decodePolicy('hide=whatif&lock=whatif,theme');
    expect(policy).toEqual({ hidden: ['whatif'], locked: ['theme'] });
    expect(controlState(policy, 'whatif')).toBe('hidden');
  });

  test('an open policy writes nothing, and a written policy reads back the same', () => {
    expect(encodePolicy({ hidden: [], locked: [] })).toBe('');
    expect(encodePolicy({ hidden: ['theme', 'cells'], locked: ['speed', 'theme'] })).toBe('hide=cells,theme&lock=speed');
    const groups = fc.subarray([...CONTROL_GROUP_IDS]);
    fc.assert(fc.property(groups, groups, (hidden: ControlGroup[], locked: ControlGroup[]) => {
      const back = decodePolicy(encodePolicy({ hidden, locked }));
      expect(back.ignored).toEqual([]);
      expect(new Set(back.policy.hidden)).toEqual(new Set(hidden));
      expect(new Set(back.policy.locked)).toEqual(new Set(locked.filter((g) => !hidden.includes(g))));
    }));
  });

  test('any hash at all decodes without throwing', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => {
      const { policy } = decodePolicy(`hide=${a}&lock=${encodeURIComponent(b)}`);
      expect([...policy.hidden, ...policy.locked].every((g) => CONTROL_GROUP_IDS.includes(g))).toBe(true);
    }));
  });

  test('the settings decoder leaves hide and lock alone instead of calling them unknown', () => {
    expect(decodeUrlState('v=1&hide=inputs&lock=sizes').ignored).toEqual([]);
  });

  test('applying a hash sets the policy and names what was ignored in one notice', () => {
    const store = createAppStore();
    applyPolicyHash(store, '#lock=sizes,nope');
    expect(store.getState().policy).toEqual({ hidden: [], locked: ['sizes'] });
    const notices = store.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0].text).toContain('lock=nope: not a control group');
  });
});

/** Just enough of a window for the URL sync: a location, replaceState and listeners. */
function fakeWindow(hash: string) {
  const location = { pathname: '/', search: '', hash };
  const win = {
    location,
    history: {
      state: null,
      replaceState: (_: unknown, __: string, url: string) => { location.hash = url.slice(url.indexOf('#')); },
    },
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  return win as unknown as Window;
}

describe('the URL sync and the lesson keys', () => {
  test('rewriting the hash after a change keeps hide and lock', async () => {
    const store = createAppStore();
    const win = fakeWindow('#v=1&hs=3&hide=inputs&lock=sizes,speed');
    const stop = startUrlSync(store, win);
    store.getState().seek(2);
    await new Promise((resolve) => setTimeout(resolve, 5));
    stop();
    expect(win.location.hash).toBe('#v=1&hs=3&t=2&hide=inputs&lock=sizes,speed');
  });
});
