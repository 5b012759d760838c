/**
 * The engine worker's entry: hands each message to the pure handler and posts the reply,
 * transferring its buffers. Imports the handler and protocol.
 */
import { handle } from './handler';
import { transferablesOf } from './protocol';

self.onmessage = (event: MessageEvent<unknown>) => {
  const reply = handle(event.data);
  self.postMessage(reply, { transfer: transferablesOf(reply) });
};
