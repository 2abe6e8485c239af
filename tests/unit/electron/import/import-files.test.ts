import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../shared/parse/index';
import type { Unit } from '../../../../shared/model/document';
import { openStore, type Store } from '../../../../electron/main/store/index';
import { createLibrary } from '../../../../electron/main/services/library';
import { importFiles, type NamedBytes } from '../../../../electron/main/services/import/index';
import { docxBytes, gbkBytes, pdfBytes, pngBytes, seedText } from './make-files';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function freshStore(): Promise<Store> {
  const dir = await mkdtemp(join(tmpdir(), 'precedent-import-'));
  dirs.push(dir);
  return openStore({ dataDir: dir });
}

async function run(store: Store, files: NamedBytes[]) {
  const progress: string[] = [];
  const outcomes = await importFiles(files, {
    store,
    library: createLibrary(store, join(process.cwd(), 'seeds')),
    now: () => new Date('2026-11-22T08:00:00.000Z'),
    onProgress: (p) => progress.push(`${p.done}/${p.total}`),
  });
  return { outcomes, progress };
}

/** What a reader compares: number, title and wording (line breaks and spaces aside). */
const comparable = (units: readonly Unit[]) =>
  units.map((u) => ({ id: u.id, label: u.label, title: u.title, text: u.text.replace(/\s+/g, '') }));

const seedName = 'zhumadian-2024-h2-economy-measures.txt';
const seed = seedText(seedName);
const seedUnits = parseDocument(seed, { fileName: seedName }).units;

describe('importing files made from seed text', () => {
  it('a GBK .txt yields exactly the units of the seed', async () => {
    expect(seedUnits.length).toBeGreaterThan(30);
    const store = await freshStore();
    const { outcomes } = await run(store, [{ name: '驻马店措施.txt', bytes: gbkBytes(seed) }]);
    expect(outcomes[0].kind).toBe('imported');
    const entry = store.data().library[0];
    expect(entry.encoding).toBe('gb18030');
    expect(parseDocument(entry.text, { fileName: entry.fileName }).units).toEqual(seedUnits);
    if (outcomes[0].kind === 'imported') expect(outcomes[0].document.unitCount).toBe(seedUnits.length);
  });

  it('a .docx (one paragraph per line) yields exactly the text and units of the seed', async () => {
    const store = await freshStore();
    await run(store, [{ name: '驻马店措施.docx', bytes: await docxBytes(seed) }]);
    const { text } = store.data().library[0];
    expect(text).toBe(seed.replace(/^\uFEFF/, ''));
    expect(parseDocument(text).units).toEqual(seedUnits);
  });

  it('a PDF with lines broken at the page width yields the units of the seed; only line breaks, blank lines and spans differ', async () => {
    const store = await freshStore();
    await run(store, [{ name: '驻马店措施.pdf', bytes: pdfBytes(seed) }]);
    const units = parseDocument(store.data().library[0].text).units;
    expect(comparable(units)).toEqual(comparable(seedUnits));
  });
});

describe('a batch with bad files', () => {
  it('refuses a PNG, an empty file and a 0-byte .docx by name and changes nothing in the store', async () => {
    const store = await freshStore();
    const before = await readFile(store.file, 'utf-8');
    const { outcomes } = await run(store, [
      { name: '扫描件.png', bytes: pngBytes },
      { name: '空白.txt', bytes: new Uint8Array() },
      { name: '空白.docx', bytes: new Uint8Array() },
    ]);
    expect(outcomes.map((o) => o.kind)).toEqual(['refused', 'refused', 'refused']);
    outcomes.forEach((o, i) => {
      expect(o.kind === 'refused' && o.reason).toContain(['扫描件.png', '空白.txt', '空白.docx'][i]);
    });
    expect(await readFile(store.file, 'utf-8')).toBe(before);
  });

  it('still imports the good files around a bad one, and reports progress per file', async () => {
    const store = await freshStore();
    const xuchang = seedText('xuchang-2024-q2-double-half-measures.txt');
    const { outcomes, progress } = await run(store, [
      { name: 'a.txt', bytes: new TextEncoder().encode(seed) },
      { name: 'b.png', bytes: pngBytes },
      { name: 'c.txt', bytes: new TextEncoder().encode(xuchang) },
    ]);
    expect(outcomes.map((o) => o.kind)).toEqual(['imported', 'refused', 'imported']);
    expect(store.data().library.map((e) => e.fileName)).toEqual(['a.txt', 'c.txt']);
    expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3']);
  });

  it('recognises the same file imported twice, under another name too', async () => {
    const store = await freshStore();
    const bytes = new TextEncoder().encode(seed);
    const first = await run(store, [{ name: 'a.txt', bytes }]);
    const second = await run(store, [{ name: '副本.txt', bytes }]);
    expect(first.outcomes[0].kind).toBe('imported');
    expect(second.outcomes[0]).toEqual({ kind: 'duplicate', fileName: '副本.txt', existingId: store.data().library[0].id });
    expect(store.data().library).toHaveLength(1);
  });
});
