/**
 * Imports a batch of files into the library. Each file is hashed (the same
 * bytes twice are a duplicate), read within the input limits, and stored with
 * its decoded text; a file that cannot be read is refused with its name and
 * the reason while the rest of the batch still imports. Progress is reported
 * after every file. Read files are committed to the store in groups (one
 * durable write per `commitEvery` files, 100 by default), so a batch of 2,000 costs the same
 * per file as a batch of 100; a file counts as imported only once its group
 * is on disk.
 */
import { createHash } from 'node:crypto';
import type { ImportOutcome, ImportProgress } from '../../../../shared/api/contract';
import { isInputError } from '../../../../shared/errors';
import type { LibraryEntry, Store } from '../../store/index';
import type { Library } from '../library';
import { extractText } from './extract';
import { defaultImportLimits, type ImportLimits } from './limits';

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
  readonly limits?: ImportLimits;
  /** files read before one store write (default 100: one write per batch the import dialog sends) */
  readonly commitEvery?: number;
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

/** Imports the files one by one, committing them in groups; never throws for a bad file. */
export async function importFiles(files: readonly NamedBytes[], ctx: ImportContext): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = new Array(files.length);
  let pending: { readonly index: number; readonly entry: LibraryEntry }[] = [];
  const commit = async (): Promise<void> => {
    const group = pending;
    pending = [];
    if (group.length === 0) return;
    let added: readonly LibraryEntry[];
    try {
      added = await ctx.store.update((d) => {
        const known = new Set(d.library.map((e) => e.hash));
        const fresh = group.map((p) => p.entry).filter((e) => !known.has(e.hash));
        d.library = [...d.library, ...fresh];
        return fresh;
      });
    } catch (error) {
      for (const { index, entry } of group) outcomes[index] = { kind: 'refused', fileName: entry.fileName, reason: reasonOf(error) };
      return;
    }
    for (const { index, entry } of group) {
      if (!added.includes(entry)) {
        const existing = ctx.store.data().library.find((e) => e.hash === entry.hash);
        outcomes[index] = { kind: 'duplicate', fileName: entry.fileName, existingId: existing?.id ?? entry.id };
        continue;
      }
      try {
        outcomes[index] = { kind: 'imported', fileName: entry.fileName, document: (await ctx.library.get(entry.id)).summary };
      } catch (error) {
        outcomes[index] = { kind: 'refused', fileName: entry.fileName, reason: reasonOf(error) };
      }
    }
  };
  const every = Math.max(1, ctx.commitEvery ?? 100);
  for (const [index, file] of files.entries()) {
    const fileName = baseName(file.name);
    ctx.onProgress?.({ done: index, total: files.length, fileName });
    const read = await readOne(fileName, file.bytes, ctx, pending);
    if ('kind' in read) outcomes[index] = read;
    else pending.push({ index, entry: read });
    if (pending.length >= every) await commit();
  }
  await commit();
  ctx.onProgress?.({ done: files.length, total: files.length, fileName: '' });
  return outcomes;
}

/** A new library entry for a file, or why it is not one (duplicate, refused). */
async function readOne(
  fileName: string,
  bytes: Uint8Array,
  ctx: ImportContext,
  pending: readonly { readonly entry: LibraryEntry }[],
): Promise<LibraryEntry | ImportOutcome> {
  try {
    const hash = contentHash(bytes);
    const existing = ctx.store.data().library.find((e) => e.hash === hash) ?? pending.find((p) => p.entry.hash === hash)?.entry;
    if (existing) return { kind: 'duplicate', fileName, existingId: existing.id };
    const { text, format, encoding } = await (ctx.extract ?? extractText)(fileName, bytes, ctx.limits ?? defaultImportLimits);
    return { id: importedId(hash), fileName, hash, text, format, encoding, importedAt: ctx.now().toISOString(), overrides: {} };
  } catch (error) {
    return { kind: 'refused', fileName, reason: reasonOf(error) };
  }
}
