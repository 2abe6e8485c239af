/**
 * Main-process actions behind the menu and the API's Electron-only parts:
 * the save dialog, importing through the open dialog, and print to PDF.
 */
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { ExportResult, PrecedentApi } from '../../shared/api/contract';
import type { Dialogs } from './api/create-api';
import { sendMenuCommand } from './menu';
import { printOptions, tablePage } from './services/export/page-setup';
import { exportFileName } from './services/export/labels';
import { readInputFile } from './services/import/read-input';
import { isInputError } from '../../shared/errors';

const filters: Readonly<Record<'docx' | 'html' | 'pdf', { name: string; extensions: string[] }>> = {
  docx: { name: 'Word 文档', extensions: ['docx'] },
  html: { name: '网页', extensions: ['html'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
};

/** Save dialogs attached to the current window. */
export function electronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  return {
    async saveFile({ defaultName, extension }) {
      const win = getWindow();
      const options = { defaultPath: join(app.getPath('documents'), defaultName), filters: [filters[extension]] };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}

/** 文件 > 导入…: pick files, import them, tell the renderer and report refusals. */
export async function importWithDialog(win: BrowserWindow, api: PrecedentApi): Promise<void> {
  const picked = await dialog.showOpenDialog(win, {
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: '政策文件', extensions: ['txt', 'md', 'docx', 'pdf', 'html', 'htm'] }],
  });
  if (picked.canceled || picked.filePaths.length === 0) return;
  // regular files within the size limit only: a pipe or device is refused here, before anything is read
  const read = await Promise.all(
    picked.filePaths.map(async (p) => {
      try {
        return { name: basename(p), base64: Buffer.from(await readInputFile(p)).toString('base64') };
      } catch (error) {
        if (!isInputError(error)) throw error;
        return { kind: 'refused' as const, fileName: basename(p), reason: error.message };
      }
    }),
  );
  const files = read.filter((r): r is { name: string; base64: string } => 'base64' in r);
  const outcomes = [...read.filter((r) => 'kind' in r), ...(files.length > 0 ? await api.importFiles({ files }) : [])];
  sendMenuCommand(win, { kind: 'library-changed' });
  const refused = outcomes.filter((o) => o.kind === 'refused');
  if (refused.length > 0) {
    await dialog.showMessageBox(win, {
      type: 'warning',
      message: `有 ${refused.length} 个文件未能导入 / ${refused.length} file(s) could not be imported`,
      detail: refused.map((o) => `${o.fileName}: ${o.kind === 'refused' ? o.reason : ''}`).join('\n'),
    });
  }
}

/** Prints the current view to a PDF the user saves. */
export async function printWindowToPdf(win: BrowserWindow, dialogs: Dialogs): Promise<ExportResult> {
  // the page setup of the exports (GB/T 9704 margins, "— N —" page numbers); the view's print style sheet does the rest
  const data = await win.webContents.printToPDF(printOptions(tablePage));
  const path = await dialogs.saveFile({
    defaultName: exportFileName(win.webContents.getTitle() || 'Precedent-对照', 'pdf'),
    extension: 'pdf',
  });
  if (!path) return { kind: 'cancelled' };
  await writeFile(path, data);
  return { kind: 'saved', path, bytes: data.byteLength };
}
