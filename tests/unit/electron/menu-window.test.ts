import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../../electron/main/store/index';

interface Item {
  label?: string;
  role?: string;
  type?: string;
  submenu?: Item[];
  click?: () => void;
}
const state = vi.hoisted(() => ({
  template: [] as unknown[],
  sent: [] as unknown[][],
  windows: [] as { options: Record<string, unknown>; handlers: Map<string, () => void> }[],
  loaded: [] as string[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    handlers = new Map<string, () => void>();
    webContents = { on: () => undefined, setWindowOpenHandler: () => undefined, send: (...a: unknown[]) => state.sent.push(a) };
    constructor(readonly options: Record<string, unknown>) {
      state.windows.push(this);
    }
    on(event: string, fn: () => void) {
      this.handlers.set(event, fn);
    }
    once() {}
    loadURL(url: string) {
      state.loaded.push(url);
      return Promise.resolve();
    }
    maximize() {}
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 40, y: 30, width: 1400, height: 900 };
    }
  }
  return {
    app: { isPackaged: true, getVersion: () => '0.1.0' },
    dialog: { showMessageBox: vi.fn() },
    Menu: { buildFromTemplate: (t: unknown[]) => (state.template = t), setApplicationMenu: () => undefined },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    BrowserWindow,
  };
});

const { installMenu } = await import('../../../electron/main/menu');
const { createMainWindow } = await import('../../../electron/main/window');

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('the application menu', () => {
  it('is in Chinese: 文件/编辑/视图/帮助 with import, export, print and zoom', async () => {
    const actions = { importFiles: vi.fn(async () => undefined), printToPdf: vi.fn(async () => undefined) };
    const win = { webContents: { send: (...a: unknown[]) => state.sent.push(a) } };
    installMenu(win as never, actions);
    const menu = state.template as Item[];
    expect(menu.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    const file = menu[0].submenu!;
    expect(file.map((i) => i.label).filter(Boolean)).toEqual(['导入…', '导出对照表…', '打印…', '退出']);
    expect(menu[2].submenu!.map((i) => i.role).filter(Boolean)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
    file[0].click!();
    file[1].click!();
    file[2].click!();
    expect(actions.importFiles).toHaveBeenCalledWith(win);
    expect(actions.printToPdf).toHaveBeenCalledWith(win);
    expect(state.sent).toContainEqual(['precedent:menu-command', { kind: 'export' }]);
    expect(JSON.stringify(menu)).not.toMatch(/开发者工具|toggleDevTools/);
  });

  it('has no devtools item in a packaged app even when asked for development', () => {
    installMenu({ webContents: { send: () => undefined } } as never, { importFiles: vi.fn(), printToPdf: vi.fn() }, { development: true });
    expect(JSON.stringify(state.template)).not.toMatch(/toggleDevTools/);
  });
});

describe('the main window', () => {
  it('restores the saved bounds and saves them again when it closes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'precedent-window-'));
    dirs.push(dir);
    const store = await openStore({ dataDir: dir });
    await store.update((d) => void (d.window = { x: 100, y: 80, width: 1200, height: 760, maximized: false }));
    createMainWindow({ preload: '/p/index.cjs', url: 'app://precedent/index.html', store });
    const win = state.windows.at(-1)!;
    expect(win.options).toMatchObject({ x: 100, y: 80, width: 1200, height: 760 });
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(state.loaded.at(-1)).toBe('app://precedent/index.html');
    win.handlers.get('close')!();
    await store.flush();
    expect((await openStore({ dataDir: dir })).data().window).toEqual({ x: 40, y: 30, width: 1400, height: 900, maximized: false });
  });

  it('ignores saved bounds that are off every screen', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'precedent-window-'));
    dirs.push(dir);
    const store = await openStore({ dataDir: dir });
    await store.update((d) => void (d.window = { x: 5000, y: 4000, width: 1200, height: 760, maximized: false }));
    createMainWindow({ preload: '/p/index.cjs', url: 'app://precedent/index.html', store });
    const options = state.windows.at(-1)!.options;
    expect(options.x).toBeUndefined();
    expect(options).toMatchObject({ width: 1200, height: 760 });
  });
});
