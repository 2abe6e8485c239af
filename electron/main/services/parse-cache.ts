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
import { contentHash } from '../../../shared/text/content-hash';

/** Reads and writes the parse results of one data folder for one parser build. */
export interface ParseCache {
  get(text: string, fileName: string): Promise<ParsedDocument | null>;
  put(text: string, fileName: string, parsed: ParsedDocument): Promise<void>;
}

/** Folder of the cache inside the data folder. */
export const parseCacheFolder = 'parsed';

/** The file name of a text's parse: 64 bits of hash over the file name and the text, and the text's length. */
function keyOf(text: string, fileName: string): string {
  const [h1, h2] = contentHash().feed(fileName).feed(text).lanes();
  return `${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}-${text.length}`;
}

/** True for a unit as parseDocument makes one, as far as the library and the engine read it. */
function isUnit(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const u = value as Record<string, unknown>;
  return (
    ['id', 'kind', 'label', 'title', 'text'].every((k) => typeof u[k] === 'string') &&
    typeof u.ordinal === 'number' &&
    ['path', 'responsible', 'targets'].every((k) => Array.isArray(u[k])) &&
    typeof u.span === 'object' &&
    u.span !== null
  );
}

/** True for what parseDocument returns, as far as a reader of the cache relies on it (a damaged file is parsed again, never read half-way). */
function isParse(value: unknown): value is ParsedDocument {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  const meta = p.meta as Record<string, unknown> | null;
  return (
    typeof meta === 'object' &&
    meta !== null &&
    typeof meta.title === 'string' &&
    typeof meta.region === 'object' &&
    meta.region !== null &&
    Array.isArray(p.units) &&
    p.units.every(isUnit) &&
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
