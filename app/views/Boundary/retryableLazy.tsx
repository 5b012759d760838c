/**
 * A lazily loaded component (one without props) whose failed load can be tried again.
 * React.lazy keeps a failed import's error for good, so a boundary's "Try again" would only show
 * the error again. `retry()` (the boundary calls it first) starts a new load if the last one
 * failed: a network that dropped the chunk may deliver it now. It is not done at the failure
 * itself: React renders a failed part once more before it gives up, and a new load there would
 * start over and over. Imports React only.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type Retryable = (() => React.JSX.Element) & { retry: () => void };

export function retryableLazy(load: () => Promise<{ default: ComponentType }>): Retryable {
  let hasFailed = false;
  const start = (): LazyExoticComponent<ComponentType> => lazy(() => load().catch((error: unknown) => {
    hasFailed = true;
    throw error;
  }));
  let current = start();
  const retry = () => {
    if (!hasFailed) return;
    hasFailed = false;
    current = start();
  };
  return Object.assign(function Retryable() {
    const Current = current;
    return <Current />;
  }, { retry });
}
