/**
 * Traditional → simplified folding for matching and parsing (never for
 * display), from OpenCC's dictionaries (`opencc-js`): the Taiwan and Hong Kong
 * variant tables, then OpenCC's traditional → simplified characters, through
 * OpenCC's own converter. Only one-to-one character mappings inside the Basic
 * Multilingual Plane are kept, so the fold is length-preserving and an offset
 * in folded text is the same offset in the original.
 */
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';

/** The characters OpenCC's dictionaries convert (their left-hand sides). */
function sourceCharacters(...dicts: readonly string[]): string[] {
  const chars = new Set<string>();
  for (const dict of dicts) {
    for (const entry of dict.split('|')) {
      const from = entry.slice(0, entry.indexOf(' '));
      if (from.length === 1) chars.add(from);
    }
  }
  return [...chars];
}

/** Every traditional (or variant) → simplified character pair OpenCC gives one for. */
export const tradToSimp: ReadonlyMap<string, string> = (() => {
  const convert = ConverterFactory([TWVariantsRev, HKVariantsRev], [TSCharacters]);
  const from = sourceCharacters(TWVariantsRev, HKVariantsRev, TSCharacters);
  // One converter call over the characters one per line: no phrase can span two of them.
  const to = convert(from.join('\n')).split('\n');
  const map = new Map<string, string>();
  if (to.length !== from.length) return map;
  from.forEach((ch, i) => {
    if (to[i].length === 1 && to[i] !== ch) map.set(ch, to[i]);
  });
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
