/**
 * The saved search index's file, opened by the engine to restore from: its
 * postings stay in the file (see openSavedIndex). Node's fs only, so it runs in
 * the engine worker and in plain Node for the CLI and tests.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { SavedIndexSource } from '../../../shared/engine/index/saved-index';
import type { PostingReader } from '../../../shared/engine/index/text-index';
import { InputError } from '../../../shared/errors';

/** An open saved-index file, shared by the posting readers of its segments (with one buffer for their lists). */
interface OpenFile {
  readonly fd: number;
  scratch: Uint8Array;
}

/** Closes a saved index's file once nothing restored from it is left. */
const closeWhenCollected = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed: nothing to free
  }
});

/** Reads `length` bytes at `offset` into `into`; a file that ends early (damaged since it was opened) makes the index stale. */
function readFully(open: OpenFile, into: Uint8Array, offset: number, length: number): void {
  for (let done = 0; done < length;) {
    const n = readSync(open.fd, into, done, length - done, offset + done);
    if (n <= 0)
      throw new InputError('index-stale', '检索索引文件已损坏,正在重建', 'the saved search index file is damaged: it is being rebuilt');
    done += n;
  }
}

/**
 * The saved search index's file opened as a source to restore from (`restoreTextIndex`): the small arrays are
 * read now and each segment's postings left in the file, read a list at a time, so they stay in the system's
 * file cache and not in the engine (some 450 MB at 20,000 documents). The file stays open while an index
 * restored from it lives (closed when that is collected); a later save replaces the file by a rename, which
 * leaves the open one as it was. Null when there is no readable file.
 */
export function openSavedIndex(file: string): SavedIndexSource | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  const open: OpenFile = { fd, scratch: new Uint8Array(1 << 16) };
  closeWhenCollected.register(open, fd);
  const size = fstatSync(fd).size;
  return {
    size,
    read(offset, length) {
      if (offset + length > size) throw new RangeError('saved index cut short');
      const out = new Uint8Array(length);
      readFully(open, out, offset, length);
      return out;
    },
    postings(offset, length): PostingReader {
      return {
        list(at, n) {
          if (open.scratch.length < n) open.scratch = new Uint8Array(Math.max(n, open.scratch.length * 2));
          readFully(open, open.scratch, offset + at, n);
          return open.scratch.subarray(0, n);
        },
        all() {
          const out = new Uint8Array(length);
          readFully(open, out, offset, length);
          return out;
        },
      };
    },
  };
}
