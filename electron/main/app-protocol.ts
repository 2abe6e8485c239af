/**
 * The app:// protocol: registered as privileged (standard, secure) before the
 * app is ready, then handled with `protocol.handle` on the session, serving
 * only regular files of the built renderer folder with the CSP header.
 */
import { protocol, type Session } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { appScheme, contentTypeOf, rendererFileOf } from './app-url';
import { contentSecurityPolicy } from './security';

/** Must run before `app.whenReady()`: app:// behaves like https (origin, secure context, fetch). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves `rendererDir` as app://precedent/ on the session; any other path is 404. */
export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(appScheme, async (request) => {
    const file = rendererFileOf(request.url, rendererDir);
    if (file === null || request.method !== 'GET') return new Response('not found', { status: 404 });
    try {
      if (!(await stat(file)).isFile()) return new Response('not found', { status: 404 });
      return new Response(await readFile(file), {
        status: 200,
        headers: {
          'Content-Type': contentTypeOf(file),
          'Content-Security-Policy': contentSecurityPolicy,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}
