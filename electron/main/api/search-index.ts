/** The corpus search index, held by the engine and rebuilt only when the library's documents change. */
import type { CheckOptions, SearchOptions } from '../../../shared/engine/index';
import type { ParsedDocument } from '../../../shared/model/document';
import { isInputError } from '../../../shared/errors';
import type { Engine } from '../engine/index';
import type { Library } from '../services/library';

/** A lazily built index over every library document. */
export type SearchIndex = ReturnType<typeof searchIndex>;

/** Builds the index on first use and again whenever the library changes; searches and checks run where it lives. */
export function searchIndex(library: Library, engine: Engine) {
  let building: { key: string; done: Promise<unknown> } | null = null;
  /** The key of the library's current state, with the engine's index built for it. */
  const ready = async (): Promise<string> => {
    const docs = await library.list();
    const key = docs.map((d) => `${d.summary.id}:${JSON.stringify(d.summary.meta)}`).join('|');
    if (building?.key !== key) {
      const done = engine.run(
        'buildIndex',
        key,
        docs.map((d) => ({ id: d.summary.id, parsed: d.parsed })),
      );
      building = { key, done };
      done.catch(() => {
        if (building?.done === done) building = null;
      });
    }
    await building.done;
    return key;
  };
  /** Runs `use` on the current index; once more if the library changed (and the index with it) in between. */
  const withIndex = async <T>(use: (key: string) => Promise<T>): Promise<T> => {
    try {
      return await use(await ready());
    } catch (error) {
      if (!isInputError(error) || error.code !== 'index-stale') throw error;
      return use(await ready());
    }
  };
  return {
    ready,
    search: (query: string, options: SearchOptions) => withIndex((key) => engine.run('searchIndex', key, query, options)),
    check: (draft: ParsedDocument, options: CheckOptions) => withIndex((key) => engine.run('checkDraft', key, draft, options)),
  };
}
