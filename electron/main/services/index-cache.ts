/**
 * The search index saved beside the data folder's db.json (search-index.bin),
 * written atomically (write-file-atomic: a temp file renamed over the old one),
 * so the next start restores it instead of indexing every document again. The
 * file is a cache: unreadable or stale, it is ignored and rewritten.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/** File name of the saved index inside the data folder. */
export const indexFileName = 'search-index.bin';

/** Reads and writes the saved index of one data folder. */
export interface IndexCache {
  /** the file's path */
  readonly file: string;
  /** false for a read-only data folder: save writes nothing */
  readonly writable: boolean;
  load(): Promise<Uint8Array | null>;
  save(bytes: Uint8Array): Promise<void>;
}

/** File name of the saved draft-check index inside the data folder. */
export const checkIndexFileName = 'check-index.bin';

/** The cache of `dataDir` in `fileName`; `writable: false` (a read-only data folder) never writes. */
export function indexCache(dataDir: string, writable = true, fileName = indexFileName): IndexCache {
  const file = join(dataDir, fileName);
  return {
    file,
    writable,
    async load() {
      try {
        const bytes = await readFile(file);
        return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      } catch {
        return null;
      }
    },
    async save(bytes) {
      if (!writable) return;
      await writeFileAtomic(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    },
  };
}
