/**
 * Schema migrations. Version 0 is the pre-release layout (no `version` field,
 * `documents` instead of `library`, notes as a `"docId#unitId": text` map);
 * version 1 kept every text inside db.json; version 2 keeps them in
 * `texts/<h>/<sha256>.txt` (the loader accepts both, the writer moves them out).
 * Each step lifts a file one version.
 */
import type { Note } from '../../../shared/api/contract';
import { currentVersion } from './schema';

type Raw = Record<string, unknown>;

/** What a file's `version` field says. */
export type VersionClaim =
  | { readonly kind: 'known'; readonly version: number }
  | { readonly kind: 'future'; readonly version: number }
  /** missing or not a whole number ≥ 0 ("1", 0.5, -1, null): the layout decides */
  | { readonly kind: 'invalid'; readonly inferred: number };

/** The version a parsed file claims; an invalid claim is read from the layout (v0 has `documents`, no `library`). */
export function versionOf(raw: Raw): VersionClaim {
  const v = raw.version;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0)
    return v > currentVersion ? { kind: 'future', version: v } : { kind: 'known', version: v };
  const v0Layout = Array.isArray(raw.documents) && !('library' in raw);
  return { kind: 'invalid', inferred: v0Layout ? 0 : currentVersion };
}

/** v0 → v1: rename documents to library, turn the notes map into a list. */
export function migrateV0toV1(raw: Raw): Raw {
  const documents = Array.isArray(raw.documents) ? raw.documents : [];
  const library = documents.map((d: Raw) => ({
    id: d.id,
    fileName: d.fileName,
    hash: d.hash,
    text: d.text,
    format: typeof d.format === 'string' ? d.format : 'txt',
    encoding: typeof d.encoding === 'string' ? d.encoding : 'utf-8',
    importedAt: d.importedAt,
    overrides: typeof d.meta === 'object' && d.meta !== null ? d.meta : {},
  }));
  const notes: Note[] = [];
  const map = typeof raw.notes === 'object' && raw.notes !== null && !Array.isArray(raw.notes) ? (raw.notes as Raw) : {};
  for (const [key, text] of Object.entries(map)) {
    const cut = key.indexOf('#');
    if (cut <= 0 || typeof text !== 'string' || text === '') continue;
    notes.push({
      docId: key.slice(0, cut),
      unitId: key.slice(cut + 1),
      text,
      updatedAt: String(raw.savedAt ?? '1970-01-01T00:00:00.000Z'),
    });
  }
  const { documents: _d, notes: _n, ...rest } = raw;
  return { ...rest, version: 1, library, notes };
}

/** v1 → v2: the layout is read as it is; texts move to texts/ on the next write. */
export function migrateV1toV2(raw: Raw): Raw {
  return { ...raw, version: 2 };
}

const steps: Record<number, (raw: Raw) => Raw> = { 0: migrateV0toV1, 1: migrateV1toV2 };

/** Lifts a parsed file from `from` to the current version. */
export function migrate(raw: Raw, from: number): Raw {
  let data: Raw = { ...raw, version: from };
  for (let v = from; v < currentVersion; v++) data = steps[v](data);
  return data;
}
