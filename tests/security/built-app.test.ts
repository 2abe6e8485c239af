/**
 * Inspects what `npm run build` produced: the main bundle's window options and
 * navigation guards, the preload's surface, and the CSP of the built
 * index.html. Reads files only; needs no Electron binary.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const out = join(process.cwd(), 'out');

function built(path: string): string {
  const file = join(out, path);
  if (!existsSync(file))
    throw new Error(`缺少构建产物 ${file}:请先运行 npm run build / missing build output ${file}: run "npm run build" first`);
  return readFileSync(file, 'utf-8');
}

/** All of the main process bundle (entry and chunks). */
function mainBundle(): string {
  built('main/index.js');
  return readdirSync(join(out, 'main'), { recursive: true, encoding: 'utf-8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(out, 'main', f), 'utf-8'))
    .join('\n');
}

/** The directives of a CSP string: name → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

describe('the built main process', () => {
  const main = mainBundle();
  const windowOptions = /new BrowserWindow\(\{[\s\S]*?webPreferences:\s*\{([\s\S]*?)\}/.exec(main)?.[1] ?? '';

  it('creates its window isolated, sandboxed, without Node and with web security', () => {
    expect(windowOptions).not.toBe('');
    expect(windowOptions).toMatch(/contextIsolation:\s*true/);
    expect(windowOptions).toMatch(/sandbox:\s*true/);
    expect(windowOptions).toMatch(/nodeIntegration:\s*false/);
    expect(windowOptions).toMatch(/webSecurity:\s*true/);
    expect(windowOptions).toMatch(/webviewTag:\s*false/);
    expect(windowOptions).toMatch(/preload:[^,]*index\.cjs|preload:\s*\w+\.preload/);
  });

  it('never weakens a security option anywhere in the bundle', () => {
    expect(main).not.toMatch(/contextIsolation:\s*false/);
    expect(main).not.toMatch(/sandbox:\s*false/);
    expect(main).not.toMatch(/nodeIntegration(InWorker|InSubFrames)?:\s*true/);
    expect(main).not.toMatch(/webSecurity:\s*false/);
    expect(main).not.toMatch(/allowRunningInsecureContent:\s*true/);
    expect(main).not.toMatch(/openExternal\(/);
  });

  it('denies new windows, navigation and webviews', () => {
    expect(main).toMatch(/setWindowOpenHandler\(\(\)\s*=>\s*\(\{\s*action:\s*"deny"\s*\}\)\)/);
    expect(main).toMatch(/on\("will-navigate",\s*\(\w+\)\s*=>\s*\w+\.preventDefault\(\)\)/);
    expect(main).toMatch(/on\("will-attach-webview",\s*\(\w+\)\s*=>\s*\w+\.preventDefault\(\)\)/);
  });

  it('denies every permission request and sends the CSP as a header', () => {
    expect(main).toMatch(/setPermissionRequestHandler\(\([^)]*\)\s*=>\s*\w+\(false\)\)/);
    expect(main).toMatch(/"Content-Security-Policy"/);
  });

  it('checks the sender of every IPC call', () => {
    expect(main).toMatch(/ipcMain\.handle\(/);
    expect(main).toMatch(/untrusted-sender/);
  });
});

describe('the built preload', () => {
  const preload = built('preload/index.cjs');

  it('is CommonJS and exposes only the typed api, never ipcRenderer itself', () => {
    expect(preload).toMatch(/require\("electron"\)/);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    const exposed = [...preload.matchAll(/exposeInMainWorld\("(\w+)"/g)].map((m) => m[1]);
    expect(exposed.sort()).toEqual(['api', 'apiEvents']);
    expect(preload).not.toMatch(/exposeInMainWorld\("\w+",\s*\w*\.?ipcRenderer\)/);
  });
});

describe('the built renderer', () => {
  const html = built('renderer/index.html');
  const policy = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1] ?? '';
  const csp = directives(policy);

  it('has a CSP that defaults to nothing or self', () => {
    expect(policy).not.toBe('');
    expect(["'none'", "'self'"]).toContain(csp.get('default-src')?.join(' '));
  });

  it('allows no remote origin, no eval and no inline script', () => {
    for (const [name, sources] of csp) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).not.toMatch(/^(https?:|wss?:|\*|http|\/\/)/i);
        expect(source, `${name} ${source}`).not.toBe("'unsafe-eval'");
      }
    }
    expect(csp.get('script-src') ?? csp.get('default-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('object-src') ?? csp.get('default-src')).toEqual(["'none'"]);
  });

  it('is the same policy the main process sends as a header', () => {
    const header = /contentSecurityPolicy = "([^"]+)"/.exec(mainBundle())?.[1];
    expect(header).toBe(policy);
  });

  it('loads every script and stylesheet from its own files', () => {
    for (const m of html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="([^"]+)"/gi)) {
      expect(m[1]).not.toMatch(/^(https?:)?\/\//i);
    }
  });
});
