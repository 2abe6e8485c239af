/** Writing an export without ever leaving a partial file behind. */
import { randomBytes } from 'node:crypto';
import { rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../../../../shared/errors';

const cannotWrite = (path: string, why: string, whyEn: string): InputError =>
  new InputError('export-write-failed', `无法写入 ${path}:${why}`, `cannot write ${path}: ${whyEn}`);

/** Refuses, before any work, a target whose folder is missing or that is itself a folder. */
export async function assertWritableTarget(path: string): Promise<void> {
  const dir = dirname(path);
  const dirStat = await stat(dir).catch(() => null);
  if (!dirStat?.isDirectory()) throw cannotWrite(path, `目录 ${dir} 不存在`, `folder ${dir} does not exist`);
  if ((await stat(path).catch(() => null))?.isDirectory()) throw cannotWrite(path, '这是一个目录', 'it is a directory');
}

/** Writes bytes to a temp file beside `path`, then renames it into place; a bad path is an InputError. */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  await assertWritableTarget(path);
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw cannotWrite(path, `文件系统错误 ${code}`, `file system error ${code}`);
  }
}
