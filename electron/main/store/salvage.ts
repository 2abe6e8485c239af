/**
 * Recovers what it can from a damaged db.json (cut off mid-write, partly
 * overwritten): every complete JSON object in the text that has the shape of a
 * stored record is kept, and the objects named `seedOverrides`, `settings` and
 * `window` are kept when they are whole, whatever happened to the rest.
 */
import { isComparison, isNote, isRecent, isStoredEntry, isStoredReview } from './shapes';

/** Where each complete `{…}` starts and ends (innermost first), strings respected. */
function objectSpans(text: string, from = 0, firstOnly = false): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const starts: number[] = [];
  let inString = false;
  for (let i = from; i < text.length; i++) {
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
      spans.push([start, i + 1]);
      if (firstOnly && starts.length === 0) break;
    } else if (firstOnly && starts.length === 0 && c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t' && c !== ':') break;
  }
  return spans;
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // not a whole object (e.g. the scan started inside a broken string)
  }
}

/** The complete `{…}` objects in a text, innermost first, that parse as JSON. */
export function completeObjects(text: string): unknown[] {
  return objectSpans(text)
    .map(([a, b]) => parseOrUndefined(text.slice(a, b)))
    .filter((x) => x !== undefined);
}

/** The whole object written after `"key":`, if it is complete. */
export function objectAfterKey(text: string, key: string): unknown {
  const at = text.search(new RegExp(`"${key}"\\s*:\\s*\\{`));
  if (at < 0) return undefined;
  const open = text.indexOf('{', at);
  const outer = objectSpans(text, open, true).find(([a]) => a === open);
  return outer ? parseOrUndefined(text.slice(outer[0], outer[1])) : undefined;
}

/** A raw current-layout object built from the records a damaged text still holds. */
export function salvageText(text: string): Record<string, unknown> {
  const objects = completeObjects(text);
  const raw: Record<string, unknown> = {
    library: objects.filter(isStoredEntry),
    notes: objects.filter(isNote),
    comparisons: objects.filter(isComparison),
    recent: objects.filter(isRecent),
    reviews: objects.filter(isStoredReview),
  };
  for (const key of ['seedOverrides', 'settings', 'window']) {
    const found = objectAfterKey(text, key);
    if (found !== undefined) raw[key] = found;
  }
  return raw;
}
