/**
 * A standalone HTML document (the 对照表 as exported) printed to PDF in a hidden
 * window: hardened like the main window and more (no scripts, no preload), in
 * its own in-memory session that loads nothing but the one data: page, so
 * nothing the document says can run or fetch. The options are written out here
 * (not spread from a constant) so the security scan reads them; the unit test
 * of services/export/print-window.ts checks the same values.
 */
import { BrowserWindow, session } from 'electron';
import { printOptions, type PageSetup } from './services/export/page-setup';
import { printPartition, printWindowAllows } from './services/export/print-window';

/** Prints `html` to PDF with the page setup; the document numbers its own pages. */
export async function htmlToPdf(html: string, page: PageSetup): Promise<Uint8Array> {
  const printing = session.fromPartition(printPartition);
  printing.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !printWindowAllows(details.url) }));
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      session: printing,
      javascript: false,
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
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return new Uint8Array(await win.webContents.printToPDF(printOptions(page, false)));
  } finally {
    win.destroy();
  }
}
