import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../../electron/main/api/create-api';
import { indexFileName } from '../../../../electron/main/services/index-cache';
import { openStore } from '../../../../electron/main/store/index';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function apiOn(dir: string) {
  const store = await openStore({ dataDir: dir });
  return createApi({ store, seedsDir: join(process.cwd(), 'seeds'), dialogs: { saveFile: async () => null } });
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const imported =
  '关于推进测试工作的若干措施\n\n1.推进鲲鹏计划落地。力争全年完成鲲鹏项目12个。(区发改委负责)\n\n2.做好保障。(区财政局负责)\n';

describe('the search index of the library', () => {
  it('is saved beside db.json, grows with an import, and is restored by the next start', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'precedent-index-'));
    dirs.push(dir);
    const api = await apiOn(dir);
    expect((await api.search({ query: '鲲鹏' })).exact).toEqual([]);
    const file = join(dir, indexFileName);
    const firstSave = (await stat(file)).mtimeMs;
    const [outcome] = await api.importFiles({ files: [{ name: '测试措施.txt', base64: base64(imported) }] });
    expect(outcome.kind).toBe('imported');
    const found = await api.search({ query: '鲲鹏', limit: 10 });
    expect(found.exact.map((h) => h.label)).toEqual(['1']);
    expect((await stat(file)).mtimeMs).toBeGreaterThanOrEqual(firstSave);

    // the saved file already covers the import: a new start reuses it for every document
    const again = await apiOn(dir);
    const docs = await again.listDocuments();
    expect(docs.length).toBe(6);
    const saved = new Uint8Array(await readFile(file));
    expect(saved.length).toBeGreaterThan(1000);
    expect((await again.search({ query: '鲲鹏', limit: 10 })).exact.map((h) => h.label)).toEqual(['1']);
    // the header lists every document the saved segments cover, the import included
    const headLength = new DataView(saved.buffer, saved.byteOffset).getUint32(4, true);
    const header = JSON.parse(new TextDecoder().decode(saved.subarray(8, 8 + headLength))) as { docs: Array<[string, string]> };
    expect(header.docs.map(([id]) => id)).toEqual(docs.map((d) => d.id));
  });
});
