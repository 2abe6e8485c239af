/**
 * The engine behind the API: the same named services (services.ts) run in a
 * worker thread, so the main process only routes, stores and owns windows
 * and its event loop stays free while documents are compared, imported or
 * indexed. `inProcessEngine` runs them on the calling thread (the CLI, tests).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../../../shared/errors';
import type { EngineReply, EngineRequest } from './protocol';
import type { EngineServices, ServiceName } from './services';

/** What a service gives back, once it crossed the thread. */
export type ServiceResult<K extends ServiceName> = Awaited<ReturnType<EngineServices[K]>>;

/** The engine as the API sees it: every service by name, always asynchronous. */
export interface Engine {
  run<K extends ServiceName>(name: K, ...args: Parameters<EngineServices[K]>): Promise<ServiceResult<K>>;
  /** Runs the warm-up (on the documents of `dir`, the bundled seeds, when given); start it in the background: the first compare then runs warm. */
  warmUp(dir?: string): Promise<void>;
  /** Stops the worker (pending calls fail). */
  close(): Promise<void>;
}

/** The engine on the calling thread, loaded on first use. */
export function inProcessEngine(): Engine {
  let services: Promise<EngineServices> | null = null;
  const load = () => (services ??= import('./services').then((m) => m.createEngineServices()));
  const run = async <K extends ServiceName>(name: K, ...args: Parameters<EngineServices[K]>): Promise<ServiceResult<K>> => {
    const table = await load();
    return (await (table[name] as (...a: unknown[]) => unknown)(...args)) as ServiceResult<K>;
  };
  return {
    run,
    warmUp: async (dir) => void (await run('warmUp', dir)),
    close: async () => undefined,
  };
}

const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));

/** Starts the worker: the built script beside the bundled main process, else the source through tsx's loader. */
function startWorker(): Worker {
  // beside the built main process, or one folder up when the bundler put this code in a chunk
  for (const dir of [here, dirname(here)]) {
    for (const built of ['engine-worker.js', 'engine-worker.mjs', 'engine-worker.cjs']) {
      if (existsSync(join(dir, built))) return new Worker(join(dir, built));
    }
  }
  // under vitest or tsx: the worker registers tsx's loader, then imports the TypeScript entry
  // (tsx's ESM api, by path: an eval'd worker has no module of its own to resolve a bare name from)
  const tsxDir = dirname(createRequire(join(here, 'index.ts')).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const entry = pathToFileURL(join(here, 'worker.ts')).href;
  return new Worker(`import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, {
    eval: true,
  });
}

/** The engine in a worker thread, started now; a worker that dies is restarted on the next call. */
export function workerEngine(): Engine {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const start = (): Worker => {
    const w = startWorker();
    w.on('message', (reply: EngineReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (pending.size === 0) w.unref();
      if (reply.ok) p.resolve(reply.value);
      else if (reply.error.input) p.reject(new InputError(reply.error.code, reply.error.zh, reply.error.en));
      else p.reject(new Error(reply.error.message));
    });
    w.on('error', (error) => {
      worker = null;
      failAll(error);
    });
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      failAll(new Error(`引擎进程已退出 (${code}) / the engine worker exited (${code})`));
    });
    // an idle worker does not keep the process alive; one with calls pending does
    w.unref();
    return w;
  };
  worker = start();
  const run = <K extends ServiceName>(name: K, ...args: Parameters<EngineServices[K]>): Promise<ServiceResult<K>> => {
    worker ??= start();
    const id = nextId++;
    const request: EngineRequest = { id, name, args };
    return new Promise<ServiceResult<K>>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker!.ref();
      worker!.postMessage(request);
    });
  };
  return {
    run,
    warmUp: async (dir) => void (await run('warmUp', dir)),
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
