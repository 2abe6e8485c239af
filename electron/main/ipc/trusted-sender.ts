/**
 * Which frames may call the API: our own renderer loaded from its file:// URL,
 * or the electron-vite dev server in development. Anything else (a navigated
 * frame, an injected iframe, a destroyed frame) is refused.
 */
import { pathToFileURL } from 'node:url';

/** Where our renderer is served from. */
export interface RendererOrigin {
  /** absolute path of out/renderer/index.html */
  readonly indexFile: string;
  /** the dev server URL (ELECTRON_RENDERER_URL), only in development */
  readonly devServerUrl?: string;
}

/** True when `url` is our renderer's page. */
export function isTrustedUrl(url: string | undefined, origin: RendererOrigin): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:') {
    const page = new URL(pathToFileURL(origin.indexFile).href);
    return parsed.pathname === page.pathname;
  }
  if (origin.devServerUrl && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
    return parsed.origin === new URL(origin.devServerUrl).origin;
  }
  return false;
}
