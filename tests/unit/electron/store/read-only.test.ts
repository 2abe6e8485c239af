import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../electron/main/store/index';
import { emptyStore } from '../../../../electron/main/store/schema';
import { note, tempDir } from './helpers';

/**
 * Runs `fn` as an unprivileged user. Permission bits do not bind root, so as
 * root (CI containers) the effective uid drops to nobody for the call and is
 * restored after; as any other user `fn` simply runs.
 */
async function withoutRoot<T>(fn: () => Promise<T>): Promise<T> {
  if (process.geteuid?.() !== 0) return fn();
  process.setegid!(65534);
  process.seteuid!(65534);
  try {
    return await fn();
  } finally {
    process.seteuid!(0);
    process.setegid!(0);
  }
}

describe('a data folder that cannot be written', () => {
  it('runs read-only when the data folder lies under a regular file', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'not-a-folder'), 'x');
    const store = await openStore({ dataDir: join(dir, 'not-a-folder', 'data') });
    expect(store.readOnly).toBe(true);
    expect(store.messages[0].zh).toContain('只读');
    expect(store.messages[0].en).toContain('read-only');
    await expect(store.update((d) => void (d.notes = [note(1)]))).rejects.toMatchObject({ code: 'store-read-only' });
  });

  it('reads the existing notes but changes nothing when writing is refused (EACCES)', async () => {
    const dir = await tempDir();
    const original = JSON.stringify({ ...emptyStore(), notes: [note(1)] });
    await writeFile(join(dir, 'db.json'), original);
    const denied = async () => {
      throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
    };
    const store = await openStore({ dataDir: dir, probeWrite: denied });
    expect(store.readOnly).toBe(true);
    expect(store.messages[0].zh).toContain('EACCES');
    expect(store.data().notes).toHaveLength(1);
    await expect(store.update((d) => void (d.notes = []))).rejects.toMatchObject({ code: 'store-read-only' });
    expect(await readFile(join(dir, 'db.json'), 'utf-8')).toBe(original);
  });

  it('runs read-only in a folder without write permission, and keeps its file untouched', async () => {
    const dir = await tempDir();
    await chmod(dir, 0o755);
    const data = join(dir, 'locked');
    await mkdir(data);
    const original = JSON.stringify({ ...emptyStore(), notes: [note(1)] });
    await writeFile(join(data, 'db.json'), original);
    await chmod(join(data, 'db.json'), 0o644);
    await chmod(data, 0o555);
    try {
      const store = await withoutRoot(() => openStore({ dataDir: data }));
      expect(store.readOnly).toBe(true);
      expect(store.messages[0].zh).toContain('EACCES');
      expect(store.data().notes).toHaveLength(1);
      await expect(store.update((d) => void (d.notes = []))).rejects.toMatchObject({ code: 'store-read-only' });
    } finally {
      await chmod(data, 0o755);
    }
    expect(await readFile(join(data, 'db.json'), 'utf-8')).toBe(original);
  });
});
