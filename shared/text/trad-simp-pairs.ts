/**
 * The traditional → simplified character pairs, computed from OpenCC's
 * dictionaries (`opencc-js`): the Taiwan and Hong Kong variant tables, then
 * OpenCC's traditional → simplified characters, through OpenCC's own
 * converter. Only one-to-one mappings inside the Basic Multilingual Plane are
 * kept, so each pair is two code units and the fold is length-preserving.
 * Plain data (one string) so the CLI's bundle can compute it once when it is
 * built instead of at every start (see `electron/cli/bundle.mjs`).
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

/** Every pair OpenCC gives, traditional (or variant) then simplified, concatenated: `from₁to₁from₂to₂…`. */
export const tradSimpPairs: string = (() => {
  const convert = ConverterFactory([TWVariantsRev, HKVariantsRev], [TSCharacters]);
  const from = sourceCharacters(TWVariantsRev, HKVariantsRev, TSCharacters);
  // One converter call over the characters one per line: no phrase can span two of them.
  const to = convert(from.join('\n')).split('\n');
  if (to.length !== from.length) return '';
  let pairs = '';
  from.forEach((ch, i) => {
    if (to[i].length === 1 && to[i] !== ch) pairs += ch + to[i];
  });
  return pairs;
})();
