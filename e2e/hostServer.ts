// A tiny host site on a second origin for the embed spec: a course-like page with the GateLab
// iframe, a sibling iframe and a recorder of every message and key. May import Node only.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostServer {
  /** `http://127.0.0.1:<port>`: a different origin from the app's. */
  origin: string;
  close(): Promise<void>;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `/host?frame=<iframe url>&width=<css width>[&sandbox=<tokens>]`: the page that embeds GateLab. */
function hostPage(frameUrl: string, width: string, sandbox: string | null): string {
  const sandboxAttribute = sandbox === null ? '' : ` sandbox="${escapeAttribute(sandbox)}"`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A course page</title>
<style>
  body { margin: 0; font-family: sans-serif; }
  #gatelab { display: block; border: 0; width: ${escapeAttribute(width)}; height: 600px; }
  #sibling { width: 200px; height: 40px; border: 0; }
  .below { height: 3000px; }
</style></head>
<body>
  <h1>A course page</h1>
  <button id="host-button" type="button">A host button</button>
  <iframe id="sibling" name="sibling" title="Another widget" src="/blank"></iframe>
  <iframe id="gatelab" name="gatelab" title="GateLab" src="${escapeAttribute(frameUrl)}" allow="fullscreen"${sandboxAttribute}></iframe>
  <div class="below">More course text below the embed.</div>
  <script src="/host.js"></script>
</body></html>`;
}

/**
 * The host's script: `window.gatelab.events` (every message from the GateLab frame, with its
 * origin), `window.gatelab.keys` (keys the host page received), `window.send(message)`, and
 * iframe auto-sizing from `resize`, as a real host would do.
 */
const HOST_SCRIPT = `
window.gatelab = { events: [], keys: [] };
const frame = document.getElementById('gatelab');
window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow) return;
  window.gatelab.events.push({ origin: event.origin, data: event.data });
  if (event.data && event.data.event === 'resize') frame.style.height = event.data.height + 'px';
});
window.addEventListener('keydown', (event) => window.gatelab.keys.push(event.key));
window.send = (message, targetOrigin) => frame.contentWindow.postMessage(message, targetOrigin || '*');
`;

const BLANK_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another widget</title></head><body>widget</body></html>';

/** Starts the host site on 127.0.0.1 (`port` 0: any free port, so parallel workers never clash). */
export async function startHostServer(port = 0): Promise<HostServer> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (type: string, body: string) => {
      response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (url.pathname === '/host') send('text/html', hostPage(url.searchParams.get('frame') ?? 'about:blank', url.searchParams.get('width') ?? '400px', url.searchParams.get('sandbox')));
    else if (url.pathname === '/host.js') send('text/javascript', HOST_SCRIPT);
    else if (url.pathname === '/blank') send('text/html', BLANK_PAGE);
    else if (url.pathname === '/favicon.ico') response.writeHead(204).end();
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
