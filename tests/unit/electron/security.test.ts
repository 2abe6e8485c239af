import { describe, expect, it } from 'vitest';
import { isLocalUrl } from '../../../electron/main/security';
import { isTrustedUrl } from '../../../electron/main/ipc/trusted-sender';
import { devServerUrlOf, rendererFileOf } from '../../../electron/main/app-url';

describe('what the app may load', () => {
  it.each([
    ['app://precedent/index.html', true],
    ['app://precedent/assets/index-abc.js', true],
    ['app://other/index.html', false],
    ['file:///opt/precedent/out/renderer/index.html', false],
    ['file:///etc/passwd', false],
    ['data:text/html,<script>1</script>', false],
    ['blob:app://precedent/1234', false],
    ['devtools://devtools/bundled/inspector.html', false],
    ['https://example.com/tracker.js', false],
    ['http://127.0.0.1:8080/', false],
    ['ws://localhost:1234/', false],
  ])('%s → %s', (url, allowed) => {
    expect(isLocalUrl(url)).toBe(allowed);
  });

  it('allows the dev server (and its hot-reload socket) only when one is given, by exact origin', () => {
    const dev = 'http://localhost:5173';
    expect(isLocalUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isLocalUrl('ws://localhost:5173/', dev)).toBe(true);
    expect(isLocalUrl('http://localhost:5173.evil.example/x.js', dev)).toBe(false);
    expect(isLocalUrl('http://localhost:51730/', dev)).toBe(false);
    expect(isLocalUrl('http://localhost:5173/src/main.tsx')).toBe(false);
  });
});

describe('the development switch', () => {
  const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' };
  it('gives a dev server only with --precedent-dev, unpackaged, on this machine', () => {
    expect(devServerUrlOf({ argv: ['electron', '.', '--precedent-dev'], packaged: false, env })).toBe('http://localhost:5173');
    expect(devServerUrlOf({ argv: ['electron', '.'], packaged: false, env })).toBeUndefined();
    expect(devServerUrlOf({ argv: ['app', '--precedent-dev'], packaged: true, env })).toBeUndefined();
    expect(
      devServerUrlOf({
        argv: ['electron', '.', '--precedent-dev'],
        packaged: false,
        env: { ELECTRON_RENDERER_URL: 'https://evil.example/' },
      }),
    ).toBeUndefined();
    expect(
      devServerUrlOf({ argv: ['electron', '.', '--precedent-dev'], packaged: false, env: { ELECTRON_RENDERER_URL: 'file:///tmp/x.html' } }),
    ).toBeUndefined();
  });
});

describe('the app:// protocol', () => {
  const root = '/opt/precedent/out/renderer';
  it('serves files of the renderer folder and nothing outside it', () => {
    expect(rendererFileOf('app://precedent/index.html', root)).toBe(`${root}/index.html`);
    expect(rendererFileOf('app://precedent/', root)).toBe(`${root}/index.html`);
    expect(rendererFileOf('app://precedent/assets/a%20b.js', root)).toBe(`${root}/assets/a b.js`);
    expect(rendererFileOf('app://precedent/../main/index.js', root)).toBe(`${root}/main/index.js`); // URL parsing already drops ..
    expect(rendererFileOf('app://precedent/%2e%2e/%2e%2e/etc/passwd', root)).toBe(`${root}/etc/passwd`); // normalised inside the folder
    expect(rendererFileOf('app://precedent/..%2f..%2fetc%2fpasswd', root)).toBeNull();
    expect(rendererFileOf('app://precedent/a%5c..%5c..%5cx', root)).toBeNull();
    expect(rendererFileOf('app://precedent/%00', root)).toBeNull();
    expect(rendererFileOf('app://elsewhere/index.html', root)).toBeNull();
    expect(rendererFileOf('file:///opt/precedent/out/renderer/index.html', root)).toBeNull();
  });
});

describe('which frames may call the API', () => {
  it('trusts our index page with a hash route, and nothing else', () => {
    expect(isTrustedUrl('app://precedent/index.html#/compare', {})).toBe(true);
    expect(isTrustedUrl('app://precedent/other.html', {})).toBe(false);
    expect(isTrustedUrl('app://evil/index.html', {})).toBe(false);
    expect(isTrustedUrl('file:///opt/precedent/out/renderer/index.html', {})).toBe(false);
    expect(isTrustedUrl('not a url', {})).toBe(false);
    expect(isTrustedUrl(undefined, {})).toBe(false);
  });

  it('trusts the dev server by exact origin only, never a look-alike host', () => {
    const dev = { devServerUrl: 'http://localhost:5173' };
    expect(isTrustedUrl('http://localhost:5173/#/compare', dev)).toBe(true);
    expect(isTrustedUrl('http://localhost:5173.evil.example/', dev)).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/', {})).toBe(false);
  });
});
