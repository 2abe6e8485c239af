/**
 * Matching-only normalisation. Nothing here changes what the user sees: the
 * parser keeps original characters and offsets, and the engine folds copies.
 * `foldChar`/`foldWidth` are length-preserving (one UTF-16 unit in, one out),
 * so offsets computed on folded text are valid in the original.
 */
import { simplifiedOf } from './trad-simp';

const IDEOGRAPHIC_SPACE = 0x3000;

/** Punctuation folded to one ASCII representative per class (、，→ , ；→ ; …). */
const punctuationClass: Readonly<Record<string, string>> = {
  '、': ',', '，': ',', '﹐': ',',
  '；': ';', '：': ':',
  '（': '(', '）': ')', '﹙': '(', '﹚': ')',
  '【': '[', '】': ']', '〔': '[', '〕': ']', '［': '[', '］': ']', '〖': '[', '〗': ']',
  '“': '"', '”': '"', '‘': '"', '’': '"', '「': '"', '」': '"', '『': '"', '』': '"', '＂': '"', "'": '"',
  '—': '-', '–': '-', '－': '-', '‐': '-', '‑': '-', '～': '~', '〜': '~',
  '．': '.', '｡': '。', '！': '!', '？': '?', '·': '·', '・': '·',
  '〈': '<', '〉': '>', '《': '《', '》': '》',
};

/** Folds one character for matching: full-width → half-width, punctuation classes, traditional → simplified. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return ch === "'" ? '"' : ch;
  const punct = punctuationClass[ch];
  if (punct !== undefined) return punct;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === IDEOGRAPHIC_SPACE || code === 0x00a0) return ' ';
  return simplifiedOf(ch);
}

/** Length-preserving fold of a whole string (same offsets as the input). */
export function foldWidth(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const folded = foldChar(ch);
    if (folded !== ch) {
      out += text.slice(runStart, i) + folded;
      runStart = i + 1;
    }
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

/** Normalised text plus, for each of its characters, the offset of the original character it came from. */
export interface FoldedText {
  readonly text: string;
  readonly offsets: Int32Array;
}

/** True for a character dropped by `normalizeForMatch`: whitespace and markdown emphasis/heading marks. */
export function isIgnorableForMatch(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v' ||
    ch === '\u3000' || ch === '\u00a0' || ch === '#' || ch === '*' || ch === '\ufeff' || ch === '\u200b';
}

/**
 * Folds and drops whitespace and markdown marks, keeping a map back to the
 * original offsets. Lines broken mid-sentence join, `3.5 亿元` becomes `3.5亿元`.
 */
export function foldForMatch(text: string): FoldedText {
  const offsets = new Int32Array(text.length);
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (isIgnorableForMatch(ch)) continue;
    parts.push(foldChar(ch));
    offsets[n++] = i;
  }
  return { text: parts.join(''), offsets: offsets.slice(0, n) };
}

/** The matching form of a text: folded, without whitespace or markdown marks. */
export function normalizeForMatch(text: string): string {
  return foldForMatch(text).text;
}
