/**
 * Matching-only normalisation. Nothing here changes what the user sees: the
 * parser keeps original characters and offsets, and the engine folds copies.
 * `foldCode`/`foldWidth` are length-preserving (one UTF-16 unit in, one out),
 * so offsets computed on folded text are valid in the original.
 */
import { tradToSimp } from './trad-simp';

const IDEOGRAPHIC_SPACE = 0x3000;

/** Punctuation folded to one ASCII representative per class (、，→ , ；→ ; …). */
const punctuationClass: Readonly<Record<string, string>> = {
  '、': ',',
  '，': ',',
  '﹐': ',',
  '；': ';',
  '：': ':',
  '（': '(',
  '）': ')',
  '﹙': '(',
  '﹚': ')',
  '【': '[',
  '】': ']',
  '〔': '[',
  '〕': ']',
  '［': '[',
  '］': ']',
  '〖': '[',
  '〗': ']',
  '“': '"',
  '”': '"',
  '‘': '"',
  '’': '"',
  '「': '"',
  '」': '"',
  '『': '"',
  '』': '"',
  '＂': '"',
  "'": '"',
  '—': '-',
  '–': '-',
  '－': '-',
  '‐': '-',
  '‑': '-',
  '～': '~',
  '〜': '~',
  '．': '.',
  '｡': '。',
  '！': '!',
  '？': '?',
  '·': '·',
  '・': '·',
  '〈': '<',
  '〉': '>',
  '《': '《',
  '》': '》',
};

/** Code unit → folded code unit, built once: full-width → half-width, punctuation classes, traditional → simplified. */
const foldTable: Uint16Array = (() => {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < table.length; c++) table[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) table[c] = c - 0xfee0;
  table[IDEOGRAPHIC_SPACE] = 0x20;
  table[0x00a0] = 0x20;
  table[0x27] = 0x22;
  for (const [from, to] of Object.entries(punctuationClass)) table[from.charCodeAt(0)] = to.charCodeAt(0);
  for (const [from, to] of tradToSimp) table[from.charCodeAt(0)] = to.charCodeAt(0);
  return table;
})();

/** Folds one code unit for matching: full-width → half-width, punctuation classes, traditional → simplified. */
export function foldCode(c: number): number {
  return foldTable[c];
}

/** Length-preserving fold of a whole string (same offsets as the input). */
export function foldWidth(text: string): string {
  const codes = new Uint16Array(text.length);
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = foldTable[c];
    if (codes[i] !== c) changed = true;
  }
  return changed ? fromCodes(codes, codes.length) : text;
}

const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Longest run of code units made into a string by one String.fromCharCode call (its arguments go on the stack). */
const fromCharCodeRun = 4096;

/**
 * Builds a string from code units (a lone surrogate becomes U+FFFD, length unchanged): short runs without a
 * surrogate by String.fromCharCode, which costs less than a decoder call on a unit's few hundred characters.
 */
export function fromCodes(codes: Uint16Array, length: number): string {
  const view = codes.subarray(0, length);
  if (length <= fromCharCodeRun) {
    let plain = true;
    for (let i = 0; i < length && plain; i++) plain = (view[i] & 0xf800) !== 0xd800;
    if (plain) return String.fromCharCode.apply(null, view as unknown as number[]);
  }
  return utf16.decode(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
}

/** Normalised text plus, for each of its characters, the offset of the original character it came from. */
export interface FoldedText {
  readonly text: string;
  readonly offsets: Int32Array;
}

const ignorable: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const ch of ' \t\n\r\f\v\u3000\u00a0#*\ufeff\u200b') table[ch.charCodeAt(0)] = 1;
  return table;
})();

/** True for a character dropped by `normalizeForMatch`: whitespace and markdown emphasis/heading marks. */
export function isIgnorableForMatch(ch: string): boolean {
  return ignorable[ch.charCodeAt(0)] === 1;
}

/**
 * Folds and drops whitespace and markdown marks, keeping a map back to the
 * original offsets. Lines broken mid-sentence join, `3.5 亿元` becomes `3.5亿元`.
 */
export function foldForMatch(text: string): FoldedText {
  const offsets = new Int32Array(text.length);
  const { codes, length } = foldCodes(text, offsets);
  return { text: fromCodes(codes, length), offsets: offsets.slice(0, length) };
}

/** Folded code units of `text` without the ignorable characters; their original offsets go into `offsets` when given. */
function foldCodes(text: string, offsets?: Int32Array): { codes: Uint16Array; length: number } {
  const codes = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (ignorable[c] === 1) continue;
    if (offsets) offsets[n] = i;
    codes[n++] = foldTable[c];
  }
  return { codes, length: n };
}

/**
 * `normalizeForMatch(text).slice(from, to)`, folding only as far as `to`: what a
 * search reads around a place it found (a number's neighbours) without the
 * whole text's matching form.
 */
export function foldedSlice(text: string, from: number, to = Infinity): string {
  const room = Math.min(text.length, to) - Math.max(0, from);
  if (room <= 0) return '';
  const codes = new Uint16Array(room);
  let k = 0;
  let n = 0;
  for (let i = 0; i < text.length && n < to; i++) {
    const c = text.charCodeAt(i);
    if (ignorable[c] === 1) continue;
    // a surrogate: decoded as normalizeForMatch decodes it (a lone one becomes U+FFFD)
    if (c >= 0xd800 && c <= 0xdfff) return normalizeForMatch(text).slice(from, to);
    if (n++ >= from) codes[k++] = foldTable[c];
  }
  return fromCodes(codes, k);
}

/** The matching form of a text: folded, without whitespace or markdown marks. */
export function normalizeForMatch(text: string): string {
  const { codes, length } = foldCodes(text);
  return fromCodes(codes, length);
}
