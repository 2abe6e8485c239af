/** What the API implementation needs from its host (Electron, the e2e host, tests). */
import type { ExportResult, ImportProgress } from '../../../shared/api/contract';
import type { Engine } from '../engine/index';
import type { Store } from '../store/index';
import type { PageSetup } from '../services/export/page-setup';

/** A save-file dialog: returns the chosen path, or null when the user cancels. */
export interface Dialogs {
  saveFile(options: { readonly defaultName: string; readonly extension: 'docx' | 'html' | 'pdf' }): Promise<string | null>;
}

/** Dependencies of `createApi`. */
export interface ApiDeps {
  readonly store: Store;
  readonly seedsDir: string;
  readonly dialogs: Dialogs;
  readonly now?: () => Date;
  /** Electron's printToPDF of the current view; absent in the e2e host */
  readonly printToPdf?: () => Promise<ExportResult>;
  /** Electron's printToPDF of a standalone HTML document (the 对照表) with a page setup; absent in the e2e host */
  readonly htmlToPdf?: (html: string, page: PageSetup) => Promise<Uint8Array>;
  readonly onImportProgress?: (progress: ImportProgress) => void;
  /** where parsing, compare, import reading, the index, check and search run; on this thread when absent */
  readonly engine?: Engine;
  /** restore or build the draft-check index at once, in the background (the app); on the first check when absent */
  readonly prepareIndexAtStart?: boolean;
  /** the parser's build (parser-build.ts): imported documents' parses are kept for the next start under it; parsed at every start when absent */
  readonly parserBuild?: string;
}
