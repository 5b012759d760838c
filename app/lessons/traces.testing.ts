/**
 * Test support: the engine's real traces for a settings object, computed by the worker's pure
 * handler in-process (tests only; the app itself asks the worker). Imports the handler and the client.
 */
import { handle } from '../../src/worker/handler';
import { traceRequestOf } from '../engine/client';
import type { Settings } from '../store/settingsSlice';
import type { Results } from './checkpoints';

export function resultsFor(settings: Settings): Results {
  const reply = handle(traceRequestOf(settings, 1));
  if (!reply.ok || reply.type !== 'trace') throw new Error(reply.ok ? 'not a trace reply' : reply.error);
  const results: Results = {};
  for (const cell of reply.cells) results[cell.trace.config.kind] = cell;
  return results;
}
