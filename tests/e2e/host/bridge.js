/*
 * Browser-side bridge of the e2e host: installs `window.api` (every method of
 * the contract) over `fetch('POST /api/<method>')` and unwraps the
 * ApiEnvelope, throwing an Error whose message is `zh / en` (with `.code`) on
 * failure, as the Electron preload does. `window.apiEvents` listens to the
 * host's server-sent events (/__events), as the preload listens to IPC events.
 */
(() => {
  const methods = /*__METHODS__*/ [];
  const call = (method) => async (arg) => {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: arg === undefined ? '' : JSON.stringify(arg),
    });
    const envelope = await response.json();
    if (envelope.ok) return envelope.value;
    const error = new Error(`${envelope.error.zh} / ${envelope.error.en}`);
    error.code = envelope.error.code;
    error.zh = envelope.error.zh;
    error.en = envelope.error.en;
    throw error;
  };
  const api = {};
  for (const method of methods) api[method] = call(method);
  const events = /*__EVENTS__*/ {};
  const subscribers = new Map();
  let source = null;
  const subscribe = (channel) => (listener) => {
    if (!subscribers.has(channel)) subscribers.set(channel, new Set());
    subscribers.get(channel).add(listener);
    if (!source && typeof EventSource === 'function') {
      source = new EventSource('/__events');
      source.onmessage = (message) => {
        const { channel: from, payload } = JSON.parse(message.data);
        for (const fn of subscribers.get(from) ?? []) fn(payload);
      };
    }
    return () => subscribers.get(channel).delete(listener);
  };
  const apiEvents = { onImportProgress: subscribe(events.importProgress), onMenuCommand: subscribe(events.menuCommand) };
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false });
  Object.defineProperty(window, 'apiEvents', { value: Object.freeze(apiEvents), writable: false });
})();
