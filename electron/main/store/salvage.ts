/**
 * Recovers what it can from a damaged db.json (cut off mid-write, partly
 * overwritten): every complete JSON object in the text that has the shape of a
 * stored record is kept, whatever happened to the rest of the file.
 */
import type { StoreData } from './schema';
import { emptyStore } from './schema';
import { isComparison, isLibraryEntry, isNote, isRecent, isReview, isSettings } from './shapes';

/** The complete `{…}` objects in a text, innermost first, that parse as JSON. */
export function completeObjects(text: string): unknown[] {
  const found: unknown[] = [];
  const starts: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') starts.push(i);
    else if (c === '}' && starts.length > 0) {
      const start = starts.pop()!;
      try {
        found.push(JSON.parse(text.slice(start, i + 1)));
      } catch {
        // not a whole object (e.g. the scan started inside a broken string): skip it
      }
    }
  }
  return found;
}

/** The records a damaged file still holds, and how many there were. */
export function salvage(text: string): { data: StoreData; recovered: number } {
  const base = emptyStore();
  const objects = completeObjects(text);
  const unique = <T>(items: T[], key: (t: T) => string): T[] => [...new Map(items.map((t) => [key(t), t])).values()];
  const library = unique(objects.filter(isLibraryEntry), (e) => e.id);
  const notes = unique(objects.filter(isNote), (n) => `${n.docId}\u0000${n.unitId}`);
  const comparisons = unique(objects.filter(isComparison), (c) => c.id);
  const reviews = unique(objects.filter(isReview), (r) => r.id);
  const recent = objects.filter(isRecent);
  const settings = objects.find(isSettings) ?? base.settings;
  const data: StoreData = { ...base, library, notes, comparisons, reviews, recent, settings };
  return { data, recovered: library.length + notes.length + comparisons.length + reviews.length };
}
