/**
 * Main process entry: opens the store, builds the API, registers IPC, applies
 * the security checklist, serves the renderer as app:// and opens the window
 * with its Chinese menu. `--data-dir <dir>` points the app at another store
 * (tests, portable use); `--precedent-dev` (unpackaged only) loads the dev
 * server named by ELECTRON_RENDERER_URL and shows the devtools menu item.
 */
import { app, dialog, BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { eventChannels } from '../../shared/api/contract';
import { createApi } from './api/create-api';
import { workerEngine } from './engine/index';
import { electronDialogs, importWithDialog, printWindowToPdf } from './actions';
import { registerApi } from './ipc/register';
import { installMenu } from './menu';
import { hardenContents, hardenSession } from './security';
import { openStore, type Store } from './store/index';
import { isInputError } from '../../shared/errors';
import { createMainWindow } from './window';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { appIndexUrl, devServerUrlOf } from './app-url';
// after ./window: the security test reads the first window of the bundle as the main window
import { htmlToPdf } from './print-pdf';

const devServerUrl = devServerUrlOf({ argv: process.argv, packaged: app.isPackaged, env: process.env });
const rendererDir = join(__dirname, '../renderer');

function dataDirFromArgs(argv: readonly string[]): string | undefined {
  const at = argv.indexOf('--data-dir');
  return at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);
}

app.enableSandbox();
registerAppScheme();
const primary = app.requestSingleInstanceLock();
app.on('web-contents-created', (_event, contents) => hardenContents(contents));

async function start(): Promise<void> {
  hardenSession(session.defaultSession, devServerUrl);
  serveRenderer(session.defaultSession, rendererDir);
  let store: Store;
  try {
    store = await openStore({ dataDir: dataDirFromArgs(process.argv) ?? app.getPath('userData') });
  } catch (error) {
    if (!isInputError(error) || error.code !== 'store-locked') throw error;
    dialog.showErrorBox('文库已在另一个窗口中打开', `${error.zh}\n\n${error.en}`);
    app.quit();
    return;
  }
  let win: BrowserWindow | null = null;
  const dialogs = electronDialogs(() => win);
  // the engine works in a worker thread, warmed up in the background so the first compare runs warm
  const seedsDir = app.isPackaged ? join(process.resourcesPath, 'seeds') : join(__dirname, '../../seeds');
  const engine = workerEngine();
  void engine.warmUp(seedsDir).catch(() => undefined);
  const api = createApi({
    store,
    engine,
    prepareIndexAtStart: true,
    parserBuild: __PARSER_BUILD__,
    seedsDir,
    dialogs,
    printToPdf: () => {
      if (!win) throw new Error('no window');
      return printWindowToPdf(win, dialogs);
    },
    htmlToPdf,
    onImportProgress: (progress) => win?.webContents.send(eventChannels.importProgress, progress),
  });
  registerApi(api, { devServerUrl });
  win = createMainWindow({ preload: join(__dirname, '../preload/index.cjs'), url: devServerUrl ?? appIndexUrl, store });
  win.on('closed', () => {
    win = null;
  });
  installMenu(
    win,
    {
      importFiles: (w) => importWithDialog(w, api),
      printToPdf: async (w) => void (await printWindowToPdf(w, dialogs)),
    },
    { development: devServerUrl !== undefined },
  );
  // let the last writes (window bounds, a note typed just before quitting) reach the disk
  let flushed = false;
  app.on('will-quit', (event) => {
    if (flushed) return;
    event.preventDefault();
    void store.close().finally(() => {
      flushed = true;
      app.quit();
    });
  });
  app.on('second-instance', () => {
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
}

if (!primary) app.quit();
else
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Precedent 无法启动 / Precedent cannot start', error instanceof Error ? error.message : String(error));
      app.quit();
    });
app.on('window-all-closed', () => app.quit());
