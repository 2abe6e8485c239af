/**
 * Draft review: a draft (pasted, from a file, or a document of the library) is
 * parsed and checked against the corpus. A pasted or opened draft is kept apart
 * from the library (its own list in the store) until the user adds it. One
 * draft has one review: opening it again reopens it. Notes on a library
 * document under review are that document's notes, shown wherever it is.
 */
import { createHash } from 'node:crypto';
import type { DocumentSummary, DraftReview, ExportResult, PrecedentApi, ReviewEntry } from '../../../shared/api/contract';
import { documentDetail } from '../../../shared/api/views';
import type { ParsedDocument } from '../../../shared/model/document';
import { InputError } from '../../../shared/errors';
import type { StoredReview, Store } from '../store/index';
import { contentHash, importedId } from '../services/import/index';
import { summarise, type Library } from '../services/library';
import { exportModule } from '../services/modules';
import type { Engine } from '../engine/index';
import type { Dialogs } from './deps';
import type { SearchIndex } from './search-index';
import { addRecent } from './user-data';

type DraftMethods = Pick<
  PrecedentApi,
  'openDraft' | 'listReviews' | 'getReview' | 'addDraftToLibrary' | 'renameReview' | 'deleteReview' | 'exportReviewDocument'
>;

const entryOf = ({ id, name, savedAt, docId }: StoredReview): ReviewEntry => ({ id, name, savedAt, ...(docId ? { docId } : {}) });

/** Implements the draft-review methods. */
export function draftMethods(
  store: Store,
  library: Library,
  index: SearchIndex,
  engine: Engine,
  now: () => Date,
  dialogs?: Dialogs,
): DraftMethods {
  const review = async (stored: StoredReview): Promise<DraftReview> => (await reviewWithParse(stored)).review;
  const reviewWithParse = async (stored: StoredReview): Promise<{ readonly review: DraftReview; readonly parsed: ParsedDocument }> => {
    const fromLibrary = stored.docId ? await library.get(stored.docId).catch(() => null) : null;
    const parsed = fromLibrary?.parsed ?? (await engine.run('parseDocument', stored.text, { fileName: stored.fileName ?? stored.name }));
    const text = fromLibrary?.text ?? stored.text;
    const summary = fromLibrary?.summary ?? summarise(stored.id, 'imported', stored.fileName ?? stored.name, parsed, stored.savedAt);
    // a draft that is already in the library must not find itself as its own precedent
    const itself = (await library.list()).filter((d) => d.text === text || d.summary.id === stored.docId).map((d) => d.summary.id);
    const check = await index.check(parsed, { top: stored.top, excludeDocIds: itself });
    const docId = fromLibrary ? fromLibrary.summary.id : stored.id;
    return {
      review: { id: stored.id, name: stored.name, docId, draft: documentDetail(summary, text, parsed), check, savedAt: stored.savedAt },
      parsed,
    };
  };
  const find = (id: string): StoredReview => {
    const stored = store.data().reviews.find((r) => r.id === id);
    if (!stored) throw new InputError('not-found', `找不到草稿审查:${id}`, `no such draft review: ${id}`);
    return stored;
  };
  const saveFile = async (defaultName: string, bytes: Uint8Array): Promise<ExportResult> => {
    if (!dialogs) throw new InputError('export-unavailable', '此环境不能保存文件', 'saving files is not available here');
    const path = await dialogs.saveFile({ defaultName, extension: 'docx' });
    if (!path) return { kind: 'cancelled' };
    const { writeFileAtomic } = await exportModule();
    await writeFileAtomic(path, bytes);
    return { kind: 'saved', path, bytes: bytes.byteLength };
  };
  return {
    async openDraft({ name, text, file, top, docId }) {
      let draftText = text;
      let fileName = file?.name;
      if (docId) {
        const doc = await library.get(docId);
        draftText = doc.text;
        fileName = doc.summary.fileName;
      } else if (file) draftText = (await engine.run('extractText', file.name, new Uint8Array(Buffer.from(file.base64, 'base64')))).text;
      if (!draftText || draftText.trim() === '') {
        throw new InputError('empty-draft', '草稿没有内容:请粘贴文字或选择文件', 'the draft is empty: paste its text or choose a file');
      }
      // the same draft again (the same library document, or the same text) reopens its review
      const existing = store.data().reviews.find((r) => (docId ? r.docId === docId : !r.docId && r.text === draftText));
      if (existing) return review(existing);
      const savedAt = now().toISOString();
      const id = `rev-${createHash('sha256').update(`${savedAt}\u0000${draftText}`).digest('hex').slice(0, 12)}`;
      // the review is named by the draft's title, the file name only when the text has none
      const title = (await engine.run('parseDocument', draftText, { fileName: fileName ?? name })).meta.title.trim();
      const label = (title || name).slice(0, 200);
      const stored: StoredReview = {
        id,
        name: label,
        text: draftText,
        top: top ?? 5,
        savedAt,
        ...(fileName ? { fileName } : {}),
        ...(docId ? { docId } : {}),
      };
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
        await addRecent(store, { kind: 'review', label, ids: [id], openedAt: savedAt });
      }
      return result;
    },
    listReviews: async () => store.data().reviews.map(entryOf),
    getReview: async ({ id }) => review(find(id)),
    async renameReview({ id, name }) {
      const trimmed = name.trim();
      if (trimmed === '') throw new InputError('empty-name', '名称不能为空', 'the name cannot be empty');
      find(id);
      await store.update((d) => {
        d.reviews = d.reviews.map((r) => (r.id === id ? { ...r, name: trimmed } : r));
        d.recent = d.recent.map((r) => (r.kind === 'review' && r.ids.includes(id) ? { ...r, label: trimmed } : r));
      });
      return entryOf(find(id));
    },
    async deleteReview({ id }) {
      find(id);
      await store.update((d) => {
        d.reviews = d.reviews.filter((r) => r.id !== id);
        d.recent = d.recent.filter((r) => !(r.kind === 'review' && r.ids.includes(id)));
      });
    },
    async exportReviewDocument({ reviewId, kind, precedentId }) {
      const { review: opened, parsed } = await reviewWithParse(find(reviewId));
      const notes = store.data().notes;
      const exporter = await exportModule();
      const titleOf = async (id: string) => {
        const doc = await library.get(id).catch(() => null);
        return doc ? doc.summary.meta.title || doc.summary.fileName : id;
      };
      const draftTitle = opened.draft.summary.meta.title || opened.name;
      if (kind === 'feedback') {
        const titles = new Map<string, string>();
        for (const u of opened.check.units)
          for (const p of u.precedents.slice(0, 1)) if (!titles.has(p.doc)) titles.set(p.doc, await titleOf(p.doc));
        const rows = exporter.feedbackRows(parsed, opened.docId, notes, opened.check.units, (id) => titles.get(id) ?? id);
        return saveFile(
          exporter.exportFileName(`《${draftTitle.replace(/[《》]/g, '')}》意见反馈表`, 'docx'),
          await exporter.buildFeedbackDocx(draftTitle, rows),
        );
      }
      const baseId = precedentId ?? topPrecedent(opened);
      if (!baseId) throw new InputError('no-precedent', '没有可作修订底稿的先例文件', 'no precedent to track revisions against');
      const base = await library.get(baseId);
      const bytes = await exporter.buildTrackedDocx({ id: base.summary.id, parsed: base.parsed }, { id: opened.docId, parsed }, notes, {
        author: 'Precedent',
        date: now(),
      });
      return saveFile(exporter.exportFileName(`${draftTitle}(对照${base.summary.meta.title || base.summary.fileName}修订)`, 'docx'), bytes);
    },
    async addDraftToLibrary({ reviewId }): Promise<DocumentSummary> {
      const stored = find(reviewId);
      if (stored.docId) return (await library.get(stored.docId)).summary;
      const hash = contentHash(new TextEncoder().encode(stored.text));
      const id = importedId(hash);
      await store.update((d) => {
        if (d.library.some((e) => e.hash === hash)) return;
        const fileName = stored.fileName ?? `${stored.name}.txt`;
        d.library = [
          ...d.library,
          { id, fileName, hash, text: stored.text, format: 'txt', encoding: 'utf-8', importedAt: now().toISOString(), overrides: {} },
        ];
      });
      const existing = store.data().library.find((e) => e.hash === hash)!;
      return (await library.get(existing.id)).summary;
    },
  };
}

/** The precedent document most draft measures draw on. */
function topPrecedent(review: DraftReview): string | undefined {
  const counts = new Map<string, number>();
  for (const u of review.check.units) {
    const top = u.precedents[0];
    if (top) counts.set(top.doc, (counts.get(top.doc) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}
