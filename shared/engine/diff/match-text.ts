/**
 * The matching copy of a text for the word diff: what the diff options say to
 * ignore is folded or dropped, and every character keeps the offset of the
 * original character it came from, so ops can show original characters.
 */
import type { DiffOptions } from '../../model/comparison';
import { foldCode, fromCodes } from '../../text/normalize';

/** A text as the diff compares it, with a map back to the original. */
export interface MatchText {
  readonly original: string;
  readonly text: string;
  /** offsets[i] = offset in `original` of `text[i]` */
  readonly offsets: Int32Array;
}

/** What `ignoreWhitespace` drops: JavaScript's `\s` and the zero-width space. */
const whitespace: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const ch of '\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff\u200b') table[ch.charCodeAt(0)] = 1;
  for (let c = 0x2000; c <= 0x200a; c++) table[c] = 1;
  return table;
})();

/**
 * Level words that always differ between a city and a district document
 * (全市/全区, 市委/区委, 市科技局/区科技局): the level character is folded to 市.
 */
const levelWord =
  /(^|[^\u4e00-\u9fff]|[全本我各和与及由在])[区县](?=[\u4e00-\u9fff]{0,12}?(?:局|委|办|中心|部|院|会|室|政府|分行|支行|队|所|站|处|馆))|([全本我])[区县]|[区县](?=委|政府|级|直|属|域内)/g;

/** Folds the level words of a text (length-preserving: 区/县 → 市 in level contexts). */
export function foldLevelWords(text: string): string {
  return text.replace(levelWord, (m) => m.slice(0, -1) + '市');
}

/** Builds the matching copy of `original` under the diff options. */
export function matchText(original: string, options: DiffOptions): MatchText {
  const offsets = new Int32Array(original.length);
  const codes = new Uint16Array(original.length);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (options.ignoreWhitespace && whitespace[c] === 1) continue;
    codes[n] = options.ignorePunctuationWidth ? foldCode(c) : c;
    offsets[n++] = i;
  }
  const text = fromCodes(codes, n);
  return { original, text: options.ignoreLevelWords ? foldLevelWords(text) : text, offsets: offsets.slice(0, n) };
}

/** Original offset where matching character `i` starts; `text.length` maps to the end of the original. */
export function originalOffset(m: MatchText, i: number): number {
  return i >= m.text.length ? m.original.length : m.offsets[i];
}
