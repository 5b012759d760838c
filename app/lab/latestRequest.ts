/**
 * Newest-wins requests for a control that is dragged (the gradient flow's forget-bias slider):
 * at most one request is in flight; asking again while one runs replaces any waiting request,
 * and only the answer to the newest ask is delivered. So a worker never computes a queue of
 * answers nobody will see, and a late answer never overwrites a newer one. Imports nothing.
 */
export interface LatestRequest<Q> {
  /** Asks for `query`'s answer; earlier asks that have not been answered yet are dropped. */
  ask(query: Q): void;
  /** Drops everything: no answer is delivered after this. */
  stop(): void;
}

export interface LatestRequestHandlers<Q, A> {
  fetch(query: Q): Promise<A>;
  /** The answer to the newest ask. */
  onAnswer(answer: A, query: Q): void;
  onError(error: Error, query: Q): void;
}

export function createLatestRequest<Q, A>({ fetch, onAnswer, onError }: LatestRequestHandlers<Q, A>): LatestRequest<Q> {
  let serial = 0;
  let isBusy = false;
  let waiting: { query: Q; serial: number } | null = null;
  let isStopped = false;

  function run(query: Q, mine: number): void {
    isBusy = true;
    fetch(query).then(
      (answer) => settle(() => onAnswer(answer, query), mine),
      (e: unknown) => settle(() => onError(e instanceof Error ? e : new Error(String(e)), query), mine),
    );
  }

  function settle(deliver: () => void, mine: number): void {
    isBusy = false;
    if (isStopped) return;
    if (mine === serial) deliver();
    const next = waiting;
    waiting = null;
    if (next) run(next.query, next.serial);
  }

  return {
    ask(query) {
      if (isStopped) return;
      serial += 1;
      if (isBusy) waiting = { query, serial };
      else run(query, serial);
    },
    stop() {
      isStopped = true;
      waiting = null;
    },
  };
}
