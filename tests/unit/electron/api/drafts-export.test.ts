/**
 * Draft review and export through the API, with the engine and the exporters
 * stubbed (their own tests cover them): what is checked here is the shell's
 * part — drafts kept apart from the library, reviews stored, the save dialog.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParsedDocument } from '../../../../shared/model/document';
import { createApi } from '../../../../electron/main/api/create-api';
import { openStore } from '../../../../electron/main/store/index';
import { defaultDiffOptions } from '../../../../shared/api/views';
import { docxBytes, seedText } from '../import/make-files';

vi.mock('../../../../electron/main/services/modules', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../electron/main/services/modules')>();
  return {
    ...real,
    engineModule: async () => ({
      buildCorpusIndex: (docs: readonly unknown[]) => ({ size: docs.length }),
      checkDraft: (_index: unknown, draft: ParsedDocument, options?: { top?: number }) => ({
        draft: draft.meta,
        units: draft.units.map((u) => ({ unitId: u.id, label: u.label, title: u.title, precedents: [], top: options?.top })),
        gaps: [],
      }),
      compareDocuments: (docs: readonly ParsedDocument[], options?: { pivot?: number }) => ({
        documents: docs.map((d) => d.meta),
        pivot: options?.pivot ?? 0,
        groups: [],
      }),
      searchCorpus: () => [],
    }),
    exportModule: async () => ({
      buildHtml: (view: { ids: readonly string[] }, notes: readonly unknown[]) =>
        `<table>${view.ids.join('|')} notes:${notes.length}</table>`,
      buildDocx: async () => new Uint8Array([0x50, 0x4b]),
      tableModel: () => ({ title: '《甲》与乙同类文件对照表' }),
      exportFileName: (title: string, ext: string) => `${title}.${ext}`,
      writeFileAtomic: async (path: string, bytes: Uint8Array) => (await import('node:fs/promises')).writeFile(path, bytes),
    }),
  };
});

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function setup(savePath: string | null = null, dataDir?: string) {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'precedent-draft-')));
  if (!dataDir) dirs.push(dir);
  const store = await openStore({ dataDir: dir });
  const api = createApi({
    store,
    seedsDir: join(process.cwd(), 'seeds'),
    dialogs: { saveFile: async () => (savePath ? join(dir, savePath) : null) },
  });
  return { api, dir };
}

const draftText = seedText('district-2024-h2-measures-draft.txt');

describe('draft review', () => {
  it('keeps a draft out of the library until the user adds it, once', async () => {
    const { api, dir } = await setup();
    const review = await api.openDraft({ name: '区措施草稿', text: draftText, top: 3 });
    expect(review.draft.units.length).toBeGreaterThan(20);
    expect(review.check.units).toHaveLength(review.draft.units.length);
    expect((await api.listDocuments()).some((d) => d.origin === 'imported')).toBe(false);
    // named by the draft's own title, not by what the user typed as a label
    expect(review.name).toBe(review.draft.summary.meta.title);
    expect(await api.listReviews()).toEqual([{ id: review.id, name: review.name, savedAt: review.savedAt }]);

    const { api: again } = await setup(null, dir);
    expect((await again.getReview({ id: review.id })).draft.text).toBe(draftText);
    const added = await again.addDraftToLibrary({ reviewId: review.id });
    const addedTwice = await again.addDraftToLibrary({ reviewId: review.id });
    expect(addedTwice.id).toBe(added.id);
    expect((await again.listDocuments()).filter((d) => d.origin === 'imported').map((d) => d.id)).toEqual([added.id]);
  });

  it('opens a draft from a .docx file and refuses an empty one', async () => {
    const { api } = await setup();
    const base64 = Buffer.from(await docxBytes(draftText)).toString('base64');
    const review = await api.openDraft({ name: '草稿', file: { name: '草稿.docx', base64 } });
    expect(review.draft.units.length).toBeGreaterThan(20);
    await expect(api.openDraft({ name: '空', text: '  \n' })).rejects.toMatchObject({ code: 'empty-draft' });
  });

  it('refuses a draft without numbered measures and stores no review for it', async () => {
    const { api } = await setup();
    const before = await api.listReviews();
    const prose = '关于做好下半年工作的意见\n\n各单位要高度重视，认真抓好落实，确保各项工作取得实效。';
    await expect(api.openDraft({ name: '散文', text: prose })).rejects.toMatchObject({
      code: 'no-measures',
      message: expect.stringContaining('没有找到编号的措施'),
    });
    expect(await api.listReviews()).toEqual(before);
    expect((await api.listRecent()).some((r) => r.kind === 'review' && r.label === '散文')).toBe(false);
  });
});

describe('export of the comparison table', () => {
  const ids = ['zhumadian-2024-h2-economy-measures', 'district-2024-h2-measures-draft'];

  it('writes the table where the dialog says, with the notes on the compared documents', async () => {
    const { api, dir } = await setup('对照表.html');
    await api.setNote({ key: { docId: ids[0], unitId: 'x' }, text: '说明' });
    await api.setNote({ key: { docId: ids[1], unitId: 'y' }, text: '区稿批注' });
    await api.setNote({ key: { docId: 'xuchang-2024-q2-double-half-measures', unitId: 'z' }, text: '不在此对照中' });
    const result = await api.exportTable({ ids, pivot: 0, options: defaultDiffOptions, format: 'html', includeNotes: true });
    expect(result).toMatchObject({ kind: 'saved', path: join(dir, '对照表.html') });
    expect(await readFile(join(dir, '对照表.html'), 'utf-8')).toBe(`<table>${ids.join('|')} notes:2</table>`);
  });

  it('reports a cancelled dialog and writes nothing', async () => {
    const { api } = await setup(null);
    expect(await api.exportTable({ ids, pivot: 1, options: defaultDiffOptions, format: 'docx', includeNotes: false })).toEqual({
      kind: 'cancelled',
    });
  });

  it('refuses a comparison of fewer than two documents', async () => {
    const { api } = await setup(null);
    await expect(api.compare({ ids: [ids[0]], pivot: 0, options: defaultDiffOptions })).rejects.toMatchObject({
      code: 'too-few-documents',
    });
  });
});
