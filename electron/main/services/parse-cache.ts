/**
 * Parse results of imported documents kept beside the texts, so a start reads
 * the library instead of parsing every document again (2,000 documents: some
 * 0.35 s of JSON against 2.5–4.7 s of parsing): `parsed/<build>/<key>.json`,
 * where the build is a hash of the parser's sources taken when the app is built
 * (parser-build.ts), so a new parser never reads an old one's results, and the
 * key a hash of the text and the file name it was parsed under. A cache: a file
 * that cannot be read or is not a parse counts as none and is written again;
 * the folders of other builds are removed.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { ParsedDocument } from '../../../shared/model/document';

/** Reads and writes the parse results of one data folder for one parser build. */
export interface ParseCache {
  get(text: string, fileName: string): Promise<ParsedDocument | null>;
  put(text: string, fileName: string, parsed: ParsedDocument): Promise<void>;
}

/** Folder of the cache inside the data folder. */
export const parseCacheFolder = 'parsed';

/** 64 bits of hash over the file name and the text (two 32-bit FNV-style lanes), hex. */
function keyOf(text: string, fileName: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    h1 = Math.imul(h1 ^ 0xffff, 0x01000193);
  };
  feed(fileName);
  feed(text);
  return `${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}-${text.length}`;
}

/** True for what parseDocument returns, as far as a reader of the cache relies on it. */
function isParse(value: unknown): value is ParsedDocument {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return (
    typeof p.meta === 'object' &&
    p.meta !== null &&
    typeof (p.meta as Record<string, unknown>).title === 'string' &&
    Array.isArray(p.units) &&
    Array.isArray(p.outline) &&
    Array.isArray(p.warnings) &&
    Array.isArray(p.furniture)
  );
}

/** The cache of `dataDir` for parser build `build`; `writable: false` (a read-only data folder) writes and removes nothing. */
export function parseCache(dataDir: string, build: string, writable = true): ParseCache {
  const root = join(dataDir, parseCacheFolder);
  const dir = join(root, build.replace(/[^0-9A-Za-z_-]/g, '_'));
  let prepared: Promise<void> | null = null;
  /** the folder made, the other builds' removed: once, before the first write */
  const prepare = () =>
    (prepared ??= (async () => {
      await mkdir(dir, { recursive: true });
      const others = (await readdir(root)).filter((name) => join(root, name) !== dir);
      await Promise.all(others.map((name) => rm(join(root, name), { recursive: true, force: true })));
    })().catch(() => undefined));
  return {
    async get(text, fileName) {
      try {
        const value: unknown = JSON.parse(await readFile(join(dir, `${keyOf(text, fileName)}.json`), 'utf8'));
        return isParse(value) ? value : null;
      } catch {
        return null;
      }
    },
    async put(text, fileName, parsed) {
      if (!writable) return;
      await prepare();
      // a cache: failing to write it costs the next start time, not data
      await writeFileAtomic(join(dir, `${keyOf(text, fileName)}.json`), JSON.stringify(parsed)).catch(() => undefined);
    },
  };
}
