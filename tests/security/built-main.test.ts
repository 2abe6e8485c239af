/**
 * Runs the BUILT main process (out/main/index.js) against a recording stand-in
 * for the electron module and checks what it actually does: app:// is
 * registered as privileged (standard, secure) before the app is ready and is
 * the only thing the request filter lets through; the protocol serves the
 * built renderer folder and nothing outside it; the dev server is used only
 * with the development switch in an unpackaged app; no devtools menu item
 * outside development. Needs `npm run build`, no Electron binary.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const built = join(process.cwd(), 'out/main/index.js');
if (!existsSync(built))
  throw new Error('缺少构建产物 out/main/index.js:请先运行 npm run build / missing out/main/index.js: run "npm run build" first');

type Filter = (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void;
type Handler = (request: Request) => Promise<Response>;

interface Recorded {
  packaged: boolean;
  ready: boolean;
  privileged: unknown[];
  privilegedBeforeReady: boolean;
  filter?: Filter;
  handler?: Handler;
  loaded: string[];
  menu: unknown[];
  errors: string[];
}

const rec: Recorded = { packaged: false, ready: false, privileged: [], privilegedBeforeReady: false, loaded: [], menu: [], errors: [] };

vi.mock('electron', () => {
  const noop = () => undefined;
  class BrowserWindow {
    webContents = { on: noop, setWindowOpenHandler: noop, send: noop };
    on = noop;
    once = noop;
    maximize = noop;
    isMaximized = () => false;
    isMinimized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 800 });
    loadURL(url: string) {
      rec.loaded.push(url);
      return Promise.resolve();
    }
  }
  return {
    app: {
      get isPackaged() {
        return rec.packaged;
      },
      enableSandbox: noop,
      requestSingleInstanceLock: () => true,
      on: noop,
      quit: noop,
      getVersion: () => '0.0.0',
      getPath: () => tmpdir(),
      whenReady: () => Promise.resolve().then(() => void (rec.ready = true)),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        rec.privileged.push(...schemes);
        rec.privilegedBeforeReady = !rec.ready;
      },
    },
    session: {
      defaultSession: {
        protocol: { handle: (_scheme: string, handler: Handler) => void (rec.handler = handler) },
        webRequest: { onBeforeRequest: (filter: Filter) => void (rec.filter = filter), onHeadersReceived: noop },
        setPermissionRequestHandler: noop,
        setPermissionCheckHandler: noop,
      },
    },
    dialog: { showErrorBox: (title: string) => void rec.errors.push(title), showMessageBox: noop },
    Menu: { buildFromTemplate: (t: unknown[]) => (rec.menu = t), setApplicationMenu: noop },
    screen: { getAllDisplays: () => [] },
    ipcMain: { handle: noop, removeHandler: noop },
    BrowserWindow,
  };
});

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** Loads a fresh copy of the built main process with these arguments, environment and packaging. */
async function startBuilt(options: {
  argv?: string[];
  env?: Record<string, string>;
  packaged?: boolean;
  prepare?: (dataDir: string) => Promise<void>;
  failing?: boolean;
}): Promise<Recorded> {
  Object.assign(rec, {
    packaged: options.packaged ?? false,
    ready: false,
    privileged: [],
    privilegedBeforeReady: false,
    filter: undefined,
    handler: undefined,
    loaded: [],
    menu: [],
    errors: [],
  });
  const dataDir = await mkdtemp(join(tmpdir(), 'precedent-built-'));
  dirs.push(dataDir);
  await options.prepare?.(dataDir);
  const savedArgv = process.argv;
  const savedEnv = { ...process.env };
  process.argv = ['electron', '.', '--data-dir', dataDir, ...(options.argv ?? [])];
  delete process.env.ELECTRON_RENDERER_URL;
  // a packaged app finds its seeds under process.resourcesPath
  (process as { resourcesPath?: string }).resourcesPath = process.cwd();
  Object.assign(process.env, options.env ?? {});
  try {
    vi.resetModules();
    await import(/* @vite-ignore */ `${built}?run=${dirs.length}`);
    for (let i = 0; i < 400 && rec.loaded.length === 0 && rec.errors.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
  } finally {
    process.argv = savedArgv;
    process.env = savedEnv;
  }
  if (!options.failing) expect(rec.errors).toEqual([]);
  return { ...rec };
}

const allowed = (r: Recorded, url: string) => {
  let cancel = true;
  r.filter!({ url }, (answer) => (cancel = answer.cancel));
  return !cancel;
};
const devtoolsItem = (r: Recorded) => JSON.stringify(r.menu).includes('toggleDevTools');

describe('the built main process', () => {
  it('registers app:// as a standard, secure scheme before the app is ready, and loads the renderer from it', async () => {
    const r = await startBuilt({});
    expect(r.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(r.privilegedBeforeReady).toBe(true);
    expect(r.loaded).toEqual(['app://precedent/index.html']);
  });

  it('lets only its own app:// origin through the request filter', async () => {
    const r = await startBuilt({});
    expect(allowed(r, 'app://precedent/index.html')).toBe(true);
    expect(allowed(r, 'app://precedent/assets/index.js')).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      `file://${process.cwd()}/out/renderer/index.html`,
      'data:text/html,<script>1</script>',
      'blob:app://precedent/1',
      'devtools://devtools/x',
      'https://example.com/',
      'http://localhost:5173/',
      'app://other/index.html',
    ]) {
      expect(allowed(r, url), url).toBe(false);
    }
  });

  it('serves the built renderer folder and nothing outside it', async () => {
    const r = await startBuilt({});
    const get = (url: string) => r.handler!(new Request(url));
    const page = await get('app://precedent/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(await page.text()).toMatch(/<div id="root"/);
    for (const url of [
      'app://precedent/..%2fmain%2findex.js',
      'app://precedent/../main/index.js',
      'app://precedent/..%2f..%2fpackage.json',
      'app://other/index.html',
      'app://precedent/nothing.js',
    ]) {
      expect((await get(url)).status, url).toBe(404);
    }
  });

  it('has no development paths or devtools without the switch, even with ELECTRON_RENDERER_URL set', async () => {
    const r = await startBuilt({ env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } });
    expect(r.loaded).toEqual(['app://precedent/index.html']);
    expect(allowed(r, 'http://localhost:5173/')).toBe(false);
    expect(devtoolsItem(r)).toBe(false);
  });

  it('uses the dev server with --precedent-dev in an unpackaged app, by exact origin only', async () => {
    const r = await startBuilt({ argv: ['--precedent-dev'], env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/' } });
    expect(r.loaded).toEqual(['http://localhost:5173']);
    expect(allowed(r, 'http://localhost:5173/src/main.tsx')).toBe(true);
    expect(allowed(r, 'http://localhost:5173.evil.example/')).toBe(false);
    expect(devtoolsItem(r)).toBe(true);
  });

  it('says 文库已在另一个窗口中打开 and opens no window when another running process holds the data folder', async () => {
    const r = await startBuilt({
      failing: true,
      prepare: async (dataDir) => {
        await mkdir(join(dataDir, 'db.lock'));
        await writeFile(
          join(dataDir, `db.lock.${process.ppid}.json`),
          JSON.stringify({ pid: process.ppid, host: hostname(), since: Date.now() }),
        );
      },
    });
    expect(r.errors).toEqual(['文库已在另一个窗口中打开']);
    expect(r.loaded).toEqual([]);
  });

  it('ignores the switch in a packaged app', async () => {
    const r = await startBuilt({ argv: ['--precedent-dev'], env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, packaged: true });
    expect(r.loaded).toEqual(['app://precedent/index.html']);
    expect(devtoolsItem(r)).toBe(false);
  });
});
