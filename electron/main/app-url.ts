/**
 * Where the renderer lives and what may be loaded, without Electron (so unit
 * tests check the rules themselves): the built renderer is served as
 * `app://precedent/…` from one folder, nothing outside it; the request filter
 * lets through that origin only, plus, in development (an explicit switch, never
 * in a packaged app), the one dev-server origin compared by URL parsing.
 */
import { extname, resolve, sep } from 'node:path';

/** The custom scheme the renderer is served from. */
export const appScheme = 'app';
/** The one host of that scheme. */
export const appHost = 'precedent';
/** The renderer's page. */
export const appIndexUrl = `${appScheme}://${appHost}/index.html`;
/** The command-line switch that turns development paths on (ignored in a packaged app). */
export const devSwitch = '--precedent-dev';

/** The dev server URL, only with the switch, unpackaged, and only an http(s) URL on this machine. */
export function devServerUrlOf(options: {
  readonly argv: readonly string[];
  readonly packaged: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}): string | undefined {
  if (options.packaged || !options.argv.includes(devSwitch)) return undefined;
  const raw = options.env.ELECTRON_RENDERER_URL;
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return (url.protocol === 'http:' || url.protocol === 'https:') && loopback ? url.origin : undefined;
}

/** True when two URLs have exactly the same origin (scheme, host, port), by parsing. */
export function sameOrigin(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.protocol === y.protocol && x.host === y.host && x.origin === y.origin;
  } catch {
    return false;
  }
}

/** True for a URL of our app:// origin. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${appScheme}:` && u.host === appHost;
  } catch {
    return false;
  }
}

/**
 * The request filter: our app:// origin; in development also the dev server
 * (http and its websocket for hot reload) and devtools. Nothing else: no
 * file:, data:, blob: or remote URL.
 */
export function isAllowedRequest(url: string, devServerUrl?: string): boolean {
  if (isAppUrl(url)) return true;
  if (devServerUrl === undefined) return false;
  if (url.startsWith('devtools://')) return true;
  const dev = new URL(devServerUrl);
  const ws = `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`;
  return sameOrigin(url, dev.origin) || sameOrigin(url, ws);
}

/** The file under `rendererDir` an app:// URL names, or null (other host, path traversal, not found in the folder). */
export function rendererFileOf(url: string, rendererDir: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${appScheme}:` || u.host !== appHost) return null;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, '.' + (path === '/' ? '/index.html' : path));
  return file.startsWith(root + sep) ? file : null;
}

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The Content-Type of a renderer file. */
export function contentTypeOf(file: string): string {
  return types[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
