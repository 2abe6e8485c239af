/**
 * The main window: locked-down web preferences, bounds restored from the
 * store (when they still fit on a screen) and saved again when it closes.
 */
import { BrowserWindow, screen } from 'electron';
import type { Store, WindowState } from './store/index';
import { hardenContents } from './security';

/** Where to load the renderer from and where the preload is. */
export interface WindowOptions {
  readonly preload: string;
  /** app://precedent/index.html, or the dev server with the development switch */
  readonly url: string;
  readonly store: Store;
}

function visible(state: WindowState | undefined): boolean {
  if (!state || state.x === undefined || state.y === undefined) return false;
  const { x, y, width, height } = state;
  return screen.getAllDisplays().some(({ workArea: a }) => x < a.x + a.width && x + width > a.x && y < a.y + a.height && y + height > a.y);
}

/** Opens the main window. */
export function createMainWindow(options: WindowOptions): BrowserWindow {
  const saved = options.store.data().window;
  const bounds =
    saved && visible(saved)
      ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height }
      : { width: saved?.width ?? 1280, height: saved?.height ?? 800 };
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Precedent 政策比对',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // middle-click (auxclick) must not open links in a new window
      disableBlinkFeatures: 'Auxclick',
    },
  });
  hardenContents(win.webContents);
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const { x, y, width, height } = win.getNormalBounds();
    const state: WindowState = { x, y, width, height, maximized: win.isMaximized() };
    if (!options.store.readOnly) void options.store.update((d) => void (d.window = state)).catch(() => undefined);
  });
  void win.loadURL(options.url);
  return win;
}
