import { describe, expect, test } from 'vitest';
import { RESTING, restPanelsOffscreen } from './restingPanels';

/** An element with attributes, enough for the panels' bookkeeping. */
class FakePanel {
  readonly attributes = new Set<string>();
  constructor(readonly name: string) {}
  setAttribute(name: string) { this.attributes.add(name); }
  removeAttribute(name: string) { this.attributes.delete(name); }
  get isResting() { return this.attributes.has(RESTING); }
}

/** A root over `panels` (page order) answering the two queries the module makes. */
function fakeRoot(panels: FakePanel[]) {
  return {
    querySelectorAll: (selector: string) => (selector === '.panel' ? panels : panels.filter((p) => p.isResting)),
    querySelector: (selector: string) => panels.find((p) => p.isResting && selector === `.panel[${RESTING}]`) ?? null,
  } as unknown as Element;
}

function setUp(names: string[]) {
  const panels = names.map((n) => new FakePanel(n));
  const observed: FakePanel[] = [];
  let report: IntersectionObserverCallback = () => {};
  const observe = (callback: IntersectionObserverCallback) => {
    report = callback;
    return { observe: (p: Element) => void observed.push(p as unknown as FakePanel), disconnect: () => void observed.splice(0) };
  };
  const idleTasks: (() => void)[] = [];
  const idle = (task: () => void) => {
    idleTasks.push(task);
    return () => void idleTasks.splice(idleTasks.indexOf(task), 1);
  };
  const rest = restPanelsOffscreen(fakeRoot(panels), observe, idle);
  /** The intersection observer says which panels are on screen. */
  const see = (onScreen: Record<string, boolean>) =>
    report(panels.filter((p) => p.name in onScreen).map((p) => ({ target: p, isIntersecting: onScreen[p.name] }) as unknown as IntersectionObserverEntry), {} as IntersectionObserver);
  const runIdle = () => idleTasks.shift()?.();
  const resting = () => panels.filter((p) => p.isResting).map((p) => p.name);
  return { rest, observed, see, runIdle, idleTasks, resting };
}

describe('restPanelsOffscreen', () => {
  test('at the first start it watches every panel; only those reported off screen rest', () => {
    const { rest, observed, see, resting } = setUp(['timeline', 'equations', 'inputs']);
    rest.setMoving(true);
    expect(observed.map((p) => p.name)).toEqual(['timeline', 'equations', 'inputs']);
    expect(resting()).toEqual([]); // nothing known yet
    see({ timeline: true, equations: false, inputs: false });
    expect(resting()).toEqual(['equations', 'inputs']);
  });

  test('a later start rests the panels already known to be off screen at once', () => {
    const { rest, observed, see, runIdle, resting } = setUp(['timeline', 'equations']);
    rest.setMoving(true);
    see({ timeline: true, equations: false });
    rest.setMoving(false);
    runIdle();
    expect(resting()).toEqual([]);
    rest.setMoving(true);
    expect(resting()).toEqual(['equations']);
    expect(observed).toHaveLength(2); // not watched twice
  });

  test('a panel scrolled away during the motion rests; scrolled away at rest, it does not', () => {
    const { rest, see, runIdle, resting } = setUp(['timeline', 'equations']);
    rest.setMoving(true);
    see({ timeline: true, equations: true });
    expect(resting()).toEqual([]);
    see({ timeline: false });
    expect(resting()).toEqual(['timeline']);
    rest.setMoving(false);
    runIdle();
    see({ equations: false });
    expect(resting()).toEqual([]);
  });

  test('after the motion, the panels wake one per idle moment, in page order', () => {
    const { rest, see, runIdle, idleTasks, resting } = setUp(['timeline', 'equations', 'inputs']);
    rest.setMoving(true);
    see({ timeline: false, equations: false, inputs: false });
    rest.setMoving(false);
    expect(resting()).toEqual(['timeline', 'equations', 'inputs']); // the stop itself wakes none
    runIdle();
    expect(resting()).toEqual(['equations', 'inputs']);
    runIdle();
    expect(resting()).toEqual(['inputs']);
    runIdle();
    expect(resting()).toEqual([]);
    runIdle();
    expect(idleTasks).toHaveLength(0); // and then it stops asking
  });

  test('a new start cancels the waking; the same state twice changes nothing', () => {
    const { rest, see, runIdle, idleTasks, resting } = setUp(['timeline', 'equations', 'inputs']);
    rest.setMoving(true);
    see({ timeline: false, equations: false, inputs: false });
    rest.setMoving(false);
    runIdle();
    rest.setMoving(true);
    expect(idleTasks).toHaveLength(0);
    expect(resting()).toEqual(['timeline', 'equations', 'inputs']);
    rest.setMoving(true);
    rest.setMoving(false);
    rest.setMoving(false);
    expect(idleTasks).toHaveLength(1);
  });

  test('dispose stops watching and wakes every panel at once', () => {
    const { rest, observed, see, idleTasks, resting } = setUp(['timeline', 'equations']);
    rest.setMoving(true);
    see({ timeline: false, equations: false });
    rest.setMoving(false);
    rest.dispose();
    expect(resting()).toEqual([]);
    expect(observed).toHaveLength(0);
    expect(idleTasks).toHaveLength(0);
  });
});
