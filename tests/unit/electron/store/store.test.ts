import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentVersion, openStore } from '../../../../electron/main/store/index';
import { note, tempDir } from './helpers';

describe('store', () => {
  it('creates a versioned file in an empty data folder', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: join(dir, 'nested', 'data') });
    expect(store.readOnly).toBe(false);
    expect(store.messages).toEqual([]);
    const raw = JSON.parse(await readFile(store.file, 'utf-8'));
    expect(raw.version).toBe(currentVersion);
    expect(raw.notes).toEqual([]);
  });

  it('keeps what was written when opened again', async () => {
    const dir = await tempDir();
    const first = await openStore({ dataDir: dir });
    await first.update((d) => void (d.notes = [note(1), note(2)]));
    const second = await openStore({ dataDir: dir });
    expect(second.data().notes.map((n) => n.unitId)).toEqual(['u1', 'u2']);
  });

  it('loses no write when many updates run at once', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir });
    await Promise.all(Array.from({ length: 60 }, (_, i) => store.update((d) => void (d.notes = [...d.notes, note(i)]))));
    const reopened = await openStore({ dataDir: dir });
    expect(reopened.data().notes).toHaveLength(60);
    expect(new Set(reopened.data().notes.map((n) => n.unitId)).size).toBe(60);
  });

  it('keeps running after a failed change and leaves the data as it was', async () => {
    const dir = await tempDir();
    const store = await openStore({ dataDir: dir });
    await expect(
      store.update(() => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await store.update((d) => void (d.notes = [note(7)]));
    expect((await openStore({ dataDir: dir })).data().notes).toHaveLength(1);
  });
});
