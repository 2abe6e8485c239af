/**
 * Imports a batch of files into the library. Each file is hashed (the same
 * bytes twice are a duplicate), read, and stored with its decoded text; a file
 * that cannot be read is refused with its name and the reason while the rest of
 * the batch still imports. Progress is reported after every file.
 */
import { createHash } from 'node:crypto';
import type { ImportOutcome, ImportProgress } from '../../../../shared/api/contract';
import { isInputError } from '../../../../shared/errors';
import type { LibraryEntry, Store } from '../../store/index';
import type { Library } from '../library';
import { extractText } from './extract';

/** A file as the import service takes it. */
export interface NamedBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What importing needs. */
export interface ImportContext {
  readonly store: Store;
  readonly library: Library;
  readonly now: () => Date;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** reads a file's text (the engine worker in the app); `extractText` on this thread by default */
  readonly extract?: typeof extractText;
}

/** sha256 of the bytes, hex. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The library id of an imported document: stable for the same bytes. */
export function importedId(hash: string): string {
  return `lib-${hash.slice(0, 12)}`;
}

function reasonOf(error: unknown): string {
  if (isInputError(error)) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `读取失败:${message} / reading failed: ${message}`;
}

/** The base name of a path-like file name. */
function baseName(name: string): string {
  return name.split(/[\\/]/).pop() || name;
}

/** Imports the files one by one; never throws for a bad file. */
export async function importFiles(files: readonly NamedBytes[], ctx: ImportContext): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const [index, file] of files.entries()) {
    const fileName = baseName(file.name);
    ctx.onProgress?.({ done: index, total: files.length, fileName });
    outcomes.push(await importOne(fileName, file.bytes, ctx));
  }
  ctx.onProgress?.({ done: files.length, total: files.length, fileName: '' });
  return outcomes;
}

async function importOne(fileName: string, bytes: Uint8Array, ctx: ImportContext): Promise<ImportOutcome> {
  try {
    const hash = contentHash(bytes);
    const existing = ctx.store.data().library.find((e) => e.hash === hash);
    if (existing) return { kind: 'duplicate', fileName, existingId: existing.id };
    const { text, format, encoding } = await (ctx.extract ?? extractText)(fileName, bytes);
    const entry: LibraryEntry = {
      id: importedId(hash),
      fileName,
      hash,
      text,
      format,
      encoding,
      importedAt: ctx.now().toISOString(),
      overrides: {},
    };
    const added = await ctx.store.update((d) => {
      const again = d.library.find((e) => e.hash === hash);
      if (again) return again;
      d.library = [...d.library, entry];
      return entry;
    });
    if (added !== entry) return { kind: 'duplicate', fileName, existingId: added.id };
    const document = (await ctx.library.get(entry.id)).summary;
    return { kind: 'imported', fileName, document };
  } catch (error) {
    return { kind: 'refused', fileName, reason: reasonOf(error) };
  }
}
