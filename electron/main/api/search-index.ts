/**
 * The corpus indexes, held by the engine (off the main thread): the draft-check
 * index, rebuilt only when the library's documents change, and the search
 * index, which grows with the library (documents added or changed since the
 * last search are indexed on their own; the rest is kept) and is restored from
 * and saved to the data folder's cache.
 */
import type { CheckOptions, SearchOptions } from '../../../shared/engine/index';
import type { ParsedDocument } from '../../../shared/model/document';
import { isInputError } from '../../../shared/errors';
import type { Engine } from '../engine/index';
import type { Library } from '../services/library';
import type { IndexCache } from '../services/index-cache';

/** The indexes over every library document. */
export type SearchIndex = ReturnType<typeof searchIndex>;

/** Runs `use`; once more after `reset` when the engine says its index is stale (the library changed, or the worker restarted). */
async function retryStale<T>(use: () => Promise<T>, reset: () => void): Promise<T> {
  try {
    return await use();
  } catch (error) {
    if (!isInputError(error) || error.code !== 'index-stale') throw error;
    reset();
    return use();
  }
}

/** Builds the indexes on first use and keeps them in step with the library. */
export function searchIndex(library: Library, engine: Engine, cache?: IndexCache, checkCache?: IndexCache) {
  let building: { key: string; done: Promise<unknown> } | null = null;
  /** the saved check index is offered to the first build after a start only: later builds follow a change */
  let offered = false;
  const build = async (key: string, docs: Awaited<ReturnType<Library['list']>>): Promise<void> => {
    const saved = offered ? null : ((await checkCache?.load()) ?? null);
    offered = true;
    const built = await engine.run(
      'buildIndex',
      key,
      docs.map((d) => ({ id: d.summary.id, parsed: d.parsed })),
      saved,
    );
    // a cache: failing to write it costs the next start time, not data
    if (built.saved) await checkCache?.save(built.saved).catch(() => undefined);
  };
  /** The key of the library's current state, with the engine's check index built for it. */
  const ready = async (): Promise<string> => {
    const docs = await library.list();
    const key = docs.map((d) => `${d.summary.id}:${JSON.stringify(d.summary.meta)}`).join('|');
    if (building?.key !== key) {
      const done = build(key, docs);
      building = { key, done };
      done.catch(() => {
        if (building?.done === done) building = null;
      });
    }
    await building.done;
    return key;
  };
  /** what the engine's search index holds: document id → its key, null before the first sync */
  let synced: ReadonlyMap<string, string> | null = null;
  let syncing: Promise<void> = Promise.resolve();
  const syncText = async (): Promise<void> => {
    const docs = await library.list();
    const keys = new Map(docs.map((d) => [d.summary.id, `${JSON.stringify(d.summary.meta)}:${d.text.length}`]));
    const before = synced;
    const added = before === null ? docs : docs.filter((d) => before.get(d.summary.id) !== keys.get(d.summary.id));
    const removed = before === null ? [] : [...before.keys()].filter((id) => keys.get(id) !== before.get(id));
    if (before === null || added.length > 0 || removed.length > 0) {
      // the engine opens the saved file itself and leaves the postings in it
      const saved = before === null && cache ? { file: cache.file } : null;
      const changed = await engine.run(
        'syncTextIndex',
        before === null,
        saved,
        removed,
        added.map((d) => ({ id: d.summary.id, parsed: d.parsed, text: d.text })),
      );
      // a cache: failing to write it costs the next start time, not data; once written, the engine reads its postings from it
      if (changed && cache) {
        const written = await cache.save(changed).then(
          () => true,
          () => false,
        );
        if (written && cache.writable) await engine.run('adoptSavedTextIndex', cache.file).catch(() => false);
      }
    }
    synced = keys;
  };
  /** one sync at a time, each seeing the library as it is when it runs */
  const textReady = (): Promise<void> => (syncing = syncing.catch(() => undefined).then(syncText));
  return {
    ready,
    search: (query: string, options: SearchOptions) =>
      retryStale(
        async () => {
          await textReady();
          return engine.run('searchText', query, options);
        },
        () => (synced = null),
      ),
    check: (draft: ParsedDocument, options: CheckOptions) =>
      retryStale(
        async () => engine.run('checkDraft', await ready(), draft, options),
        () => (building = null),
      ),
  };
}
