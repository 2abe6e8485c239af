/** The library half of the API: list, read, compare, search, import, remove, correct metadata. */
import type { DocumentSummary, PrecedentApi } from '../../../shared/api/contract';
import { comparisonView, documentDetail } from '../../../shared/api/views';
import { InputError } from '../../../shared/errors';
import type { Library } from '../services/library';
import { importFiles } from '../services/import/index';
import type { Engine } from '../engine/index';
import type { ApiDeps } from './deps';
import type { SearchIndex } from './search-index';
import { addRecent } from './user-data';
import { correctionsFor } from './corrections';

type DocumentMethods = Pick<
  PrecedentApi,
  'listDocuments' | 'getDocument' | 'compare' | 'search' | 'importFiles' | 'removeDocument' | 'updateMeta'
>;

/** Aligns and diffs documents of the library into a view (no side effects). */
export type BuildView = PrecedentApi['compare'];

/** Implements the library methods over a library and the store. */
export function documentMethods(
  deps: ApiDeps,
  library: Library,
  index: SearchIndex,
  engine: Engine,
  now: () => Date,
): { methods: DocumentMethods; buildView: BuildView } {
  const { store } = deps;
  const detail = async (id: string) => {
    const doc = await library.get(id);
    return documentDetail(doc.summary, doc.text, doc.parsed);
  };
  const buildView: BuildView = async ({ ids, pivot, options }) => {
    if (ids.length < 2) throw new InputError('too-few-documents', '至少选择两份文档进行比对', 'choose at least two documents to compare');
    if (pivot < 0 || pivot >= ids.length)
      throw new InputError('bad-pivot', `基准文档序号超出范围:${pivot}`, `pivot out of range: ${pivot}`);
    const docs = await Promise.all(ids.map((id) => library.get(id)));
    // the hand corrections saved for these documents apply to every view and export of them
    const comparison = await engine.run(
      'compareDocuments',
      docs.map((d) => d.parsed),
      { pivot, diff: options, corrections: correctionsFor(store.data(), ids) },
    );
    return comparisonView(
      docs.map((d) => documentDetail(d.summary, d.text, d.parsed)),
      comparison,
      options,
    );
  };
  const methods: DocumentMethods = {
    async listDocuments() {
      return (await library.list()).map((d) => d.summary);
    },
    async getDocument({ id, opened }) {
      const found = await detail(id);
      if (opened)
        await addRecent(store, {
          kind: 'document',
          label: found.summary.meta.title || found.summary.fileName,
          ids: [id],
          openedAt: now().toISOString(),
        });
      return found;
    },
    async compare(args) {
      const view = await buildView(args);
      const label = view.documents.map((d) => d.summary.meta.title || d.summary.fileName).join(' ↔ ');
      await addRecent(store, { kind: 'comparison', label, ids: [...args.ids], openedAt: now().toISOString() });
      return view;
    },
    async search({ query, filters, limit }) {
      return index.search(query, { filters, limit });
    },
    importFiles: ({ files }) =>
      importFiles(
        files.map((f) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.base64, 'base64')) })),
        {
          store,
          library,
          now,
          onProgress: deps.onImportProgress,
          extract: (name, bytes, limits) => engine.run('extractText', name, bytes, limits),
        },
      ),
    async removeDocument({ id }) {
      if (await library.isSeed(id)) throw new InputError('seed-read-only', '内置文档不能删除', 'bundled documents cannot be removed');
      const removed = await store.update((d) => {
        const before = d.library.length;
        d.library = d.library.filter((e) => e.id !== id);
        return before !== d.library.length;
      });
      if (!removed) throw new InputError('not-found', `找不到文档:${id}`, `no such document: ${id}`);
    },
    async updateMeta({ id, fields }): Promise<DocumentSummary> {
      if (await library.isSeed(id)) {
        await store.update((d) => {
          d.seedOverrides = { ...d.seedOverrides, [id]: { ...d.seedOverrides[id], ...fields } };
        });
      } else {
        const found = await store.update((d) => {
          let hit = false;
          d.library = d.library.map((e) => (e.id === id ? ((hit = true), { ...e, overrides: { ...e.overrides, ...fields } }) : e));
          return hit;
        });
        if (!found) throw new InputError('not-found', `找不到文档:${id}`, `no such document: ${id}`);
      }
      return (await library.get(id)).summary;
    },
  };
  return { methods, buildView };
}
