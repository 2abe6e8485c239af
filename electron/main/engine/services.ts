/**
 * The engine's services: the named calls that run off the main thread
 * (parsing, reading imported files, compare, the corpus index, check and
 * search). Each takes and returns structured-cloneable data only, so the same
 * table runs in the worker (worker.ts) or, for the CLI and tests, in process.
 * Electron-free: this module and what it imports load in plain Node.
 */
import { parseDocument, type ParseOptions } from '../../../shared/parse/index';
import {
  addToTextIndex,
  buildCorpusIndex,
  checkDraft,
  compareDocuments,
  removeFromTextIndex,
  searchCorpus,
} from '../../../shared/engine/index';
import { restoreTextIndex, saveTextIndex, withSavedPostings } from '../../../shared/engine/index/saved-index';
import type {
  CheckOptions,
  CompareOptions,
  CorpusDocument,
  SearchableDocument,
  SearchOptions,
  TextIndex,
} from '../../../shared/engine/index';
import type { CorpusIndex } from '../../../shared/engine/index/corpus-index';
import { restoreCorpusIndex, saveCorpusIndex } from '../../../shared/engine/index/saved-corpus-index';
import type { ParsedDocument } from '../../../shared/model/document';
import { InputError } from '../../../shared/errors';
import { extractText } from '../services/import/extract';
import type { ImportLimits } from '../services/import/limits';
import { loadCorpusDir } from '../services/corpus';
import { openSavedIndex } from './saved-index-file';
import { warmUpEngine, warmUpIndexInBackground } from './warm-up';

/** Builds one engine's services; the corpus index they build stays inside (it is large: never sent back). */
export function createEngineServices() {
  let index: { readonly key: string; readonly index: CorpusIndex } | null = null;
  const indexFor = (key: string): CorpusIndex => {
    if (!index || index.key !== key)
      throw new InputError('index-stale', '检索索引已过期,请重试', 'the search index is out of date: try again');
    return index.index;
  };
  let text: TextIndex | null = null;
  /** checks run so far: a check that ran has warmed the index already */
  let checks = 0;
  return {
    parseDocument: (text: string, options: ParseOptions = {}) => parseDocument(text, options),
    extractText: (fileName: string, bytes: Uint8Array, limits?: ImportLimits) => extractText(fileName, bytes, limits),
    /** A folder of documents (the seeds), read and parsed. */
    loadCorpusDir: (dir: string) => loadCorpusDir(dir),
    compareDocuments: (docs: readonly ParsedDocument[], options: CompareOptions = {}) => compareDocuments(docs, options),
    /** The key of the index the engine holds, or null. */
    indexKey: () => index?.key ?? null,
    /**
     * The corpus index for `key` (the library's state), replacing the one held: restored from `saved` (the
     * cache's bytes) when they are of these documents, else built. Returns the index's saved form when it was
     * built, for the cache, else null.
     */
    buildIndex(
      key: string,
      docs: readonly CorpusDocument[],
      saved: Uint8Array | null = null,
    ): { readonly key: string; readonly units: number; readonly restored: boolean; readonly saved: Uint8Array | null } {
      const restored = saved ? restoreCorpusIndex(saved, docs) : null;
      const held = { key, index: restored ?? buildCorpusIndex(docs) };
      index = held;
      // after the answer, a round at a time: a check that comes first waits one round at most, and warms the index itself
      const checksBefore = checks;
      void warmUpIndexInBackground(held.index, () => index === held && checks === checksBefore);
      return { key, units: index.index.unitCount, restored: restored !== null, saved: restored ? null : saveCorpusIndex(index.index) };
    },
    /**
     * Brings the search index in step: on the first call (`first`) restores it from `saved` (the cache's file, or bytes)
     * for the documents `added` (all of them), later removes the documents `removed` (gone or changed) and adds
     * `added` (new or changed). Returns the index's saved form when it changed, for the cache, else null.
     */
    syncTextIndex(
      first: boolean,
      saved: Uint8Array | { readonly file: string } | null,
      removed: readonly string[],
      added: readonly SearchableDocument[],
    ): Uint8Array | null {
      if (first || !text) {
        // the saved file is opened here, its postings left in it (see openSavedIndex); bytes are restored as they are
        const source = !first || saved === null ? null : saved instanceof Uint8Array ? saved : openSavedIndex(saved.file);
        const restored = restoreTextIndex(source, added);
        text = restored.index;
        return restored.indexed > 0 ? saveTextIndex(text) : null;
      }
      const next = addToTextIndex(removeFromTextIndex(text, new Set(removed)), added);
      const changed = next !== text;
      text = next;
      return changed ? saveTextIndex(next) : null;
    },
    /**
     * Leaves the search index's postings in the file the cache just wrote from it (`file`): true when they are
     * now read from there, false when the file is not this index (then it keeps them in memory).
     */
    adoptSavedTextIndex(file: string): boolean {
      const source = text ? openSavedIndex(file) : null;
      const adopted = text && source ? withSavedPostings(text, source) : null;
      if (adopted) text = adopted;
      return adopted !== null;
    },
    searchText(query: string, options: SearchOptions = {}) {
      if (!text) throw new InputError('index-stale', '检索索引已过期,请重试', 'the search index is out of date: try again');
      return searchCorpus(text, query, options);
    },
    checkDraft: (key: string, draft: ParsedDocument, options: CheckOptions = {}) => {
      checks++;
      return checkDraft(indexFor(key), draft, options);
    },
    /**
     * Runs parse, compare, check and search a few times on the documents of `dir` (the bundled seeds; generated
     * text when it is absent or unreadable), so V8 has compiled them before the user's first call.
     */
    async warmUp(dir?: string): Promise<{ readonly ms: number }> {
      const documents = dir ? await loadCorpusDir(dir).catch(() => []) : [];
      return warmUpEngine(documents.filter((d) => d.parsed.units.length > 0));
    },
  };
}

/** The services of an engine. */
export type EngineServices = ReturnType<typeof createEngineServices>;

/** The name of a service. */
export type ServiceName = keyof EngineServices;
