/**
 * Reads a file the user named (CLI argument, --corpus entry, file picked in
 * the app) with the input limits: only a regular file is read (a named pipe,
 * /dev/zero or a socket is refused at once, never read forever), and one over
 * the size limit is refused before a byte is read. Opening never blocks: a
 * FIFO is opened non-blocking and then refused by its type.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { InputError } from '../../../../shared/errors';
import { checkFileSize, defaultImportLimits, type ImportLimits } from './limits';

function kindOf(stats: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}): [string, string] {
  if (stats.isDirectory()) return ['是文件夹', 'is a directory'];
  if (stats.isFIFO()) return ['是命名管道', 'is a named pipe'];
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return ['是设备', 'is a device'];
  if (stats.isSocket()) return ['是套接字', 'is a socket'];
  return ['不是普通文件', 'is not a regular file'];
}

/** The bytes of a regular file within the size limit; anything else is an InputError naming the path. */
export async function readInputFile(path: string, limits: ImportLimits = defaultImportLimits): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError('missing-file', `找不到文件 ${path}`, `file not found: ${path}`);
    if (code === 'EISDIR') throw new InputError('is-directory', `${path} 是文件夹,不是文件`, `the path ${path} is a directory, not a file`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new InputError('unreadable', `无权读取文件 ${path}(${code})`, `no permission to read ${path} (${code})`);
    throw new InputError('unreadable', `无法读取文件 ${path}(${code})`, `cannot read ${path} (${code})`);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      const [zh, en] = kindOf(stats);
      throw new InputError(
        stats.isDirectory() ? 'is-directory' : 'not-a-file',
        `${path} ${zh},不是普通文件,不予读取`,
        `the path ${path} ${en}, not a regular file; not read`,
      );
    }
    checkFileSize(path, stats.size, limits);
    const bytes = new Uint8Array(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return bytes.subarray(0, filled);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code === 'EISDIR') throw new InputError('is-directory', `${path} 是文件夹,不是文件`, `the path ${path} is a directory, not a file`);
    throw new InputError('unreadable', `无法读取文件 ${path}(${code})`, `cannot read ${path} (${code})`);
  } finally {
    await handle.close();
  }
}
