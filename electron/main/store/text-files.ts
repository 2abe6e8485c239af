/**
 * Document texts as content-addressed files beside db.json:
 * `texts/<first hex digit>/<sha256 of the UTF-8 text>.txt` (16 smaller
 * folders, as git does: adding a file to a folder of thousands costs the
 * file system 2–3 times as much). A text is written once (file and
 * folder fsynced before any db.json that names it) and never rewritten, so saving a note
 * no longer rewrites every imported document. Reading checks the hash.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { fsyncFolder } from './atomic-write';

/** sha256 of a text's UTF-8 bytes, hex. */
export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Why a text could not be read back. */
export type TextProblem = 'missing' | 'damaged';

/** The texts folder of a data folder. */
export interface TextFiles {
  readonly dir: string;
  /** writes (and fsyncs) the text unless a file of that hash exists; returns its hash. Call `sync` before naming it in db.json. */
  put(text: string): Promise<string>;
  /** fsyncs the texts folder, so every file `put` wrote is in it after a power cut */
  sync(): Promise<void>;
  /** the text of a hash, or why it cannot be read */
  get(hash: string): Promise<{ readonly text: string } | { readonly problem: TextProblem }>;
}

const isHash = (s: string) => /^[0-9a-f]{64}$/.test(s);

/** Opens (lazily creating) `<dataDir>/texts`. */
export function textFiles(dataDir: string): TextFiles {
  const dir = join(dataDir, 'texts');
  const known = new Set<string>();
  const made = new Map<string, Promise<void>>();
  const unsynced = new Set<string>();
  const shardOf = (hash: string) => join(dir, hash.slice(0, 1));
  const pathOf = (hash: string) => join(shardOf(hash), `${hash}.txt`);
  /** creates a folder once, fsyncing its parent so the new entry survives */
  const folder = (path: string, parent: string): Promise<void> => {
    let p = made.get(path);
    if (!p) {
      p = mkdir(path, { recursive: true }).then((created) => (created !== undefined ? fsyncFolder(parent) : undefined));
      made.set(path, p);
    }
    return p;
  };
  return {
    dir,
    async put(text) {
      const hash = textHash(text);
      if (known.has(hash)) return hash;
      await folder(dir, dataDir);
      await folder(shardOf(hash), dir);
      try {
        if (textHash(await readFile(pathOf(hash), 'utf8')) === hash) {
          known.add(hash);
          return hash;
        }
      } catch {
        // not there yet
      }
      await writeFileAtomic(pathOf(hash), text, { fsync: true });
      unsynced.add(shardOf(hash));
      known.add(hash);
      return hash;
    },
    async sync() {
      const shards = [...unsynced];
      unsynced.clear();
      for (let i = 0; i < shards.length; i += 16) await Promise.all(shards.slice(i, i + 16).map(fsyncFolder));
    },
    async get(hash) {
      if (!isHash(hash)) return { problem: 'damaged' };
      let text: string;
      try {
        text = await readFile(pathOf(hash), 'utf8');
      } catch {
        return { problem: 'missing' };
      }
      if (textHash(text) !== hash) return { problem: 'damaged' };
      known.add(hash);
      return { text };
    },
  };
}
