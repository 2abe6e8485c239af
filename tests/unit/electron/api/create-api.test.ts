import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PrecedentApi } from '../../../../shared/api/contract';
import { createApi } from '../../../../electron/main/api/create-api';
import { openStore } from '../../../../electron/main/store/index';
import { gbkBytes, seedText } from '../import/make-files';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function apiOn(dataDir?: string): Promise<{ api: PrecedentApi; dataDir: string }> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'precedent-api-')));
  if (!dataDir) dirs.push(dir);
  const store = await openStore({ dataDir: dir });
  const api = createApi({ store, seedsDir: join(process.cwd(), 'seeds'), dialogs: { saveFile: async () => null } });
  return { api, dataDir: dir };
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const district = seedText('district-2024-h2-measures-draft.txt');

describe('the library through the API', () => {
  it('lists the five bundled seeds, read-only, with catalog metadata', async () => {
    const { api } = await apiOn();
    const docs = await api.listDocuments();
    expect(docs.filter((d) => d.origin === 'seed')).toHaveLength(5);
    const xuchang = docs.find((d) => d.id === 'xuchang-2024-q2-double-half-measures')!;
    expect(xuchang.meta.overridden.docNumber).toBe('catalog');
    await expect(api.removeDocument({ id: xuchang.id })).rejects.toMatchObject({ code: 'seed-read-only' });
  });

  it('adds an imported GBK file after the seeds and keeps it, with its note, across a restart', async () => {
    const { api, dataDir } = await apiOn();
    const [outcome] = await api.importFiles({ files: [{ name: '区措施.txt', base64: base64(gbkBytes(district)) }] });
    expect(outcome.kind).toBe('imported');
    const id = outcome.kind === 'imported' ? outcome.document.id : '';
    const detail = await api.getDocument({ id });
    expect(detail.text).toBe(district.replace(/^\uFEFF/, ''));
    await api.setNote({ key: { docId: id, unitId: detail.units[2].id }, text: '比驻马店少一句' });

    const { api: again } = await apiOn(dataDir);
    const listed = await again.listDocuments();
    expect(listed.at(-1)).toMatchObject({ id, origin: 'imported', fileName: '区措施.txt' });
    expect(await again.listNotes()).toMatchObject([{ docId: id, unitId: detail.units[2].id, text: '比驻马店少一句' }]);
  });

  it('keeps a user correction of metadata marked as the user’s', async () => {
    const { api } = await apiOn();
    const summary = await api.updateMeta({
      id: 'district-2024-h2-measures-draft',
      fields: { year: 2024, region: { province: '河南省', city: '安阳市' } },
    });
    expect(summary.meta.year).toBe(2024);
    expect(summary.meta.overridden.year).toBe('user');
    expect((await api.getDocument({ id: 'district-2024-h2-measures-draft' })).summary.meta.region.city).toBe('安阳市');
  });

  it('records a document among recent items when a person opens it to read, not when a view loads it', async () => {
    const { api } = await apiOn();
    await api.getDocument({ id: 'xuchang-2024-q2-double-half-measures' });
    expect(await api.listRecent()).toEqual([]);
    await api.getDocument({ id: 'xuchang-2024-q2-double-half-measures', opened: true });
    await api.getDocument({ id: 'xuchang-2024-q2-double-half-measures', opened: true });
    expect(await api.listRecent()).toMatchObject([
      { kind: 'document', ids: ['xuchang-2024-q2-double-half-measures'], label: '攻坚二季度确保“双过半”若干措施' },
    ]);
  });

  it('deletes a note when its text is emptied', async () => {
    const { api } = await apiOn();
    await api.setNote({ key: { docId: 'a', unitId: 'b' }, text: '要核实' });
    expect(await api.setNote({ key: { docId: 'a', unitId: 'b' }, text: '  ' })).toBeNull();
    expect(await api.listNotes()).toEqual([]);
  });

  it('saves settings partially and saved comparisons by id', async () => {
    const { api } = await apiOn();
    const settings = await api.updateSettings({ settings: { diff: { ignoreLevelWords: true } as never, fontScale: 1.25 } });
    expect(settings).toMatchObject({ fontScale: 1.25, diff: { ignoreLevelWords: true, ignorePunctuationWidth: true } });
    const saved = await api.saveComparison({ name: '三地对照', ids: ['a', 'b'], pivot: 0, options: settings.diff });
    expect(await api.listSavedComparisons()).toEqual([saved]);
    await api.deleteSavedComparison({ id: saved.id });
    expect(await api.listSavedComparisons()).toEqual([]);
  });

  it('runs read-only with the seeds when the data folder cannot be written, and says so', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'precedent-api-'));
    dirs.push(dir);
    const store = await openStore({
      dataDir: dir,
      probeWrite: async () => Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' })),
    });
    const api = createApi({ store, seedsDir: join(process.cwd(), 'seeds'), dialogs: { saveFile: async () => null } });
    expect(await api.listDocuments()).toHaveLength(5);
    const [message] = await api.startupMessages();
    expect(message.zh).toContain('只读');
    await expect(api.setNote({ key: { docId: 'a', unitId: 'b' }, text: 'x' })).rejects.toMatchObject({ code: 'store-read-only' });
    const [outcome] = await api.importFiles({ files: [{ name: 'a.txt', base64: base64(new TextEncoder().encode(district)) }] });
    expect(outcome).toMatchObject({ kind: 'refused', fileName: 'a.txt' });
  });

  it('checks a draft against the corpus without finding the draft itself, and searches the library', async () => {
    const { api } = await apiOn();
    const review = await api.openDraft({ name: '区稿', text: district, top: 3 });
    const precedentDocs = new Set(review.check.units.flatMap((u) => u.precedents.map((p) => p.doc)));
    expect(precedentDocs.size).toBeGreaterThan(0);
    expect(precedentDocs.has('district-2024-h2-measures-draft')).toBe(false);
    const hits = (await api.search({ query: '以旧换新', limit: 5 })).exact;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.snippet.includes('以旧换新') || h.title.includes('以旧换新'))).toBe(true);
  });

  it('says printing is unavailable where there is no Electron window', async () => {
    const { api } = await apiOn();
    await expect(api.printToPdf()).rejects.toMatchObject({ code: 'print-unavailable' });
  });
});
