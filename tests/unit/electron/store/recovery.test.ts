import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../electron/main/store/index';
import { currentVersion, emptyStore } from '../../../../electron/main/store/schema';
import { fixedNow, note, tempDir } from './helpers';

async function writeDb(dir: string, content: string): Promise<void> {
  await writeFile(join(dir, 'db.json'), content);
}

async function backups(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.startsWith('db.json.'));
}

describe('store recovery at start-up', () => {
  it('moves a file truncated mid-write to a dated backup and keeps the notes it can read', async () => {
    const dir = await tempDir();
    const full = JSON.stringify({ ...emptyStore(), notes: [note(1), note(2), note(3), note(4)] }, null, 2);
    const cut = full.slice(0, full.indexOf('"u4"'));
    await writeDb(dir, cut);
    const store = await openStore({ dataDir: dir, now: fixedNow });
    expect(store.data().notes.map((n) => n.unitId)).toEqual(['u1', 'u2', 'u3']);
    expect(await backups(dir)).toEqual(['db.json.corrupt-2026-11-22T12-34-56.789Z']);
    expect(await readFile(join(dir, 'db.json.corrupt-2026-11-22T12-34-56.789Z'), 'utf-8')).toBe(cut);
    expect(store.messages[0].zh).toContain('损坏');
    expect(store.messages[0].en).toContain('damaged');
    expect(store.readOnly).toBe(false);
    // the repaired file is valid JSON again
    expect(JSON.parse(await readFile(join(dir, 'db.json'), 'utf-8')).notes).toHaveLength(3);
  });

  it('sets a corrupt file aside and starts empty, telling the user', async () => {
    const dir = await tempDir();
    await writeDb(dir, '\u0000\u0000garbage{{{');
    const store = await openStore({ dataDir: dir, now: fixedNow });
    expect(store.data().notes).toEqual([]);
    expect(await backups(dir)).toHaveLength(1);
    expect(store.messages).toHaveLength(1);
  });

  it('opens a file from a newer version read-only: never migrated, never copied, its notes shown', async () => {
    const dir = await tempDir();
    const future = JSON.stringify({ version: currentVersion + 1, notes: [note(9)], shinyNewThing: { a: 1 } });
    await writeDb(dir, future);
    for (let attempt = 0; attempt < 3; attempt++) {
      const store = await openStore({ dataDir: dir, now: fixedNow });
      expect(store.readOnly).toBe(true);
      expect(store.data().notes.map((n) => n.unitId)).toEqual(['u9']);
      expect(store.messages[0].en).toContain('newer');
      await expect(store.update((d) => void (d.notes = []))).rejects.toThrow(/read-only/);
      await store.close();
    }
    expect(await backups(dir)).toEqual([]);
    expect(await readFile(join(dir, 'db.json'), 'utf-8')).toBe(future);
  });

  it('migrates a version 0 file to the current version and keeps the old file', async () => {
    const dir = await tempDir();
    const v0 = {
      documents: [
        {
          id: 'lib-abc',
          fileName: '措施.txt',
          hash: 'abc',
          text: '一、总则\n1.做好工作。',
          importedAt: '2026-01-01T00:00:00.000Z',
          meta: { year: 2024 },
        },
      ],
      notes: { 'zhumadian#m-3': '对照许昌第5条', 'xuchang#m-1': '' },
      savedAt: '2026-01-02T00:00:00.000Z',
    };
    await writeDb(dir, JSON.stringify(v0));
    const store = await openStore({ dataDir: dir, now: fixedNow });
    const data = store.data();
    expect(data.version).toBe(currentVersion);
    expect(data.library).toEqual([
      {
        id: 'lib-abc',
        fileName: '措施.txt',
        hash: 'abc',
        text: '一、总则\n1.做好工作。',
        format: 'txt',
        encoding: 'utf-8',
        importedAt: '2026-01-01T00:00:00.000Z',
        overrides: { year: 2024 },
      },
    ]);
    expect(data.notes).toEqual([{ docId: 'zhumadian', unitId: 'm-3', text: '对照许昌第5条', updatedAt: '2026-01-02T00:00:00.000Z' }]);
    expect(await backups(dir)).toEqual(['db.json.v0-2026-11-22T12-34-56.789Z']);
    const written = JSON.parse(await readFile(join(dir, 'db.json'), 'utf-8'));
    expect(written.version).toBe(currentVersion);
    expect(written.library[0].text).toBeUndefined();
    expect(await readFile(join(dir, 'texts', written.library[0].textHash.slice(0, 1), `${written.library[0].textHash}.txt`), 'utf-8')).toBe(
      '一、总则\n1.做好工作。',
    );
  });

  it('skips malformed records but keeps the good ones and a copy of the original', async () => {
    const dir = await tempDir();
    await writeDb(dir, JSON.stringify({ ...emptyStore(), notes: [note(1), { docId: 5 }, note(2)] }));
    const store = await openStore({ dataDir: dir, now: fixedNow });
    expect(store.data().notes.map((n) => n.unitId)).toEqual(['u1', 'u2']);
    expect(await backups(dir)).toEqual(['db.json.repaired-2026-11-22T12-34-56.789Z']);
  });
});
