/**
 * The preload (bundled as CommonJS, runs sandboxed): exposes `window.api`
 * with exactly the methods of the contract, each over its own channel, and
 * `window.apiEvents` for the events main sends. No generic send or invoke.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channels, eventChannels, type ApiEnvelope, type ApiEvents, type ApiMethod } from '../../shared/api/contract';

const unwrap = <T>(envelope: ApiEnvelope<T>): T => {
  if (envelope.ok) return envelope.value;
  const error = new Error(`${envelope.error.zh} / ${envelope.error.en}`) as Error & { code?: string };
  error.code = envelope.error.code;
  throw error;
};

const api = Object.fromEntries(
  (Object.keys(channels) as ApiMethod[]).map((method) => [
    method,
    async (arg?: unknown) => unwrap(await ipcRenderer.invoke(channels[method], arg)),
  ]),
);

const subscribe =
  <T>(channel: string) =>
  (listener: (payload: T) => void) => {
    const handler = (_event: IpcRendererEvent, payload: T) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  };

const apiEvents: ApiEvents = {
  onImportProgress: subscribe(eventChannels.importProgress),
  onMenuCommand: subscribe(eventChannels.menuCommand),
};

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('apiEvents', apiEvents);
