/**
 * The shapes of db.json the audit found emptied or refused: each is opened,
 * every record is kept or set aside in a copy, and the user is told which.
 */
import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentVersion, emptyStore, openStore } from '../../../../electron/main/store/index';
import { fixedNow, note, tempDir } from './helpers';

const entry = (n: number) => ({
  id: `lib-${n}`,
  fileName: `文件${n}.txt`,
  hash: `h${n}`,
  text: `一、总则\n1.措施${n}。`,
  format: 'txt',
  encoding: 'utf-8',
  importedAt: '2026-11-01T00:00:00.000Z',
  overrides: {},
});
const comparison = {
  id: 'cmp-1',
  name: '对照',
  ids: ['a', 'b'],
  pivot: 0,
  options: emptyStore().settings.diff,
  savedAt: '2026-11-01T00:00:00.000Z',
};

async function dbWith(content: unknown): Promise<{ dir: string; text: string }> {
  const dir = await tempDir();
  const text = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
  await writeFile(join(dir, 'db.json'), text);
  return { dir, text };
}
const backups = async (dir: string) => (await readdir(dir)).filter((f) => f.startsWith('db.json.') && !f.startsWith('db.json.lock')).sort();
const said = (messages: readonly { zh: string; en: string }[]) => messages.map((m) => `${m.zh} ${m.en}`).join('\n');

describe('odd db.json files', () => {
  it('keeps the documents of a library written as an object, and says so', async () => {
    const { dir, text } = await dbWith({ ...emptyStore(), library: { 'lib-1': entry(1), 'lib-2': entry(2) }, notes: [note(1)] });
    const store = await openStore({ dataDir: dir, now: fixedNow });
    expect(store.data().library.map((e) => e.id)).toEqual(['lib-1', 'lib-2']);
    expect(store.data().library[0].text).toBe(entry(1).text);
    expect(store.data().notes).toHaveLength(1);
    expect(said(store.messages)).toMatch(/文库文档\(library\)格式不对:保留 2 项/);
    const [copy] = await backups(dir);
    expect(await readFile(join(dir, copy), 'utf-8')).toBe(text);
  });

  it('keeps the notes of a notes field written as an object', async () => {
    const { dir } = await dbWith({ ...emptyStore(), notes: { a: note(1), b: note(2), c: 'stray' } });
    const store = await openStore({ dataDir: dir, now: fixedNow });
    expect(store.data().notes.map((n) => n.unitId)).toEqual(['u1', 'u2']);
    expect(said(store.messages)).toMatch(/批注\(notes\)格式不对:保留 2 项,移出 1 项/);
    expect(await backups(dir)).toHaveLength(1);
  });

  it('falls back to default settings for a string, keeps the rest, and keeps the string in the copy', async () => {
    const { dir, text } = await dbWith({ ...emptyStore(), settings: 'big', library: [entry(1)], comparisons: [comparison] });
    const store = await openStore({ dataDir: dir, now: fixedNow });
    expect(store.data().settings).toEqual(emptyStore().settings);
    expect(store.data().library).toHaveLength(1);
    expect(store.data().comparisons).toHaveLength(1);
    expect(said(store.messages)).toMatch(/设置\(settings\)格式不对/);
    expect(await readFile(join(dir, (await backups(dir))[0]), 'utf-8')).toBe(text);
  });

  it('keeps the good settings beside a bad one', async () => {
    const { dir } = await dbWith({ ...emptyStore(), settings: { ...emptyStore().settings, fontScale: 'x', onlyDifferences: true } });
    const store = await openStore({ dataDir: dir, now: fixedNow });
    expect(store.data().settings.onlyDifferences).toBe(true);
    expect(store.data().settings.fontScale).toBe(1);
  });

  it.each([
    ['missing', undefined],
    ['the string "1"', '1'],
    ['0.5', 0.5],
    ['-1', -1],
    ['null', null],
  ])('reads a current-layout file whose version is %s as the current layout, once', async (_what, version) => {
    const { dir } = await dbWith({ ...emptyStore(), version, library: [entry(1)], notes: [note(1)] });
    for (let attempt = 0; attempt < 3; attempt++) {
      const store = await openStore({ dataDir: dir, now: fixedNow });
      expect(store.data().library.map((e) => e.id)).toEqual(['lib-1']);
      expect(store.data().notes).toHaveLength(1);
      expect(store.readOnly).toBe(false);
      await store.close();
    }
    expect(await backups(dir)).toHaveLength(1); // the first start repaired it; later starts find a good file
    expect(JSON.parse(await readFile(join(dir, 'db.json'), 'utf-8')).version).toBe(currentVersion);
  });

  it('accepts a UTF-8 byte order mark without calling it damage', async () => {
    const { dir } = await dbWith('\uFEFF' + JSON.stringify({ ...emptyStore(), notes: [note(1)] }));
    const store = await openStore({ dataDir: dir, now: fixedNow });
    expect(store.data().notes).toHaveLength(1);
    expect(store.messages).toEqual([]);
    expect(await backups(dir)).toEqual([]);
  });

  it('does not replace a db.json the user made read-only', async () => {
    const { dir, text } = await dbWith({ ...emptyStore(), notes: [note(1)] });
    await chmod(join(dir, 'db.json'), 0o444);
    const store = await openStore({ dataDir: dir, now: fixedNow });
    expect(store.readOnly).toBe(true);
    expect(store.data().notes).toHaveLength(1);
    expect(said(store.messages)).toMatch(/只读/);
    await expect(store.update((d) => void (d.notes = []))).rejects.toThrow(/read-only/);
    expect(await readFile(join(dir, 'db.json'), 'utf-8')).toBe(text);
  });

  it('recovers seed corrections and the window from a file cut off mid-write', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir, now: fixedNow });
    await store.update((d) => {
      d.seedOverrides = { 'zhumadian-2024': { docNumber: '驻政办〔2024〕22号' } };
      d.window = { x: 1, y: 2, width: 1300, height: 800, maximized: true };
      d.notes = [note(1), note(2), note(3)];
    });
    await store.close();
    const full = await readFile(join(dir, 'db.json'), 'utf-8');
    await writeFile(join(dir, 'db.json'), full.slice(0, full.indexOf('"u3"')));
    const again = await openStore({ dataDir: dir, now: fixedNow });
    expect(again.data().seedOverrides).toEqual({ 'zhumadian-2024': { docNumber: '驻政办〔2024〕22号' } });
    expect(again.data().window).toEqual({ x: 1, y: 2, width: 1300, height: 800, maximized: true });
    expect(again.data().notes.map((n) => n.unitId)).toEqual(['u1', 'u2']);
    expect(said(again.messages)).toMatch(/损坏/);
  });

  it('keeps a field it does not know (written by a later build) through its own writes', async () => {
    const { dir } = await dbWith({ ...emptyStore(), glossary: [{ term: '两重' }] });
    const store = await openStore({ dataDir: dir, now: fixedNow });
    await store.update((d) => void (d.notes = [note(1)]));
    expect(JSON.parse(await readFile(join(dir, 'db.json'), 'utf-8')).glossary).toEqual([{ term: '两重' }]);
  });

  it('keeps the last backups of a reason but never deletes one holding the only copy of a record', async () => {
    const dir = await tempDir();
    for (let n = 0; n < 8; n++) {
      await writeFile(join(dir, 'db.json'), JSON.stringify({ ...emptyStore(), notes: [note(n), { docId: n }] }));
      const store = await openStore({ dataDir: dir, now: () => new Date(Date.UTC(2026, 10, 22, 12, 0, n)) });
      await store.close();
    }
    // each copy holds a note the others lack: all are kept
    expect((await backups(dir)).filter((b) => b.includes('repaired'))).toHaveLength(8);
    for (let n = 0; n < 8; n++) {
      await writeFile(join(dir, 'db.json'), JSON.stringify({ ...emptyStore(), notes: [note(1), { docId: 'x' }] }) + ' '.repeat(n));
      await (await openStore({ dataDir: dir, now: () => new Date(Date.UTC(2026, 10, 23, 12, 0, n)) })).close();
    }
    // copies whose records are all elsewhere are pruned down to the last five of the reason
    const left = (await backups(dir)).filter((b) => b.includes('repaired'));
    expect(left.length).toBeLessThan(16);
    expect(left.filter((b) => b.includes('2026-11-23'))).toHaveLength(5);
  });
});
