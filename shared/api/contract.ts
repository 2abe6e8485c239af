/**
 * The one contract between renderer and main. The main process implements
 * `PrecedentApi` in one object, registers every key of `channels` with
 * `ipcMain.handle`, and the preload builds `window.api` from the same map. The
 * e2e host answers `POST /api/<method>` with the same implementation object.
 * Every method takes at most one argument object and returns a Promise.
 */
import type { DocumentMeta, Furniture, MetaFields, OutlineNode, ParseWarning, Unit } from '../model/document';
import type { Comparison, DiffOptions, DraftCheck, SearchFilters, SearchResult } from '../model/comparison';

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

/** A hand correction of the alignment as stored: units by document and unit id, so it holds whatever the column order or base. */
export interface SavedCorrection {
  /** pair: one row (人工对齐); split: separate rows (人工拆开) */
  readonly kind: 'pair' | 'split';
  readonly a: NoteKey;
  readonly b: NoteKey;
  readonly at: string;
}

/** What the user asks of the alignment: pair, split, or forget the hand correction of these two units. */
export interface CorrectionRequest {
  readonly kind: 'pair' | 'split' | 'undo';
  readonly a: NoteKey;
  readonly b: NoteKey;
}

/** A comparison the user saved to reopen later. */
export interface SavedComparison {
  readonly id: string;
  readonly name: string;
  readonly ids: readonly string[];
  readonly pivot: number;
  readonly options: DiffOptions;
  readonly savedAt: string;
  /** hand corrections of the alignment, in the order made; every compare and export of these documents applies them */
  readonly corrections?: readonly SavedCorrection[];
}

/** Something opened recently, shown on the start screen. */
export interface RecentItem {
  readonly kind: 'comparison' | 'document' | 'review';
  readonly label: string;
  readonly ids: readonly string[];
  readonly openedAt: string;
}

/** How tightly the compare view packs its rows. */
export type Density = 'comfortable' | 'compact';

/** The tabs of the main window. */
export type AppTab = 'start' | 'library' | 'compare' | 'reader' | 'draft';

/** Where the user left off, so the app reopens there: the tab, the open comparison and its row, the open review. */
export interface Session {
  readonly tab: AppTab;
  /** the comparison on the 比对 tab; `at` is a unit of the current row */
  readonly compare?: { readonly ids: readonly string[]; readonly pivot: number; readonly at?: NoteKey };
  readonly reviewId?: string;
}

/** User settings. */
export interface Settings {
  readonly diff: DiffOptions;
  readonly onlyDifferences: boolean;
  /** text size, 1 = 14px; Ctrl+= / Ctrl+- / Ctrl+0 */
  readonly fontScale: number;
  /** absent means comfortable */
  readonly density?: Density;
  readonly session?: Session;
}

/** A draft under review, kept apart from the corpus. */
export interface DraftReview {
  readonly id: string;
  readonly name: string;
  /** the document id the draft's notes and exports use: the library document under review, or the review's own id */
  readonly docId: string;
  readonly draft: DocumentDetail;
  readonly check: DraftCheck;
  readonly savedAt: string;
}

/** A saved review as the list shows it. */
export interface ReviewEntry {
  readonly id: string;
  readonly name: string;
  readonly savedAt: string;
  /** the library document under review, when it is one */
  readonly docId?: string;
}

/** Where an export should go and what it contains. */
export interface ExportRequest {
  readonly ids: readonly string[];
  readonly pivot: number;
  readonly options: DiffOptions;
  /** pdf: the HTML table printed by Electron (not in the e2e host) */
  readonly format: 'docx' | 'html' | 'pdf';
  /** add the user's notes on the rows' units to the 说明 column */
  readonly includeNotes: boolean;
  /** which way the rows read: the base (pivot) column is the older text (default) or the newer one (a draft before its precedents) */
  readonly direction?: 'base-is-old' | 'base-is-new';
  /** only rows that differ */
  readonly onlyChanged?: boolean;
  /** only the rows of these units of the base document */
  readonly pivotUnitIds?: readonly string[];
}

/** The result of an export: where it was written, or that the user cancelled. */
export type ExportResult = { readonly kind: 'saved'; readonly path: string; readonly bytes: number } | { readonly kind: 'cancelled' };

/** Everything the renderer may ask of the main process. */
export interface PrecedentApi {
  listDocuments(): Promise<readonly DocumentSummary[]>;
  /** `opened`: a person opened it to read (recorded among recent items), not a view loading it for its own use */
  getDocument(args: { readonly id: string; readonly opened?: boolean }): Promise<DocumentDetail>;
  compare(args: { readonly ids: readonly string[]; readonly pivot: number; readonly options: DiffOptions }): Promise<ComparisonView>;
  search(args: { readonly query: string; readonly filters?: SearchFilters; readonly limit?: number }): Promise<SearchResult>;
  importFiles(args: { readonly files: readonly FilePayload[] }): Promise<readonly ImportOutcome[]>;
  removeDocument(args: { readonly id: string }): Promise<void>;
  updateMeta(args: { readonly id: string; readonly fields: Partial<MetaFields> }): Promise<DocumentSummary>;
  listNotes(): Promise<readonly Note[]>;
  setNote(args: { readonly key: NoteKey; readonly text: string }): Promise<Note | null>;
  listSavedComparisons(): Promise<readonly SavedComparison[]>;
  saveComparison(args: {
    readonly name: string;
    readonly ids: readonly string[];
    readonly pivot: number;
    readonly options: DiffOptions;
  }): Promise<SavedComparison>;
  deleteSavedComparison(args: { readonly id: string }): Promise<void>;
  /** Pairs (对齐到…), splits (拆开) or un-corrects two units; kept with the saved comparison of these documents (made if none) */
  correctAlignment(args: {
    readonly ids: readonly string[];
    readonly pivot: number;
    readonly options: DiffOptions;
    readonly correction: CorrectionRequest;
  }): Promise<SavedComparison>;
  listRecent(): Promise<readonly RecentItem[]>;
  getSettings(): Promise<Settings>;
  updateSettings(args: { readonly settings: Partial<Settings> }): Promise<Settings>;
  /** Opens a draft for review: pasted text, a file, or a library document (`docId`); the same draft again reopens its review */
  openDraft(args: {
    readonly name: string;
    readonly text?: string;
    readonly file?: FilePayload;
    readonly top?: number;
    readonly docId?: string;
  }): Promise<DraftReview>;
  listReviews(): Promise<readonly ReviewEntry[]>;
  getReview(args: { readonly id: string }): Promise<DraftReview>;
  renameReview(args: { readonly id: string; readonly name: string }): Promise<ReviewEntry>;
  /** Deletes a saved review; the notes stay with their document */
  deleteReview(args: { readonly id: string }): Promise<void>;
  /** The draft as a Word document with tracked revisions against a precedent, or the 意见反馈表 of its notes */
  exportReviewDocument(args: {
    readonly reviewId: string;
    readonly kind: 'tracked' | 'feedback';
    readonly precedentId?: string;
  }): Promise<ExportResult>;
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
  correctAlignment: 'precedent:correct-alignment',
  listRecent: 'precedent:list-recent',
  getSettings: 'precedent:get-settings',
  updateSettings: 'precedent:update-settings',
  openDraft: 'precedent:open-draft',
  listReviews: 'precedent:list-reviews',
  getReview: 'precedent:get-review',
  addDraftToLibrary: 'precedent:add-draft-to-library',
  renameReview: 'precedent:rename-review',
  deleteReview: 'precedent:delete-review',
  exportReviewDocument: 'precedent:export-review-document',
  exportTable: 'precedent:export-table',
  printToPdf: 'precedent:print-to-pdf',
  startupMessages: 'precedent:startup-messages',
};

/** Error thrown across the API: a message the UI can show as it is. */
export interface ApiErrorPayload extends UserMessage {
  readonly code: string;
}

/** What crosses IPC or HTTP: the value, or an error the UI shows as it is. Preload and bridge unwrap it. */
export type ApiEnvelope<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiErrorPayload };

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
