import { mkdtemp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../electron/main/services/export/index';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'precedent-export-'));
  dirs.push(dir);
  return dir;
};

describe('writing an export', () => {
  it('replaces the target in one step and leaves no temp file', async () => {
    const dir = await tempDir();
    await writeFileAtomic(join(dir, 'a.docx'), new Uint8Array([1, 2, 3]));
    await writeFileAtomic(join(dir, 'a.docx'), new Uint8Array([4]));
    expect([...(await readFile(join(dir, 'a.docx')))]).toEqual([4]);
    expect(await readdir(dir)).toEqual(['a.docx']);
  });

  it('refuses a missing folder in Chinese and English', async () => {
    const dir = await tempDir();
    await expect(writeFileAtomic(join(dir, 'nope', 'a.docx'), new Uint8Array([1]))).rejects.toMatchObject({
      code: 'export-write-failed',
      message: expect.stringMatching(/不存在 \/ .*does not exist/),
    });
  });

  it('refuses a path that is a folder and writes nothing', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'out.html'));
    await expect(writeFileAtomic(join(dir, 'out.html'), new Uint8Array([1]))).rejects.toMatchObject({ code: 'export-write-failed' });
    expect(await readdir(dir)).toEqual(['out.html']);
    expect(await readdir(join(dir, 'out.html'))).toEqual([]);
  });
});
