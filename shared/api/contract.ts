/**
 * The one contract between renderer and main. The main process implements
 * `PrecedentApi` in one object, registers every key of `channels` with
 * `ipcMain.handle`, and the preload builds `window.api` from the same map. The
 * e2e host answers `POST /api/<method>` with the same implementation object.
 * Every method takes at most one argument object and returns a Promise.
 */
import type { DocumentMeta, Furniture, MetaFields, OutlineNode, ParseWarning, Unit } from '../model/document';
import type { Comparison, DiffOptions, DraftCheck, SearchFilters, SearchHit } from '../model/comparison';

/** Where a document in the library came from. */
export type DocumentOrigin = 'seed' | 'imported';

/** A library entry as the library panel lists it. */
export interface DocumentSummary {
  /** stable id: the seed file's base name, or `lib-<hash prefix>` for imports */
  readonly id: string;
  readonly origin: DocumentOrigin;
  readonly fileName: string;
  readonly meta: DocumentMeta;
  readonly unitCount: number;
  readonly warningCount: number;
  /** ISO time of import; absent for seeds */
  readonly importedAt?: string;
}

/** One document with everything the reader and compare views show. */
export interface DocumentDetail {
  readonly summary: DocumentSummary;
  /** the decoded original text; spans index into it */
  readonly text: string;
  readonly outline: readonly OutlineNode[];
  readonly units: readonly Unit[];
  readonly warnings: readonly ParseWarning[];
  /** web-page lines and markdown marks: the reader folds the first under 网页信息 and hides the second */
  readonly furniture?: readonly Furniture[];
}

/** A comparison ready to render: the engine result and the documents it aligned. */
export interface ComparisonView {
  readonly ids: readonly string[];
  readonly comparison: Comparison;
  readonly documents: readonly DocumentDetail[];
  readonly options: DiffOptions;
}

/** A file handed over by the renderer (file input or drag and drop). */
export interface FilePayload {
  readonly name: string;
  /** the file's bytes, base64 */
  readonly base64: string;
}

/** What happened to one file of an import batch. */
export type ImportOutcome =
  | { readonly kind: 'imported'; readonly fileName: string; readonly document: DocumentSummary }
  | { readonly kind: 'duplicate'; readonly fileName: string; readonly existingId: string }
  | { readonly kind: 'refused'; readonly fileName: string; readonly reason: string };

/** A user error message, Chinese first, English too. */
export interface UserMessage {
  readonly zh: string;
  readonly en: string;
}

/** Where a note is attached: a unit of a document, optionally within a comparison. */
export interface NoteKey {
  readonly docId: string;
  readonly unitId: string;
}

/** A note a user wrote on a unit (a cell of the compare view, a draft measure). */
export interface Note extends NoteKey {
  readonly text: string;
  readonly updatedAt: string;
}

/** A comparison the user saved to reopen later. */
export interface SavedComparison {
  readonly id: string;
  readonly name: string;
  readonly ids: readonly string[];
  readonly pivot: number;
  readonly options: DiffOptions;
  readonly savedAt: string;
}

/** Something opened recently, shown on the start screen. */
export interface RecentItem {
  readonly kind: 'comparison' | 'document' | 'review';
  readonly label: string;
  readonly ids: readonly string[];
  readonly openedAt: string;
}

/** User settings. */
export interface Settings {
  readonly diff: DiffOptions;
  readonly onlyDifferences: boolean;
  readonly fontScale: number;
}

/** A draft under review, kept apart from the corpus. */
export interface DraftReview {
  readonly id: string;
  readonly name: string;
  readonly draft: DocumentDetail;
  readonly check: DraftCheck;
  readonly savedAt: string;
}

/** Where an export should go and what it contains. */
export interface ExportRequest {
  readonly ids: readonly string[];
  readonly pivot: number;
  readonly options: DiffOptions;
  readonly format: 'docx' | 'html';
  /** fill the 说明 column from the notes on the pivot document's units */
  readonly includeNotes: boolean;
}

/** The result of an export: where it was written, or that the user cancelled. */
export type ExportResult =
  | { readonly kind: 'saved'; readonly path: string; readonly bytes: number }
  | { readonly kind: 'cancelled' };

/** Everything the renderer may ask of the main process. */
export interface PrecedentApi {
  listDocuments(): Promise<readonly DocumentSummary[]>;
  /** `opened`: a person opened it to read (recorded among recent items), not a view loading it for its own use */
  getDocument(args: { readonly id: string; readonly opened?: boolean }): Promise<DocumentDetail>;
  compare(args: { readonly ids: readonly string[]; readonly pivot: number; readonly options: DiffOptions }): Promise<ComparisonView>;
  search(args: { readonly query: string; readonly filters?: SearchFilters; readonly limit?: number }): Promise<readonly SearchHit[]>;
  importFiles(args: { readonly files: readonly FilePayload[] }): Promise<readonly ImportOutcome[]>;
  removeDocument(args: { readonly id: string }): Promise<void>;
  updateMeta(args: { readonly id: string; readonly fields: Partial<MetaFields> }): Promise<DocumentSummary>;
  listNotes(): Promise<readonly Note[]>;
  setNote(args: { readonly key: NoteKey; readonly text: string }): Promise<Note | null>;
  listSavedComparisons(): Promise<readonly SavedComparison[]>;
  saveComparison(args: { readonly name: string; readonly ids: readonly string[]; readonly pivot: number; readonly options: DiffOptions }): Promise<SavedComparison>;
  deleteSavedComparison(args: { readonly id: string }): Promise<void>;
  listRecent(): Promise<readonly RecentItem[]>;
  getSettings(): Promise<Settings>;
  updateSettings(args: { readonly settings: Partial<Settings> }): Promise<Settings>;
  openDraft(args: { readonly name: string; readonly text?: string; readonly file?: FilePayload; readonly top?: number }): Promise<DraftReview>;
  listReviews(): Promise<readonly { readonly id: string; readonly name: string; readonly savedAt: string }[]>;
  getReview(args: { readonly id: string }): Promise<DraftReview>;
  addDraftToLibrary(args: { readonly reviewId: string }): Promise<DocumentSummary>;
  exportTable(args: ExportRequest): Promise<ExportResult>;
  /** Print / PDF of the current view (Electron's printToPDF); the host answers with an error */
  printToPdf(): Promise<ExportResult>;
  /** messages the store raised at start-up (a corrupt file moved aside, …) */
  startupMessages(): Promise<readonly UserMessage[]>;
}

/** The name of every API method. */
export type ApiMethod = keyof PrecedentApi;

/** IPC channel of each method; the three key sets (contract, channels, implementation) must be equal. */
export const channels: { readonly [K in ApiMethod]: string } = {
  listDocuments: 'precedent:list-documents',
  getDocument: 'precedent:get-document',
  compare: 'precedent:compare',
  search: 'precedent:search',
  importFiles: 'precedent:import-files',
  removeDocument: 'precedent:remove-document',
  updateMeta: 'precedent:update-meta',
  listNotes: 'precedent:list-notes',
  setNote: 'precedent:set-note',
  listSavedComparisons: 'precedent:list-saved-comparisons',
  saveComparison: 'precedent:save-comparison',
  deleteSavedComparison: 'precedent:delete-saved-comparison',
  listRecent: 'precedent:list-recent',
  getSettings: 'precedent:get-settings',
  updateSettings: 'precedent:update-settings',
  openDraft: 'precedent:open-draft',
  listReviews: 'precedent:list-reviews',
  getReview: 'precedent:get-review',
  addDraftToLibrary: 'precedent:add-draft-to-library',
  exportTable: 'precedent:export-table',
  printToPdf: 'precedent:print-to-pdf',
  startupMessages: 'precedent:startup-messages',
};

/** Error thrown across the API: a message the UI can show as it is. */
export interface ApiErrorPayload extends UserMessage {
  readonly code: string;
}

/** What crosses IPC or HTTP: the value, or an error the UI shows as it is. Preload and bridge unwrap it. */
export type ApiEnvelope<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ApiErrorPayload };

/** Progress of a long import, sent after each file. */
export interface ImportProgress {
  readonly done: number;
  readonly total: number;
  /** the file being read next; '' once the batch is done */
  readonly fileName: string;
}

/** What the application menu asks the renderer to do. */
export type MenuCommand =
  | { readonly kind: 'import' } // 文件 > 导入…: open the import picker
  | { readonly kind: 'export' } // 文件 > 导出对照表…: export the comparison on screen
  | { readonly kind: 'library-changed' }; // the library changed outside the renderer

/** Events main sends to the renderer; the preload exposes them as `window.apiEvents`. */
export const eventChannels = {
  importProgress: 'precedent:import-progress',
  menuCommand: 'precedent:menu-command',
} as const;

/** `window.apiEvents`: subscribe to main-process events; each call returns an unsubscribe function. */
export interface ApiEvents {
  onImportProgress(listener: (progress: ImportProgress) => void): () => void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
