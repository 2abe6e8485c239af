/**
 * Which frames may call the API: our own renderer page served as
 * app://precedent/index.html, or the dev server's origin when the development
 * switch gave one. Anything else (a navigated frame, an injected iframe, a
 * destroyed frame, a look-alike host) is refused; origins are compared by URL
 * parsing, never by string prefix.
 */
import { appHost, appScheme, sameOrigin } from '../app-url';

/** Where our renderer is served from. */
export interface RendererOrigin {
  /** the dev server origin, only with the development switch */
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
  if (parsed.protocol === `${appScheme}:`) return parsed.host === appHost && (parsed.pathname === '/index.html' || parsed.pathname === '/');
  if (origin.devServerUrl && (parsed.protocol === 'http:' || parsed.protocol === 'https:'))
    return sameOrigin(parsed.href, origin.devServerUrl);
  return false;
}
