/**
 * Draft review: a draft is parsed and checked against the corpus, and kept
 * apart from the library (its own list in the store) until the user adds it.
 */
import { createHash } from 'node:crypto';
import type { DocumentSummary, DraftReview, PrecedentApi } from '../../../shared/api/contract';
import { documentDetail } from '../../../shared/api/views';
import { InputError } from '../../../shared/errors';
import type { StoredReview, Store } from '../store/index';
import { contentHash, importedId } from '../services/import/index';
import { summarise, type Library } from '../services/library';
import type { Engine } from '../engine/index';
import type { SearchIndex } from './search-index';
import { addRecent } from './user-data';

type DraftMethods = Pick<PrecedentApi, 'openDraft' | 'listReviews' | 'getReview' | 'addDraftToLibrary'>;

/** Implements the draft-review methods. */
export function draftMethods(store: Store, library: Library, index: SearchIndex, engine: Engine, now: () => Date): DraftMethods {
  const review = async (stored: StoredReview): Promise<DraftReview> => {
    const parsed = await engine.run('parseDocument', stored.text, { fileName: stored.fileName ?? stored.name });
    const summary = summarise(stored.id, 'imported', stored.fileName ?? stored.name, parsed, stored.savedAt);
    // a draft that is already in the library must not find itself as its own precedent
    const itself = (await library.list()).filter((d) => d.text === stored.text).map((d) => d.summary.id);
    const check = await index.check(parsed, { top: stored.top, excludeDocIds: itself });
    return { id: stored.id, name: stored.name, draft: documentDetail(summary, stored.text, parsed), check, savedAt: stored.savedAt };
  };
  const find = (id: string): StoredReview => {
    const stored = store.data().reviews.find((r) => r.id === id);
    if (!stored) throw new InputError('not-found', `找不到草稿审查:${id}`, `no such draft review: ${id}`);
    return stored;
  };
  return {
    async openDraft({ name, text, file, top }) {
      let draftText = text;
      if (file) draftText = (await engine.run('extractText', file.name, new Uint8Array(Buffer.from(file.base64, 'base64')))).text;
      if (!draftText || draftText.trim() === '') {
        throw new InputError('empty-draft', '草稿没有内容:请粘贴文字或选择文件', 'the draft is empty: paste its text or choose a file');
      }
      const savedAt = now().toISOString();
      const id = `rev-${createHash('sha256').update(`${savedAt}\u0000${draftText}`).digest('hex').slice(0, 12)}`;
      const stored: StoredReview = { id, name, text: draftText, top: top ?? 5, savedAt, ...(file ? { fileName: file.name } : {}) };
      const result = await review(stored);
      // nothing to check measure by measure: refused before anything is stored
      if (!result.draft.units.some((u) => u.kind !== 'paragraph')) {
        throw new InputError(
          'no-measures',
          '草稿中没有找到编号的措施(如“1.”“(一)”“一、”或“第一条”),无法逐条比对;请检查文字是否完整',
          'no numbered measures found in the draft (like "1.", "(一)", "一、" or "第一条"): check that the text is complete',
        );
      }
      if (!store.readOnly) {
        await store.update((d) => {
          d.reviews = [...d.reviews, stored];
        });
        await addRecent(store, { kind: 'review', label: name, ids: [id], openedAt: savedAt });
      }
      return result;
    },
    listReviews: async () => store.data().reviews.map(({ id, name, savedAt }) => ({ id, name, savedAt })),
    getReview: async ({ id }) => review(find(id)),
    async addDraftToLibrary({ reviewId }): Promise<DocumentSummary> {
      const stored = find(reviewId);
      const hash = contentHash(new TextEncoder().encode(stored.text));
      const id = importedId(hash);
      await store.update((d) => {
        if (d.library.some((e) => e.hash === hash)) return;
        const fileName = stored.fileName ?? `${stored.name}.txt`;
        d.library = [...d.library, { id, fileName, hash, text: stored.text, format: 'txt', encoding: 'utf-8', importedAt: now().toISOString(), overrides: {} }];
      });
      const existing = store.data().library.find((e) => e.hash === hash)!;
      return (await library.get(existing.id)).summary;
    },
  };
}
