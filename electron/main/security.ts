/**
 * Electron's security checklist applied to the app: the CSP sent as a header,
 * every permission request denied, no request but the app's own app:// files
 * (and, with the development switch, the dev server) goes through, and
 * every web contents refuses navigation, new windows and <webview>.
 */
import type { Session, WebContents } from 'electron';
import { isAllowedRequest } from './app-url';

/** The renderer's Content-Security-Policy (same as the meta tag in renderer/index.html). */
export const contentSecurityPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** True for a URL the app may load: its own app:// origin, and in development the dev server (see app-url.ts). */
export function isLocalUrl(url: string, devServerUrl?: string): boolean {
  return isAllowedRequest(url, devServerUrl);
}

/** Locks down the session: CSP header, no permissions, no remote requests. */
export function hardenSession(session: Session, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalUrl(details.url, devServerUrl) }));
  session.webRequest.onHeadersReceived((details, callback) => {
    if (details.url.startsWith('devtools:')) return callback({});
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
}

/** Denies navigation away from the app, new windows and webviews for a web contents. */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
