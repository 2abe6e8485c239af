/**
 * Schema migrations. Version 0 is the pre-release layout (no `version` field,
 * `documents` instead of `library`, notes as a `"docId#unitId": text` map);
 * each step lifts a file one version. `normalise` then keeps every well-formed
 * record and counts the ones it had to drop.
 */
import type { Note } from '../../../shared/api/contract';
import { currentVersion, emptyStore, type LibraryEntry, type StoreData } from './schema';
import { isComparison, isLibraryEntry, isNote, isRecent, isReview, isSettings } from './shapes';

type Raw = Record<string, unknown>;

/** The version a parsed file claims: a missing field is version 0. */
export function versionOf(raw: Raw): number {
  return typeof raw.version === 'number' ? raw.version : 0;
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
    notes.push({ docId: key.slice(0, cut), unitId: key.slice(cut + 1), text, updatedAt: String(raw.savedAt ?? '1970-01-01T00:00:00.000Z') });
  }
  const { documents: _d, notes: _n, ...rest } = raw;
  return { ...rest, version: 1, library, notes };
}

const steps: Record<number, (raw: Raw) => Raw> = { 0: migrateV0toV1 };

/** Lifts a parsed file to the current version; a newer version is not handled here. */
export function migrate(raw: Raw): Raw {
  let data = raw;
  for (let v = versionOf(data); v < currentVersion; v = versionOf(data)) {
    const step = steps[v];
    if (!step) throw new Error(`no migration from version ${v}`);
    data = step(data);
  }
  return data;
}

/** Keeps every well-formed record of a current-version object; `dropped` counts the rest. */
export function normalise(raw: Raw): { data: StoreData; dropped: number } {
  const base = emptyStore();
  let dropped = 0;
  const keep = <T>(value: unknown, ok: (x: unknown) => x is T): T[] => {
    if (!Array.isArray(value)) return [];
    const good = value.filter(ok);
    dropped += value.length - good.length;
    return good;
  };
  const library = keep<LibraryEntry>(raw.library, isLibraryEntry);
  const seedOverrides =
    typeof raw.seedOverrides === 'object' && raw.seedOverrides !== null && !Array.isArray(raw.seedOverrides)
      ? (raw.seedOverrides as StoreData['seedOverrides'])
      : {};
  const data: StoreData = {
    version: currentVersion,
    library,
    seedOverrides,
    notes: keep(raw.notes, isNote),
    comparisons: keep(raw.comparisons, isComparison),
    settings: isSettings(raw.settings) ? raw.settings : base.settings,
    recent: keep(raw.recent, isRecent),
    reviews: keep(raw.reviews, isReview),
    ...(isWindow(raw.window) ? { window: raw.window } : {}),
  };
  return { data, dropped };
}

function isWindow(x: unknown): x is StoreData['window'] {
  const w = x as Raw | null;
  return typeof w === 'object' && w !== null && typeof w.width === 'number' && typeof w.height === 'number';
}
