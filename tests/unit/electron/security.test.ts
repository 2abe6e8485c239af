import { describe, expect, it } from 'vitest';
import { isLocalUrl } from '../../../electron/main/security';
import { isTrustedUrl } from '../../../electron/main/ipc/trusted-sender';

describe('what the app may load', () => {
  it.each([
    ['file:///opt/precedent/out/renderer/index.html', true],
    ['file:///opt/precedent/out/renderer/assets/index.js', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['https://example.com/tracker.js', false],
    ['http://127.0.0.1:8080/', false],
    ['ws://localhost:1234/', false],
  ])('%s → %s', (url, allowed) => {
    expect(isLocalUrl(url)).toBe(allowed);
  });

  it('allows the dev server only when one is given', () => {
    expect(isLocalUrl('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isLocalUrl('http://localhost:5173/src/main.tsx')).toBe(false);
  });
});

describe('which frames may call the API', () => {
  const origin = { indexFile: '/opt/precedent/out/renderer/index.html' };
  it('trusts our index page with a hash route, and nothing else', () => {
    expect(isTrustedUrl('file:///opt/precedent/out/renderer/index.html#/compare', origin)).toBe(true);
    expect(isTrustedUrl('file:///opt/precedent/out/renderer/other.html', origin)).toBe(false);
    expect(isTrustedUrl('not a url', origin)).toBe(false);
    expect(isTrustedUrl(undefined, origin)).toBe(false);
  });
});
