// The embed demo's host script: sends protocol v1 commands to the GateLab iframe and logs every
// message as text (never as HTML). Plain browser JavaScript, no imports; see docs/embed.md.

const frame = /** @type {HTMLIFrameElement} */ (document.getElementById('gatelab'));
const log = /** @type {HTMLOListElement} */ (document.getElementById('log'));
const logBox = /** @type {HTMLElement} */ (document.getElementById('log-box'));
const readout = /** @type {HTMLOutputElement} */ (document.getElementById('readout'));
/** Commands go only to the embed's own origin, and only its messages are read. */
const frameOrigin = new URL(frame.src, window.location.href).origin;
const MAX_LOG_LINES = 200;
let nextId = 1;

/** Appends one line to the log, as text. */
function addLine(kind, text) {
  const line = document.createElement('li');
  line.className = kind;
  line.textContent = text;
  log.append(line);
  while (log.childElementCount > MAX_LOG_LINES) log.firstElementChild?.remove();
  logBox.scrollTop = logBox.scrollHeight;
}

/** Posts a command with a fresh id; the reply carries the same id. */
function send(cmd, args = {}) {
  const message = { gatelab: 1, id: `demo-${nextId++}`, cmd, ...args };
  frame.contentWindow?.postMessage(message, frameOrigin);
  addLine('out', `→ ${JSON.stringify(message)}`);
}

function showCursor(state) {
  readout.textContent = `t = ${state.t}, micro-step ${state.m}, ${state.playing ? 'playing' : 'paused'}, hidden size ${state.hs}, theme ${state.th}`;
  document.getElementById('seek-t')?.setAttribute('max', String(state.len));
}

window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.origin !== frameOrigin) return;
  const data = event.data;
  if (typeof data !== 'object' || data === null || data.gatelab !== 1) return;
  if (data.event === 'resize' && Number.isFinite(data.height)) frame.style.height = `${Math.ceil(data.height) + 2}px`;
  if ((data.event === 'ready' || data.event === 'state') && data.state) showCursor(data.state);
  if (data.event === 'reply' && data.ok && data.result) showCursor(data.result);
  addLine(data.event === 'reply' && !data.ok ? 'error' : 'in', `← ${JSON.stringify(data)}`);
});

const on = (id, handler) => document.getElementById(id)?.addEventListener('click', handler);
const valueOf = (id) => /** @type {HTMLInputElement | HTMLSelectElement} */ (document.getElementById(id)).value;

on('play', () => send('play'));
on('pause', () => send('pause'));
on('step', () => send('step'));
on('back', () => send('back'));
on('step-time', () => send('step', { unit: 'time' }));
on('seek', () => send('seek', { t: Number(valueOf('seek-t')) }));
on('set', () => send('set', { state: { hs: Number(valueOf('set-hs')), th: valueOf('set-th'), c: valueOf('set-c') } }));
on('get', () => send('get'));
on('bad', () => send('dance', { t: 'now' }));

for (const radio of document.querySelectorAll('input[name="width"]')) {
  radio.addEventListener('change', () => {
    const checked = /** @type {HTMLInputElement | null} */ (document.querySelector('input[name="width"]:checked'));
    document.getElementById('frame-box')?.classList.toggle('is-narrow', checked?.value === 'narrow');
  });
}
