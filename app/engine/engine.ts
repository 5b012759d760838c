/**
 * The app's one engine client, started before React renders so the first trace is on its way
 * while the page paints. Imports the client and the store.
 */
import { useStore } from '../store/store';
import { startEngineClient, type EngineClient } from './client';

let client: EngineClient | null = null;

export function makeEngineWorker(): Worker {
  return new Worker(new URL('../../src/worker/worker.ts', import.meta.url), { type: 'module', name: 'gatelab-engine' });
}

export function startEngine(): EngineClient {
  client ??= startEngineClient(useStore, makeEngineWorker);
  return client;
}

export function engine(): EngineClient {
  return startEngine();
}
