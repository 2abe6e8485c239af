/**
 * One writer per data folder: the audit lost 635 of 1,892 acknowledged writes
 * and 4 of 20 imports with the app and `cli import --data-dir` on one folder.
 * Now a second process waits briefly and is then refused (exit 2, one line),
 * and nothing acknowledged is ever lost.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../electron/main/store/index';
import { note, tempDir } from './helpers';

const exec = promisify(execFile);

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function documentFile(dir: string, n: number): Promise<string> {
  const path = join(dir, `措施${n}.txt`);
  await writeFile(path, `某市第${n}号若干措施\n一、总体要求\n1.加快推进第${n}项工作,完成投资${n}亿元。\n2.强化保障。\n`);
  return path;
}

describe('one writer per data folder', () => {
  it("refuses the CLI with one line and exit 2 while the app has the folder, and loses none of the app's writes", async () => {
    const dir = await tempDir();
    const data = join(dir, 'data');
    const app = await openStore({ dataDir: data });
    const file = await documentFile(dir, 1);
    let acknowledged = 0;
    let writing = true;
    const writer = (async () => {
      for (let n = 0; writing; n++) {
        await app.update((d) => void (d.notes = [...d.notes, note(n)]));
        acknowledged++;
      }
    })();
    const refused = await cli('import', file, '--data-dir', data);
    writing = false;
    await writer;
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/文库已在另一个窗口中打开.*\/ the library is open in another window/);
    await app.close();
    const afterApp = JSON.parse(await readFile(join(data, 'db.json'), 'utf-8'));
    expect(afterApp.notes).toHaveLength(acknowledged);
    expect(afterApp.library).toEqual([]);

    const imported = await cli('import', file, '--data-dir', data);
    expect(imported.code).toBe(0);
    const reopened = await openStore({ dataDir: data });
    expect(reopened.data().notes).toHaveLength(acknowledged);
    expect(reopened.data().library).toHaveLength(1);
    await reopened.close();
  }, 60_000);

  it('keeps every import a CLI acknowledged when several run at once', async () => {
    const dir = await tempDir();
    const data = join(dir, 'data');
    const files = await Promise.all(Array.from({ length: 6 }, (_, n) => documentFile(dir, n)));
    const runs = await Promise.all(files.map((f) => cli('import', f, '--data-dir', data, '--json')));
    const store = await openStore({ dataDir: data });
    const names = store.data().library.map((e) => e.fileName);
    for (const [i, run] of runs.entries()) {
      expect([0, 2]).toContain(run.code);
      if (run.code === 0) expect(names).toContain(`措施${i}.txt`);
      else expect(run.stderr).toMatch(/store|文库已在另一个窗口中打开/);
    }
    expect(runs.filter((r) => r.code === 0).length).toBe(names.length);
    await store.close();
  }, 90_000);

  it('takes over at once a lock whose holder no longer runs on this machine', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'db.lock'));
    await writeFile(join(dir, `db.lock.${2 ** 22 + 17}.json`), JSON.stringify({ pid: 2 ** 22 + 17, host: hostname(), since: Date.now() }));
    const started = Date.now();
    const store = await openStore({ dataDir: dir });
    expect(Date.now() - started).toBeLessThan(1000);
    await store.update((d) => void (d.notes = [note(1)]));
    await store.close();
  });

  it('refuses a second store in another process that still runs', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'db.lock'));
    await writeFile(join(dir, `db.lock.${process.ppid}.json`), JSON.stringify({ pid: process.ppid, host: hostname(), since: Date.now() }));
    await expect(openStore({ dataDir: dir, lock: { waitMs: 300 } })).rejects.toMatchObject({ code: 'store-locked' });
  });
});
