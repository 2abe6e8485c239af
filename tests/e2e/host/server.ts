/**
 * The e2e host: serves the BUILT renderer (out/renderer) and answers
 * `POST /api/<method>` with the real API implementation over a store in
 * `dataDir`, so Playwright specs drive the app in Chromium without Electron.
 * Binds 127.0.0.1 only. Standalone:
 *   npx tsx tests/e2e/host/server.ts --data-dir /tmp/x --port 4173
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { channels, eventChannels } from '../../../shared/api/contract';
import { createApi } from '../../../electron/main/api/create-api';
import { errorEnvelope, invokeApi, isApiMethod } from '../../../electron/main/api/envelope';
import { openStore } from '../../../electron/main/store/index';
import { contentSecurityPolicy } from '../../../electron/main/security';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '../../..');

const mime: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webp': 'image/webp',
};

/** Options of the host. */
export interface HostOptions {
  readonly dataDir: string;
  readonly port?: number;
  readonly seedsDir?: string;
  /** where the save "dialog" writes exports (default: <dataDir>/exports) */
  readonly exportDir?: string;
  /** the built renderer (default: <repo>/out/renderer) */
  readonly rendererDir?: string;
}

/** Starts the host; `close()` stops it and waits for pending writes. */
export async function startHost(opts: HostOptions): Promise<{ url: string; close(): Promise<void> }> {
  const root = opts.rendererDir ?? join(repo, 'out/renderer');
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(
      `找不到构建好的界面 ${root}/index.html:请先运行 npm run build / built renderer not found at ${root}/index.html: run "npm run build" first`,
    );
  }
  const exportDir = opts.exportDir ?? join(opts.dataDir, 'exports');
  const store = await openStore({ dataDir: opts.dataDir });
  // main → renderer events (import progress) go out as server-sent events on /__events
  const listeners = new Set<ServerResponse>();
  const broadcast = (channel: string, payload: unknown) => {
    for (const res of listeners) res.write(`data: ${JSON.stringify({ channel, payload })}\n\n`);
  };
  const api = createApi({
    onImportProgress: (progress) => broadcast(eventChannels.importProgress, progress),
    store,
    seedsDir: opts.seedsDir ?? join(repo, 'seeds'),
    dialogs: {
      async saveFile({ defaultName }) {
        await mkdir(exportDir, { recursive: true });
        return join(exportDir, defaultName);
      },
    },
  });
  const bridge = (await readFile(join(here, 'bridge.js'), 'utf-8'))
    // placeholders in bridge.js, whatever space a formatter puts after the comment
    .replace(/\/\*__METHODS__\*\/\s*\[\]/, JSON.stringify(Object.keys(channels)))
    .replace(/\/\*__EVENTS__\*\/\s*\{\}/, JSON.stringify(eventChannels));

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    if (path.startsWith('/api/')) {
      const method = path.slice('/api/'.length);
      if (req.method !== 'POST' || !isApiMethod(method)) {
        return send(
          res,
          404,
          'application/json; charset=utf-8',
          JSON.stringify(errorEnvelope('unknown-method', `未知方法:${method}`, `unknown method: ${method}`)),
        );
      }
      const body = await readBody(req);
      let arg: unknown;
      try {
        arg = body === '' ? undefined : JSON.parse(body);
      } catch {
        return send(
          res,
          400,
          'application/json; charset=utf-8',
          JSON.stringify(errorEnvelope('bad-json', '请求不是有效的 JSON', 'the request is not valid JSON')),
        );
      }
      const envelope = await invokeApi(api, method, arg, (e) => console.error(`[host] ${method}:`, e));
      return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(envelope));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
    if (path === '/__bridge.js') return send(res, 200, mime['.js'], bridge);
    if (path === '/__events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (path === '/' || path === '/index.html') {
      const html = await readFile(join(root, 'index.html'), 'utf-8');
      return send(res, 200, mime['.html'], injectBridge(html));
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) return send(res, 403, 'text/plain', 'forbidden');
    try {
      return send(res, 200, mime[extname(file).toLowerCase()] ?? 'application/octet-stream', await readFile(file));
    } catch {
      return send(res, 404, 'text/plain', 'not found');
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[host]', error);
      if (!res.headersSent) send(res, 500, 'text/plain', 'internal error');
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await store.flush();
    },
  };
}

/** Puts the bridge script before the app's first module script. */
export function injectBridge(html: string): string {
  const tag = '<script src="/__bridge.js"></script>';
  const at = html.search(/<script\b[^>]*type="module"/i);
  return at >= 0 ? html.slice(0, at) + tag + '\n    ' + html.slice(at) : html.replace('</head>', `${tag}\n</head>`);
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    // the same policy the Electron session sends as a header
    ...(type.startsWith('text/html') ? { 'content-security-policy': contentSecurityPolicy } : {}),
  });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => ok(Buffer.concat(parts).toString('utf-8')));
    req.on('error', fail);
  });
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const argv = process.argv.slice(2);
  const option = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dataDir = option('data-dir') ?? join(repo, 'tests/artifacts/host-data');
  startHost({ dataDir, port: Number(option('port') ?? 4173), seedsDir: option('seeds'), exportDir: option('export-dir') }).then(
    (host) => console.log(`Precedent e2e host: ${host.url} (data: ${dataDir})`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
