/**
 * The engine worker's entry (worker_threads): answers `{ id, name, args }`
 * with `{ id, ok, value }` or `{ id, ok: false, error }`, calling the named
 * service. Electron-free, so it runs under Electron and plain Node alike.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { isInputError } from '../../../shared/errors';
import { createEngineServices, type ServiceName } from './services';
import type { EngineReply, EngineRequest } from './protocol';

/**
 * On Linux each thread has its own nice value: the engine's thread yields the
 * CPU to the main thread (IPC, windows) when both want it. Elsewhere the
 * priority is the process's, which the engine leaves alone.
 */
function yieldToMainThread(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 10);
  } catch {
    // no /proc (a sandbox): the engine runs at the process's priority
  }
}

yieldToMainThread();
const services = createEngineServices();
const port = parentPort;
if (!port) throw new Error('engine worker: no parent port (start it with new Worker)');

port.on('message', async ({ id, name, args }: EngineRequest) => {
  let reply: EngineReply;
  try {
    const service = services[name as ServiceName] as (...a: unknown[]) => unknown;
    if (typeof service !== 'function') throw new Error(`unknown engine service: ${name}`);
    reply = { id, ok: true, value: await service(...args) };
  } catch (error) {
    reply = {
      id,
      ok: false,
      error: isInputError(error)
        ? { input: true, code: error.code, zh: error.zh, en: error.en, message: error.message }
        : { input: false, message: error instanceof Error ? error.message : String(error) },
    };
  }
  port.postMessage(reply);
});
