/**
 * Validation of host → frame messages (embed protocol v1) with zod/mini: what is not meant for
 * GateLab is ignored, what is meant for it but malformed is refused with an error naming the
 * problem. Imports zod/mini and the shared issue formatter of src/worker.
 */
import * as z from 'zod/mini';
import { describeIssues } from '../../src/worker/issues';

/** The protocol version this frame speaks (`gatelab: 1`). */
export const PROTOCOL_VERSION = 1;
/** Messages whose JSON is longer than this are refused unread. */
export const MAX_MESSAGE_CHARS = 64 * 1024;
/** Longest string value inside `set`'s state (a custom input sequence, small imported weights). */
export const MAX_STRING_CHARS = 32 * 1024;
/** Longest command id. */
export const MAX_ID_CHARS = 64;

export const COMMANDS = ['play', 'pause', 'step', 'back', 'seek', 'set', 'get'] as const;
export type CommandName = (typeof COMMANDS)[number];

const head = {
  gatelab: z.literal(PROTOCOL_VERSION),
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_ID_CHARS))),
};
const unit = z.optional(z.enum(['micro', 'time']));
const stateValue = z.union([z.number(), z.string().check(z.maxLength(MAX_STRING_CHARS)), z.boolean()]);

const SCHEMAS = {
  play: z.strictObject({ ...head, cmd: z.literal('play') }),
  pause: z.strictObject({ ...head, cmd: z.literal('pause') }),
  step: z.strictObject({ ...head, cmd: z.literal('step'), unit }),
  back: z.strictObject({ ...head, cmd: z.literal('back'), unit }),
  seek: z.strictObject({ ...head, cmd: z.literal('seek'), t: z.int(), micro: z.optional(z.int()) }),
  set: z.strictObject({ ...head, cmd: z.literal('set'), state: z.record(z.string().check(z.maxLength(16)), stateValue) }),
  get: z.strictObject({ ...head, cmd: z.literal('get') }),
};

/** A validated command. */
export type Command = { [K in CommandName]: z.infer<(typeof SCHEMAS)[K]> }[CommandName];

export type ParsedMessage =
  | { kind: 'ignore' }
  | { kind: 'invalid'; id?: string; error: string }
  | { kind: 'command'; command: Command };

const quote = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** The message's id when it is a usable one, so even a refusal can be matched to its command. */
function idOf(data: Record<string, unknown>): string | undefined {
  const { id } = data;
  return typeof id === 'string' && id.length >= 1 && id.length <= MAX_ID_CHARS ? id : undefined;
}

function jsonLength(data: unknown): number | string {
  try {
    return JSON.stringify(data).length;
  } catch {
    return 'message: cannot be read as JSON (a cycle or a value JSON has no form for)';
  }
}

/**
 * Sorts one `message` event's data: not a plain object or not `gatelab: 1` → ignore (other
 * scripts post messages too); otherwise a command, or an error that names what is wrong.
 */
export function parseMessage(data: unknown): ParsedMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { kind: 'ignore' };
  const record = data as Record<string, unknown>;
  if (record.gatelab !== PROTOCOL_VERSION) return { kind: 'ignore' };
  const id = idOf(record);
  const invalid = (error: string): ParsedMessage => ({ kind: 'invalid', ...(id !== undefined ? { id } : {}), error });
  const length = jsonLength(data);
  if (typeof length === 'string') return invalid(length);
  if (length > MAX_MESSAGE_CHARS) return invalid(`message: ${length} characters of JSON is over the limit of ${MAX_MESSAGE_CHARS}`);
  const { cmd } = record;
  if (typeof cmd !== 'string') return invalid(`cmd: expected one of ${COMMANDS.join(', ')}`);
  if (!(COMMANDS as readonly string[]).includes(cmd)) return invalid(`cmd: unknown command ${quote(cmd)} (known: ${COMMANDS.join(', ')})`);
  const parsed = SCHEMAS[cmd as CommandName].safeParse(data);
  if (!parsed.success) return invalid(`${cmd}: ${describeIssues(parsed.error.issues)}`);
  return { kind: 'command', command: parsed.data };
}
