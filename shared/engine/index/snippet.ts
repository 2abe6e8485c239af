/**
 * Snippet and highlights of a search hit, in original characters: the exact
 * query where it occurs, otherwise the runs of query bigrams the text shares.
 */
import type { Highlight } from '../../model/comparison';
import { foldForMatch } from '../../text/normalize';

const window = 120;
const lead = 30;

/** The part of `text` around the first match, with highlight ranges relative to the snippet. */
export function highlightSnippet(text: string, normalizedQuery: string): { snippet: string; highlights: Highlight[] } {
  const folded = foldForMatch(text);
  const ranges: Array<[number, number]> = [];
  const f = folded.text;
  if (normalizedQuery.length > 0) {
    for (let at = f.indexOf(normalizedQuery); at >= 0; at = f.indexOf(normalizedQuery, at + normalizedQuery.length)) {
      ranges.push([at, at + normalizedQuery.length]);
    }
  }
  if (ranges.length === 0 && normalizedQuery.length >= 2) {
    const grams = new Set<string>();
    for (let i = 0; i + 1 < normalizedQuery.length; i++) grams.add(normalizedQuery.slice(i, i + 2));
    let runStart = -1;
    for (let i = 0; i + 1 < f.length; i++) {
      if (grams.has(f.slice(i, i + 2))) {
        if (runStart < 0) runStart = i;
        continue;
      }
      if (runStart >= 0 && i - runStart >= 1) ranges.push([runStart, i + 1]);
      runStart = -1;
    }
    if (runStart >= 0) ranges.push([runStart, f.length]);
  }
  const toOriginal = ([s, e]: [number, number]): [number, number] => [folded.offsets[s], e >= f.length ? text.length : folded.offsets[e - 1] + 1];
  const original = ranges.map(toOriginal).filter(([s, e]) => e - s >= 2 || normalizedQuery.length < 2);
  const first = original.length ? original[0][0] : 0;
  const start = Math.max(0, first - lead);
  const end = Math.min(text.length, start + window);
  const highlights = original
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]) => ({ start: Math.max(s, start) - start, endExclusive: Math.min(e, end) - start }));
  return { snippet: text.slice(start, end), highlights };
}
