/**
 * Word tokens for the diff: sentences are segmented one at a time with
 * Intl.Segmenter (Node 20's segmenter is quadratic on long strings), and a
 * number with its unit (`40亿元`, `3.5 亿元`, `2-3名`, `80%`) is one token.
 *
 * The segmenter is the costliest step of a comparison, so it is given only
 * what needs it: punctuation that always ends a word is a token by itself,
 * and each piece between such punctuation is segmented alone (word breaks
 * never cross it, so the words are those of the whole sentence), once per
 * comparison: pieces such as 按职责分工负责 recur in nearly every measure.
 */
import { measureUnits, unitAlternation } from '../../text/measure-units';

/** A token: a half-open range of the matching text and its comparison key. */
export interface Token {
  readonly start: number;
  readonly endExclusive: number;
  readonly key: string;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const units = unitAlternation(measureUnits);
const number = '[0-9０-９]+(?:[.．][0-9０-９]+)?';
const numberToken = new RegExp(`${number}(?:[ \\t\\u3000]*[-~～—–至到][ \\t\\u3000]*${number})?(?:[ \\t\\u3000]*(?:${units}))?`, 'g');
/** 1 for a character that ends a sentence, 2 for one that may end a long one. */
const sentenceEnd: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const ch of '。；;！!？?\n') table[ch.charCodeAt(0)] = 1;
  for (const ch of '，,、：:') table[ch.charCodeAt(0)] = 2;
  return table;
})();
const maxSentence = 160;

/** Splits [start, end) of `text` into sentence ranges, cutting long ones at commas. */
export function sentences(text: string, start = 0, end = text.length): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const kind = sentenceEnd[text.charCodeAt(i)];
    if (kind === 1 || (i - s >= maxSentence && kind === 2) || i - s >= maxSentence * 2) {
      out.push([s, i + 1]);
      s = i + 1;
    }
  }
  if (s < end) out.push([s, end]);
  return out;
}

/** Characters of text given to the segmenter in one call: few calls (each costs as much as a few words), none long. */
const batchChars = 256;

/** Word lengths of the pieces of text seen in one comparison. */
export class WordMemo {
  private readonly lengths = new Map<string, readonly number[]>();

  /**
   * Segments the pieces not seen yet, several to a segmenter call, joined by
   * line breaks (a word boundary on both sides, so each piece gets the words
   * it would get alone).
   */
  learn(pieces: readonly string[]): void {
    let batch: string[] = [];
    let size = 0;
    for (const piece of pieces) {
      if (this.lengths.has(piece)) continue;
      // known to be on its way (a piece always has a word, so [] never stays)
      this.lengths.set(piece, []);
      batch.push(piece);
      size += piece.length + 1;
      if (size >= batchChars) {
        this.segmentBatch(batch);
        batch = [];
        size = 0;
      }
    }
    if (batch.length) this.segmentBatch(batch);
  }

  /** Lengths of the words of `piece`, in order. */
  wordLengths(piece: string): readonly number[] {
    let out = this.lengths.get(piece);
    if (!out?.length) {
      out = Array.from(segmenter.segment(piece), (seg) => seg.segment.length);
      this.lengths.set(piece, out);
    }
    return out;
  }

  private segmentBatch(batch: readonly string[]): void {
    if (batch.length === 1) {
      this.wordLengths(batch[0]);
      return;
    }
    const lists: number[][] = batch.map(() => []);
    let k = 0;
    let pieceStart = 0;
    for (const seg of segmenter.segment(batch.join('\n'))) {
      while (k < batch.length && seg.index >= pieceStart + batch[k].length) {
        pieceStart += batch[k].length + 1;
        k++;
      }
      // the separating line break before piece k
      if (k >= batch.length || seg.index < pieceStart) continue;
      lists[k].push(seg.segment.length);
    }
    batch.forEach((piece, i) => {
      const sum = lists[i].reduce((n, x) => n + x, 0);
      // a word across a line break would mean a segmenter that breaks otherwise: that piece is asked again alone
      if (sum === piece.length) this.lengths.set(piece, lists[i]);
      else this.wordLengths(piece);
    });
  }
}

/** Punctuation with no word-joining role (Unicode word-break class Other): a word boundary on both sides. */
const alwaysAlone = new Set('!#%&()*/?@[\\]{}、。〈〉《》「」『』【】〔〕〖〗〘〙〚〛〜〝〞〟‐‑‒–—―…“”！＃％＆（）＊／？＠［＼］｛｝～');
/** Punctuation that joins letters or digits on both sides (`3,5`, `a.b`, `a:b`); a boundary next to anything else. */
const joinsWords = new Set(',.:;\'"·‘’，．：；＇');
/** Marks and format characters: they attach to the character before them. */
const attaches = /[\p{M}\p{Cf}]/u;

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

function isHanOrSpaceOrPunctuation(ch: string | undefined): boolean {
  return ch === undefined || isHan(ch.charCodeAt(0)) || /\s/.test(ch) || alwaysAlone.has(ch) || joinsWords.has(ch);
}

/** True when text[i] is a word of one character whatever surrounds it in [start, end). */
function standsAlone(text: string, i: number, start: number, end: number): boolean {
  if (isHan(text.charCodeAt(i))) return false;
  const ch = text[i];
  const joins = joinsWords.has(ch);
  if (!joins && !alwaysAlone.has(ch)) return false;
  const next = i + 1 < end ? text[i + 1] : undefined;
  if (next !== undefined && next.charCodeAt(0) >= 0x300 && attaches.test(next)) return false;
  return !joins || isHanOrSpaceOrPunctuation(i > start ? text[i - 1] : undefined) || isHanOrSpaceOrPunctuation(next);
}

/** A stretch of a sentence: a token already (a number, a punctuation mark) or a piece for the segmenter. */
interface Part {
  readonly start: number;
  readonly end: number;
  /** the text of a piece for the segmenter; undefined for a token already */
  readonly piece?: string;
}

/** Splits [start, end) at the punctuation marks that stand alone. */
function pushParts(text: string, start: number, end: number, out: Part[]): void {
  let from = start;
  for (let i = start; i < end; i++) {
    if (!standsAlone(text, i, start, end)) continue;
    if (from < i) out.push({ start: from, end: i, piece: text.slice(from, i) });
    out.push({ start: i, end: i + 1 });
    from = i + 1;
  }
  if (from < end) out.push({ start: from, end, piece: text.slice(from, end) });
}

/** Tokenises [start, end) of a matching text: numbers with units atomic, the rest words, per sentence. */
export function tokenize(text: string, start = 0, end = text.length, memo = new WordMemo()): Token[] {
  const parts: Part[] = [];
  for (const [s, e] of sentences(text, start, end)) {
    const sentence = text.slice(s, e);
    let last = 0;
    numberToken.lastIndex = 0;
    for (let m = numberToken.exec(sentence); m; m = numberToken.exec(sentence)) {
      pushParts(text, s + last, s + m.index, parts);
      parts.push({ start: s + m.index, end: s + m.index + m[0].length });
      last = m.index + m[0].length;
    }
    pushParts(text, s + last, e, parts);
  }
  const pieces: string[] = [];
  for (const p of parts) if (p.piece !== undefined) pieces.push(p.piece);
  memo.learn(pieces);
  const out: Token[] = [];
  for (const p of parts) {
    if (p.piece === undefined) {
      out.push({ start: p.start, endExclusive: p.end, key: text.slice(p.start, p.end) });
      continue;
    }
    let s = p.start;
    for (const length of memo.wordLengths(p.piece)) {
      out.push({ start: s, endExclusive: s + length, key: text.slice(s, s + length) });
      s += length;
    }
  }
  return out;
}
