/**
 * The hidden window that prints a standalone HTML document (the 对照表) to PDF:
 * hardened like the main window, and more (no scripts, no preload, its own
 * in-memory session that loads only the one data: page). Plain data, so a unit
 * test reads it without Electron; electron/main/print-pdf.ts writes the same values out.
 */

/** The session partition of the print window (in memory: no "persist:" prefix). */
export const printPartition = 'precedent-print';

/** webPreferences of the print window, besides its session. */
export const printWindowPreferences = {
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
} as const;

/** Whether the print window may load a URL: only the HTML document it was given. */
export const printWindowAllows = (url: string): boolean => url.startsWith('data:text/html');
