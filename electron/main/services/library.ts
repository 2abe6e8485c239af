/**
 * The user's library: the bundled seeds (read-only, loaded once from the seeds
 * folder with their catalog metadata) followed by the documents the user
 * imported (kept in the store with their decoded text). Parse results are
 * cached per entry and recomputed only when the text or overrides change.
 */
import type { DocumentSummary } from '../../../shared/api/contract';
import type { MetaFields, ParsedDocument } from '../../../shared/model/document';
import { InputError } from '../../../shared/errors';
import type { Store, LibraryEntry, StoredReview } from '../store/index';
import { corpusModule, parserModule } from './modules';
import type { ParseCache } from './parse-cache';

/** A document of the library with its text and parse result. */
export interface LibraryDocument {
  readonly summary: DocumentSummary;
  readonly text: string;
  readonly parsed: ParsedDocument;
}

/** Lists and reads library documents. */
export interface Library {
  list(): Promise<readonly LibraryDocument[]>;
  get(id: string): Promise<LibraryDocument>;
  isSeed(id: string): Promise<boolean>;
}

interface SeedDoc {
  readonly id: string;
  readonly fileName: string;
  readonly text: string;
  readonly parsed: ParsedDocument;
}

/** Where the library's parsing runs: the engine worker in the app (electron/main/engine), this thread by default. */
export interface LibraryParsing {
  parse(text: string, options: { readonly fileName: string }): Promise<ParsedDocument>;
  loadCorpusDir(dir: string): Promise<readonly SeedDoc[]>;
}

const onThisThread: LibraryParsing = {
  parse: async (text, options) => (await parserModule()).parseDocument(text, options),
  loadCorpusDir: async (dir) => (await corpusModule()).loadCorpusDir(dir),
};

/** Builds the library over a store and a seeds folder. */
export function createLibrary(store: Store, seedsDir: string, parsing: LibraryParsing = onThisThread, parsedCache?: ParseCache): Library {
  let seeds: Promise<readonly SeedDoc[]> | null = null;
  const cache = new Map<string, { key: string; doc: LibraryDocument }>();
  const loadSeeds = (): Promise<readonly SeedDoc[]> => {
    seeds ??= parsing.loadCorpusDir(seedsDir).catch((error: unknown) => {
      seeds = null;
      throw error;
    });
    return seeds;
  };

  const withOverrides = async (parsed: ParsedDocument, fields: Partial<MetaFields> | undefined): Promise<ParsedDocument> => {
    if (!fields || Object.keys(fields).length === 0) return parsed;
    const { applyOverrides } = await parserModule();
    return { ...parsed, meta: applyOverrides(parsed.meta, fields, 'user') };
  };

  const seedDocument = async (seed: SeedDoc): Promise<LibraryDocument> => {
    const fields = store.data().seedOverrides[seed.id];
    const key = JSON.stringify(fields ?? {});
    const hit = cache.get(seed.id);
    if (hit && hit.key === key) return hit.doc;
    const parsed = await withOverrides(seed.parsed, fields);
    const doc = { summary: summarise(seed.id, 'seed', seed.fileName, parsed), text: seed.text, parsed };
    cache.set(seed.id, { key, doc });
    return doc;
  };

  /** An imported text's parse: from the cache of an earlier start, else parsed now (and kept for the next). */
  const parseImported = async (entry: LibraryEntry): Promise<ParsedDocument> => {
    const kept = await parsedCache?.get(entry.text, entry.fileName);
    if (kept) return kept;
    const parsed = await parsing.parse(entry.text, { fileName: entry.fileName });
    await parsedCache?.put(entry.text, entry.fileName, parsed);
    return parsed;
  };

  const importedDocument = async (entry: LibraryEntry): Promise<LibraryDocument> => {
    const key = entry.hash + JSON.stringify(entry.overrides);
    const hit = cache.get(entry.id);
    if (hit && hit.key === key) return hit.doc;
    const parsed = await withOverrides(await parseImported(entry), entry.overrides);
    const summary = summarise(entry.id, 'imported', entry.fileName, parsed, entry.importedAt);
    const doc = { summary, text: entry.text, parsed };
    cache.set(entry.id, { key, doc });
    return doc;
  };

  /** A draft under review: readable by id (compare, export) but never listed, so it stays out of the corpus. */
  const reviewDocument = async (review: StoredReview): Promise<LibraryDocument> => {
    const fileName = review.fileName ?? review.name;
    const parsed = await parsing.parse(review.text, { fileName });
    return { summary: summarise(review.id, 'imported', fileName, parsed, review.savedAt), text: review.text, parsed };
  };

  const list = async (): Promise<readonly LibraryDocument[]> => {
    const seedDocs = await Promise.all((await loadSeeds()).map(seedDocument));
    const imported = await Promise.all(store.data().library.map(importedDocument));
    return [...seedDocs, ...imported];
  };

  return {
    list,
    async get(id) {
      const entry = store.data().library.find((e) => e.id === id);
      if (entry) return importedDocument(entry);
      const seed = (await loadSeeds()).find((s) => s.id === id);
      if (seed) return seedDocument(seed);
      const review = store.data().reviews.find((r) => r.id === id);
      if (review) return reviewDocument(review);
      throw new InputError('not-found', `找不到文档:${id}`, `no such document: ${id}`);
    },
    async isSeed(id) {
      return (await loadSeeds()).some((s) => s.id === id);
    },
  };
}

/** The summary the library panel lists. */
export function summarise(
  id: string,
  origin: DocumentSummary['origin'],
  fileName: string,
  parsed: ParsedDocument,
  importedAt?: string,
): DocumentSummary {
  return {
    id,
    origin,
    fileName,
    meta: parsed.meta,
    unitCount: parsed.units.length,
    warningCount: parsed.warnings.length,
    ...(importedAt ? { importedAt } : {}),
  };
}
