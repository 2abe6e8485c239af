/**
 * Document texts live in texts/<sha256>.txt, not in db.json: a file written by
 * the previous build (version 1, texts inline) is migrated without losing a
 * document, and saving a note with 2,000 documents rewrites less than 1 MB.
 */
import { copyFile, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { currentVersion, openStore, type LibraryEntry } from '../../../../electron/main/store/index';
import { fixedNow, tempDir } from './helpers';

const v1File = fileURLToPath(new URL('../../../fixtures/store/v1-db.json', import.meta.url));

describe('texts beside db.json', () => {
  it('migrates a version 1 file written by the previous build and keeps every document, note and setting', async () => {
    const old = JSON.parse(await readFile(v1File, 'utf-8'));
    expect(old.version).toBe(1);
    const dir = await tempDir();
    await copyFile(v1File, join(dir, 'db.json'));
    const store = await openStore({ dataDir: dir, now: fixedNow });
    const data = store.data();
    expect(data.version).toBe(currentVersion);
    expect(data.library).toEqual(old.library);
    expect(data.reviews).toEqual(old.reviews);
    for (const key of ['notes', 'comparisons', 'seedOverrides', 'settings', 'window', 'recent'] as const)
      expect(data[key]).toEqual(old[key]);
    await store.close();

    const written = JSON.parse(await readFile(join(dir, 'db.json'), 'utf-8'));
    expect(written.library.every((e: Record<string, unknown>) => e.text === undefined && typeof e.textHash === 'string')).toBe(true);
    expect((await stat(join(dir, 'db.json'))).size).toBeLessThan((await stat(v1File)).size / 5);
    expect((await readdir(dir)).filter((f) => f.startsWith('db.json.v1-'))).toHaveLength(1);
    const reopened = await openStore({ dataDir: dir, now: fixedNow });
    expect(reopened.data().library).toEqual(old.library);
    expect(reopened.messages).toEqual([]);
  });

  it('saves a note with 2,000 imported documents by writing less than 1 MB, and no text again', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir, now: fixedNow });
    const body =
      '一、总体要求\n' +
      Array.from({ length: 40 }, (_, i) => `${i + 1}.加快推进第${i + 1}项重点工作,力争完成投资${i * 3}亿元。`).join('\n');
    const entries: LibraryEntry[] = Array.from({ length: 2000 }, (_, n) => ({
      id: `lib-${String(n).padStart(12, '0')}`,
      fileName: `某市2024年第${n}号措施.txt`,
      hash: n.toString(16).padStart(64, '0'),
      text: `某市关于第${n}号的若干措施\n${body}`,
      format: 'txt',
      encoding: 'utf-8',
      importedAt: '2026-11-01T00:00:00.000Z',
      overrides: { year: 2024 },
    }));
    await store.update((d) => void (d.library = entries));
    const textFileCount = async () => (await readdir(join(dir, 'texts'), { recursive: true })).filter((f) => f.endsWith('.txt')).length;
    const textsBefore = await textFileCount();
    expect(textsBefore).toBe(2000);
    await store.update(
      (d) => void (d.notes = [{ docId: entries[7].id, unitId: 'u-3', text: '与许昌对照', updatedAt: '2026-11-22T10:00:00.000Z' }]),
    );
    const written = (await stat(join(dir, 'db.json'))).size;
    expect(written).toBeLessThan(1_000_000);
    expect(await textFileCount()).toBe(textsBefore);
    const total = entries.reduce((n, e) => n + Buffer.byteLength(e.text), 0);
    expect(total).toBeGreaterThan(5 * written); // what version 1 would have rewritten for that note
    await store.close();
  });

  it('imports into a library of 2,000 documents by writing the new text once and the metadata, whatever the library holds (a batch import is linear)', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir, now: fixedNow });
    const entry = (n: number): LibraryEntry => ({
      id: `lib-${String(n).padStart(12, '0')}`,
      fileName: `某市第${n}号措施.txt`,
      hash: n.toString(16).padStart(64, '0'),
      text:
        `某市关于第${n}号的若干措施\n` +
        Array.from({ length: 40 }, (_, i) => `${i + 1}.推进第${i + 1}项工作,完成投资${n + i}亿元。`).join('\n'),
      format: 'txt',
      encoding: 'utf-8',
      importedAt: '2026-11-01T00:00:00.000Z',
      overrides: {},
    });
    await store.update((d) => void (d.library = Array.from({ length: 2000 }, (_, n) => entry(n))));
    const textFiles = async () => {
      const names = (await readdir(join(dir, 'texts'), { recursive: true })).filter((f) => f.endsWith('.txt'));
      return new Map(await Promise.all(names.map(async (f) => [f, (await stat(join(dir, 'texts', f))).mtimeMs] as const)));
    };
    const before = await textFiles();
    const metadataBefore = (await stat(join(dir, 'db.json'))).size;
    await store.update((d) => void (d.library = [...d.library, entry(2000)]));
    const after = await textFiles();
    // one new text; not one of the 2,000 others written again
    expect(after.size).toBe(before.size + 1);
    for (const [name, mtime] of before) expect(after.get(name)).toBe(mtime);
    // db.json grows by one record's metadata, not by a text
    const grown = (await stat(join(dir, 'db.json'))).size - metadataBefore;
    expect(grown).toBeGreaterThan(0);
    expect(grown).toBeLessThan(Buffer.byteLength(entry(2000).text) / 2);
    await store.close();
  });

  it('keeps the record of a document whose text file went missing, and says so', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir, now: fixedNow });
    const entry = (n: number): LibraryEntry => ({
      id: `lib-${n}`,
      fileName: `${n}.txt`,
      hash: `h${n}`,
      text: `1.措施${n}。`,
      format: 'txt',
      encoding: 'utf-8',
      importedAt: '2026-11-01T00:00:00.000Z',
      overrides: {},
    });
    await store.update((d) => void (d.library = [entry(1), entry(2)]));
    await store.close();
    const lost = JSON.parse(await readFile(join(dir, 'db.json'), 'utf-8')).library[1].textHash;
    await import('node:fs/promises').then((fs) => fs.unlink(join(dir, 'texts', lost.slice(0, 1), `${lost}.txt`)));
    const again = await openStore({ dataDir: dir, now: fixedNow });
    expect(again.data().library.map((e) => e.id)).toEqual(['lib-1']);
    expect(again.messages.map((m) => m.en).join()).toMatch(/1 document text file/);
    await again.update((d) => void (d.notes = []));
    expect(JSON.parse(await readFile(join(dir, 'db.json'), 'utf-8')).library.map((e: { id: string }) => e.id)).toEqual(['lib-1', 'lib-2']);
  });
});
