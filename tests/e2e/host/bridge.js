/*
 * Browser-side bridge of the e2e host: installs `window.api` (every method of
 * the contract) over `fetch('POST /api/<method>')` and unwraps the
 * ApiEnvelope, throwing an Error whose message is `zh / en` (with `.code`) on
 * failure, as the Electron preload does. `window.apiEvents` subscriptions are
 * accepted and never fire (the host sends no events).
 */
(() => {
  const methods = /*__METHODS__*/[];
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
  const noop = () => () => undefined;
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false });
  Object.defineProperty(window, 'apiEvents', { value: Object.freeze({ onImportProgress: noop, onMenuCommand: noop }), writable: false });
})();
