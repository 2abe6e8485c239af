/**
 * Reviewing a document of the library: one review per draft, named by its title,
 * renamed and deleted; its notes are the document's; the tracked document and the
 * 意见反馈表 are written where the dialog says.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import type { PrecedentApi } from '../../../../shared/api/contract';
import { createApi } from '../../../../electron/main/api/create-api';
import { openStore } from '../../../../electron/main/store/index';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const draftId = 'district-2024-h2-measures-draft';

async function apiOn(): Promise<{ api: PrecedentApi; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'precedent-review-'));
  dirs.push(dir);
  const store = await openStore({ dataDir: dir });
  let n = 0;
  const api = createApi({
    store,
    seedsDir: join(process.cwd(), 'seeds'),
    dialogs: { saveFile: async ({ extension }) => join(dir, `out${++n}.${extension}`) },
  });
  return { api, dir };
}

describe('reviewing a library document', () => {
  it('names the review by the draft title and reopens the same review instead of adding another', async () => {
    const { api } = await apiOn();
    const first = await api.openDraft({ name: draftId, docId: draftId });
    expect(first.name).toMatch(/若干措施[(（]征求意见稿[)）]/);
    expect(first.docId).toBe(draftId);
    expect(first.check.units.every((u) => u.precedents.every((p) => p.doc !== draftId))).toBe(true);
    const again = await api.openDraft({ name: 'whatever', docId: draftId });
    expect(again.id).toBe(first.id);
    expect(await api.listReviews()).toHaveLength(1);
  });

  it('reopens a pasted draft with the same text too', async () => {
    const { api } = await apiOn();
    const text = (await api.getDocument({ id: draftId })).text;
    const a = await api.openDraft({ name: '粘贴的草稿', text });
    const b = await api.openDraft({ name: '再次粘贴', text });
    expect(b.id).toBe(a.id);
    expect(a.docId).toBe(a.id);
  });

  it('renames and deletes a saved review, refusing an empty name and an unknown id', async () => {
    const { api } = await apiOn();
    const r = await api.openDraft({ name: draftId, docId: draftId });
    expect(await api.renameReview({ id: r.id, name: '  区稿第一轮审查 ' })).toMatchObject({ id: r.id, name: '区稿第一轮审查' });
    expect((await api.getReview({ id: r.id })).name).toBe('区稿第一轮审查');
    expect((await api.listRecent()).filter((x) => x.kind === 'review').map((x) => x.label)).toEqual(['区稿第一轮审查']);
    await expect(api.renameReview({ id: r.id, name: '   ' })).rejects.toMatchObject({ code: 'empty-name' });
    await expect(api.deleteReview({ id: 'rev-nope' })).rejects.toMatchObject({ code: 'not-found' });
    await api.deleteReview({ id: r.id });
    expect(await api.listReviews()).toEqual([]);
    expect((await api.listRecent()).filter((x) => x.kind === 'review')).toEqual([]);
  });

  it("keeps one note for the document: written in the review, it is the library document's note", async () => {
    const { api } = await apiOn();
    const r = await api.openDraft({ name: draftId, docId: draftId });
    const unit = r.draft.units[2];
    await api.setNote({ key: { docId: r.docId, unitId: unit.id }, text: '目标偏低' });
    expect((await api.listNotes()).filter((n) => n.docId === draftId && n.unitId === unit.id).map((n) => n.text)).toEqual(['目标偏低']);
    await api.deleteReview({ id: r.id });
    expect((await api.listNotes()).map((n) => n.text)).toEqual(['目标偏低']);
  });

  it('writes the tracked-revisions document and the 意见反馈表 with the notes', async () => {
    const { api } = await apiOn();
    const r = await api.openDraft({ name: draftId, docId: draftId });
    await api.setNote({ key: { docId: r.docId, unitId: r.draft.units[2].id }, text: '建议提高目标。理由:低于市级目标' });
    const tracked = await api.exportReviewDocument({ reviewId: r.id, kind: 'tracked' });
    expect(tracked.kind).toBe('saved');
    const zip = await JSZip.loadAsync(await readFile(tracked.kind === 'saved' ? tracked.path : ''));
    expect(await zip.file('word/document.xml')!.async('string')).toMatch(/<w:ins w:id="\d+" w:author="Precedent"/);
    expect(await zip.file('word/comments.xml')!.async('string')).toContain('建议提高目标');
    const feedback = await api.exportReviewDocument({ reviewId: r.id, kind: 'feedback' });
    const xml = await (
      await JSZip.loadAsync(await readFile(feedback.kind === 'saved' ? feedback.path : ''))
    )
      .file('word/document.xml')!
      .async('string');
    for (const text of ['意见反馈表', '提出单位', '建议提高目标', '低于市级目标', '第 3 条']) expect(xml).toContain(text);
  });
});

describe('the 对照表 as PDF', () => {
  it('prints the HTML table with the table page setup through the host, and says so where the host cannot print', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'precedent-pdf-'));
    dirs.push(dir);
    const store = await openStore({ dataDir: dir });
    const printed: { html: string; landscape: boolean }[] = [];
    const dialogs = { saveFile: async ({ extension }: { extension: string }) => join(dir, `table.${extension}`) };
    const htmlToPdf = async (html: string, page: { landscape: boolean }) => (
      printed.push({ html, landscape: page.landscape }),
      new TextEncoder().encode('%PDF-1.7')
    );
    const api = createApi({ store, seedsDir: join(process.cwd(), 'seeds'), dialogs, htmlToPdf });
    const request = {
      ids: ['zhumadian-2024-h2-economy-measures', draftId],
      pivot: 0,
      options: { ignorePunctuationWidth: true, ignoreWhitespace: true, ignoreLevelWords: false },
      format: 'pdf' as const,
      includeNotes: false,
    };
    expect(await api.exportTable(request)).toMatchObject({ kind: 'saved', path: join(dir, 'table.pdf') });
    expect(printed).toHaveLength(1);
    expect(printed[0].landscape).toBe(true);
    expect(printed[0].html).toContain('同类文件对照表');
    expect(await readFile(join(dir, 'table.pdf'), 'utf-8')).toBe('%PDF-1.7');
    const withoutPrinting = createApi({ store, seedsDir: join(process.cwd(), 'seeds'), dialogs });
    await expect(withoutPrinting.exportTable(request)).rejects.toMatchObject({ code: 'print-unavailable' });
  });
});
