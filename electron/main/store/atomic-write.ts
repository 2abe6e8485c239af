/**
 * The one way the store puts bytes on disk: write-file-atomic writes a temp
 * file with a unique name beside the target, fsyncs it and renames it over the
 * target; then the folder itself is fsynced so the rename survives a power cut.
 * A reader sees the old file or the new one, never a mix.
 */
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/** Flushes a folder's entries (the rename) to disk; a platform that cannot (Windows) skips it. */
export async function fsyncFolder(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close();
  }
}

/** Writes `data` to `file` atomically and durably (file and folder fsynced). */
export async function writeDurably(file: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomic(file, typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
    fsync: true,
  });
  await fsyncFolder(dirname(file));
}
