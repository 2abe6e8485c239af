/**
 * The corpus indexes: the draft-check index, rebuilt only when the library's
 * documents change, and the search index, which grows with the library
 * (documents added or changed since the last search are indexed on their own;
 * the rest of the index is kept).
 */
import type { Library } from '../services/library';
import { engineModule } from '../services/modules';
import type { TextIndex } from '../../../shared/engine/index/text-index';
import type { IndexCache } from '../services/index-cache';

/** A lazily built index over every library document. */
export type SearchIndex = ReturnType<typeof searchIndex>;

/** Builds the indexes on first use and keeps them in step with the library; the search index is restored from and saved to `cache`. */
export function searchIndex(library: Library, cache?: IndexCache) {
  let cached: { key: string; index: unknown } | null = null;
  let text: { index: TextIndex; keys: Map<string, string> } | null = null;
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
    /** The search index, with documents imported, changed or removed since the last call brought in step. */
    async text(): Promise<TextIndex> {
      const { addToTextIndex, removeFromTextIndex } = await engineModule();
      const { restoreTextIndex, saveTextIndex } = await import('../../../shared/engine/index/saved-index');
      const docs = await library.list();
      const keys = new Map(docs.map((d) => [d.summary.id, `${JSON.stringify(d.summary.meta)}:${d.text.length}`]));
      const save = async (index: TextIndex) => {
        // a cache: failing to write it costs the next start time, not data
        await cache?.save(saveTextIndex(index)).catch(() => undefined);
      };
      if (!text) {
        const restored = restoreTextIndex((await cache?.load()) ?? null, docs.map((d) => ({ id: d.summary.id, parsed: d.parsed, text: d.text })));
        text = { index: restored.index, keys };
        if (restored.indexed > 0) await save(restored.index);
        return text.index;
      }
      const before = text.keys;
      const stale = new Set([...before.keys()].filter((id) => keys.get(id) !== before.get(id)));
      const added = docs.filter((d) => before.get(d.summary.id) !== keys.get(d.summary.id));
      let index = removeFromTextIndex(text.index, stale);
      index = addToTextIndex(index, added.map((d) => ({ id: d.summary.id, parsed: d.parsed, text: d.text })));
      const changed = index !== text.index;
      text = { index, keys };
      if (changed) await save(index);
      return index;
    },
  };
}
