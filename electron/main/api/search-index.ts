/** The corpus search index, rebuilt only when the library's documents change. */
import type { Library } from '../services/library';
import { engineModule } from '../services/modules';

/** A lazily built index over every library document. */
export type SearchIndex = ReturnType<typeof searchIndex>;

/** Builds the index on first use and again whenever the library changes. */
export function searchIndex(library: Library) {
  let cached: { key: string; index: unknown } | null = null;
  return {
    async get() {
      const { buildCorpusIndex } = await engineModule();
      const docs = await library.list();
      const key = docs.map((d) => `${d.summary.id}:${JSON.stringify(d.summary.meta)}`).join('|');
      if (!cached || cached.key !== key) {
        cached = { key, index: buildCorpusIndex(docs.map((d) => ({ id: d.summary.id, parsed: d.parsed }))) };
      }
      return cached.index as ReturnType<typeof buildCorpusIndex>;
    },
  };
}
