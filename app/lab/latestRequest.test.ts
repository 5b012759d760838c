import { describe, expect, test } from 'vitest';
import { createLatestRequest } from './latestRequest';

/** A fetch whose answers the test releases by hand, in any order. */
function manualFetch() {
  const pending: { query: number; resolve(a: string): void; reject(e: Error): void }[] = [];
  return {
    pending,
    fetch: (query: number) => new Promise<string>((resolve, reject) => pending.push({ query, resolve, reject })),
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('newest-wins requests', () => {
  test('asks made while one is in flight collapse into the newest, and only its answer is delivered', async () => {
    const { pending, fetch } = manualFetch();
    const answers: string[] = [];
    const r = createLatestRequest({ fetch, onAnswer: (a) => answers.push(a), onError: () => answers.push('error') });
    r.ask(1);
    r.ask(2);
    r.ask(3);
    expect(pending.map((p) => p.query)).toEqual([1]); // one in flight, 2 was replaced by 3
    pending[0].resolve('one');
    await flush();
    expect(answers).toEqual([]); // 1 is stale: 3 was asked since
    expect(pending.map((p) => p.query)).toEqual([1, 3]);
    pending[1].resolve('three');
    await flush();
    expect(answers).toEqual(['three']);
  });

  test('an error reaches onError for the newest ask only; stop drops everything', async () => {
    const { pending, fetch } = manualFetch();
    const seen: string[] = [];
    const r = createLatestRequest({ fetch, onAnswer: (a) => seen.push(a), onError: (e, q) => seen.push(`${q}: ${e.message}`) });
    r.ask(1);
    pending[0].reject(new Error('bad spec'));
    await flush();
    expect(seen).toEqual(['1: bad spec']);
    r.ask(2);
    r.stop();
    pending[1].resolve('late');
    await flush();
    r.ask(3);
    expect(seen).toEqual(['1: bad spec']);
    expect(pending).toHaveLength(2);
  });
});
