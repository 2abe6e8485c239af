/**
 * Copies of db.json taken before a repair or a migration rewrites it:
 * `db.json.<reason>-<timestamp>`. The same content is never copied twice, and
 * only the last `keep` copies per reason are kept, but an older copy is
 * deleted only when every record it holds is also in a kept copy or in the
 * current file: the only copy of anything is never deleted.
 */
import { readdir, readFile, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { writeDurably } from './atomic-write';
import { completeObjects } from './salvage';

/** How many copies per reason are kept at least. */
export const backupsPerReason = 5;

/** A file-name-safe timestamp: 2026-11-22T23-10-05.123Z. */
export function stamp(now: Date): string {
  return now.toISOString().replace(/:/g, '-');
}

const digest = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** The backups of one reason, oldest first. */
async function backupsOf(file: string, reason: string): Promise<string[]> {
  const prefix = `${basename(file)}.${reason}-`;
  const names = (await readdir(dirname(file))).filter((n) => n.startsWith(prefix) && !n.endsWith('.tmp')).sort();
  return names.map((n) => join(dirname(file), n));
}

/** Every record-shaped object of a text, as canonical JSON. */
function recordsOf(text: string): Set<string> {
  return new Set(completeObjects(text).map((o) => JSON.stringify(o)));
}

/** Copies the bytes of `file` aside for `reason`, durably (unless a copy with the same bytes exists); returns the copy's path. */
export async function backUp(file: string, original: Uint8Array, reason: string, now: Date, keep = backupsPerReason): Promise<string> {
  const existing = await backupsOf(file, reason);
  const sum = digest(original);
  for (const path of existing) {
    if (digest(await readFile(path)) === sum) return path;
  }
  let target = `${file}.${reason}-${stamp(now)}`;
  for (let n = 1; existing.includes(target); n++) target = `${file}.${reason}-${stamp(now)}-${n}`;
  await writeDurably(target, original); // the bytes as read, fsynced before anything replaces db.json
  await prune(file, [...existing, target], original, keep);
  return target;
}

async function prune(file: string, all: readonly string[], current: Uint8Array, keep: number): Promise<void> {
  if (all.length <= keep) return;
  const old = all.slice(0, all.length - keep);
  const kept = all.slice(all.length - keep);
  const elsewhere = recordsOf(Buffer.from(current).toString('utf-8'));
  for (const path of kept) for (const r of recordsOf(await readFile(path, 'utf-8'))) elsewhere.add(r);
  for (const path of old) {
    const records = recordsOf(await readFile(path, 'utf-8'));
    if ([...records].every((r) => elsewhere.has(r)) && records.size > 0) await unlink(path);
  }
}
