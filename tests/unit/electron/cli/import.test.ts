import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../../electron/main/store/index';

const exec = promisify(execFile);
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('cli import', () => {
  it('imports into the store of --data-dir, refuses a bad file by name, and prints one JSON document', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'precedent-cli-'));
    dirs.push(dir);
    const png = join(dir, '图片.png');
    await writeFile(png, new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const data = join(dir, 'data');
    const result = await cli('import', 'seeds/xuchang-2024-q2-double-half-measures.txt', png, '--data-dir', data, '--json');
    expect(result.code).toBe(2);
    const { outcomes } = JSON.parse(result.stdout);
    expect(outcomes.map((o: { kind: string }) => o.kind)).toEqual(['imported', 'refused']);
    expect(outcomes[1].reason).toContain('图片.png');
    const store = await openStore({ dataDir: data });
    expect(store.data().library.map((e) => e.fileName)).toEqual(['xuchang-2024-q2-double-half-measures.txt']);
  });

  it('exits 2 with one zh/en line when --data-dir is missing', async () => {
    const result = await cli('import', 'seeds/xuchang-2024-q2-double-half-measures.txt');
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('请用 --data-dir 指定数据文件夹 / give the data folder with --data-dir');
  });
});
