/**
 * A lab worker's entry: hands each message to the lab host and posts its replies with their
 * buffers transferred. Imports the lab host and protocol.
 */
import { createLabHost } from './labHost';
import { transferablesOf } from './protocol';

const host = createLabHost({
  post: (reply) => self.postMessage(reply, { transfer: transferablesOf(reply) }),
  later: (turn) => setTimeout(turn, 0),
  clock: () => performance.now(),
});

self.onmessage = (event: MessageEvent<unknown>) => host.receive(event.data);
