/**
 * Runs one validated embed command against the store and says how it went: every command
 * answers with the state after it; a refused one changes nothing. Imports app/store and the
 * embed message and state-object modules.
 */
import { microStepCount } from '../store/selectors';
import type { Store } from '../store/store';
import type { Command } from './messages';
import { decodeStateObject, toStateObject, type StateObject } from './stateObject';

type StoreApi = { getState: () => Store };

export type CommandResult = { ok: true; result: StateObject } | { ok: false; error: string };

/** The state object of the store as it is now. */
export function currentStateObject(store: StoreApi): StateObject {
  const s = store.getState();
  return toStateObject(s.settings, s.cursor, s.isPlaying);
}

function seekProblem(s: Store, t: number, micro: number | undefined): string | null {
  const T = s.settings.steps;
  const M = s.settings.isParallel ? 1 : microStepCount(s.settings.cells);
  if (t < 1 || t > T) return `seek: t=${t} is out of range 1..${T}`;
  if (micro !== undefined && (micro < 0 || micro >= M)) return `seek: micro=${micro} is out of range 0..${M - 1}`;
  return null;
}

/** Applies `command`; on refusal the store is left exactly as it was. */
export function runCommand(store: StoreApi, command: Command): CommandResult {
  const s = store.getState();
  switch (command.cmd) {
    case 'play':
      s.play();
      break;
    case 'pause':
      s.pause();
      break;
    case 'step':
      if (command.unit === 'time') s.nextTimeStep(); else s.stepForward();
      break;
    case 'back':
      if (command.unit === 'time') s.previousTimeStep(); else s.stepBack();
      break;
    case 'seek': {
      const problem = seekProblem(s, command.t, command.micro);
      if (problem) return { ok: false, error: problem };
      s.seek(command.t, command.micro ?? 0);
      break;
    }
    case 'set': {
      const decoded = decodeStateObject(command.state, { settings: s.settings, cursor: s.cursor, isPlaying: s.isPlaying });
      if (!decoded.ok) return decoded;
      s.applySettings(decoded.settings);
      store.getState().seek(decoded.cursor.t, decoded.cursor.micro);
      if (decoded.playing === true) store.getState().play();
      if (decoded.playing === false) store.getState().pause();
      if (decoded.adjusted.length > 0) {
        s.addNotice('info', `The host page's change reset settings that no longer fit: ${decoded.adjusted.join('; ')}.`);
      }
      break;
    }
    case 'get':
      break;
  }
  return { ok: true, result: currentStateObject(store) };
}
