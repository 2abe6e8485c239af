/**
 * Traditional → simplified folding for matching and parsing (never for
 * display), from OpenCC's dictionaries (the pairs in `trad-simp-pairs.ts`).
 * Only one-to-one character mappings inside the Basic Multilingual Plane are
 * kept, so the fold is length-preserving and an offset in folded text is the
 * same offset in the original.
 */
import { tradSimpPairs } from './trad-simp-pairs';

/** Every traditional (or variant) → simplified character pair OpenCC gives one for. */
export const tradToSimp: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < tradSimpPairs.length; i += 2) map.set(tradSimpPairs[i], tradSimpPairs[i + 1]);
  return map;
})();

/** The simplified form of a traditional character, or the character itself. */
export function simplifiedOf(ch: string): string {
  return tradToSimp.get(ch) ?? ch;
}

/** The fold as a code-unit table (0: unchanged): one array read per character instead of a map lookup. */
const foldTable: Uint16Array = (() => {
  const table = new Uint16Array(0x10000);
  for (const [from, to] of tradToSimp) table[from.charCodeAt(0)] = to.charCodeAt(0);
  return table;
})();

/** A folded copy and where it differs from the text (ascending offsets; none when the text is simplified already). */
export interface Folding {
  readonly text: string;
  readonly changed: readonly number[];
}

/** The fold of a text with the offsets it changed, in one pass (one table read per code unit, no string built when nothing changes). */
export function foldToSimplified(text: string): Folding {
  const changed: number[] = [];
  const pieces: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const to = foldTable[text.charCodeAt(i)];
    if (to === 0) continue;
    changed.push(i);
    pieces.push(text.slice(from, i), String.fromCharCode(to));
    from = i + 1;
  }
  if (from === 0) return { text, changed };
  pieces.push(text.slice(from));
  // joined at once: a flat string, not a rope the first reader must flatten
  return { text: pieces.join(''), changed };
}

/** Length-preserving simplified copy of a text (one code unit in, one out), for parsing traditional-script copies. */
export function toSimplified(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const to = foldTable[text.charCodeAt(i)];
    if (to === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
