/**
 * Paragraph boundaries in a text whose line breaks were collapsed. A browser
 * or PDF copy joins the lines of a page with a space, an ideographic space or
 * the paragraph's indent (　　), not with nothing; inside a Chinese paragraph a
 * sentence end (。！？；) is not followed by whitespace, a former paragraph
 * break is. So a sentence end followed by whitespace starts a paragraph: the
 * unnumbered paragraphs of a plan (规划纲要) come back from that alone. Text
 * joined with nothing at all keeps no trace of its paragraphs: they stay
 * joined, and the layout's warning says so.
 */
import type { SourceLine } from './lines';
import { CN_NUM } from './numerals';

/** Characters that end a sentence. */
const sentenceEnds = new Set(['。', '！', '？', '；', '!', '?', ';']);
/** Closing quotes and brackets that may follow a sentence end before the paragraph ends (`…。”`). */
const closers = new Set(['”', '’', '」', '』', ')', '）', '】', '》']);
const colons = new Set(['：', ':']);
/** What each character may end, by code unit: 0 nothing, else a sentence, a lead-in (colon) or an aside (closing bracket). */
const sentenceEnd = 1;
const colonEnd = 2;
const asideEnd = 3;
const endKind = new Uint8Array(0x10000);
for (const ch of sentenceEnds) endKind[ch.charCodeAt(0)] = sentenceEnd;
for (const ch of colons) endKind[ch.charCodeAt(0)] = colonEnd;
for (const ch of [')', '）']) endKind[ch.charCodeAt(0)] = asideEnd;
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0a || c === 0x0d;

/**
 * Offsets where a paragraph starts after a sentence end and whitespace
 * (`…发展。　　加快…`), after a long lead-in's colon, or after a bracketed
 * aside that stands after a sentence (`…营业时间。（责任单位：市商务局）　　信阳市…`):
 * the first character after the whitespace.
 */
export function paragraphStarts(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const end = endKind[text.charCodeAt(i)];
    if (end === 0 || (end === colonEnd && !leadsIn(text, i)) || (end === asideEnd && !closesAside(text, i))) continue;
    let j = i + 1;
    while (j < text.length && closers.has(text[j])) j++;
    if (j >= text.length || !isSpace(text.charCodeAt(j))) continue;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    if (j < text.length) out.push(j);
    i = j - 1;
  }
  return out;
}

/** Tunables of the paragraph rebuild. */
export const collapsedParagraphOptions = {
  /**
   * a colon ends a paragraph (`…必须遵循的原则：　　——坚持…`) when the words
   * before it run at least this long: a field label (`信息来源: 市政府办`,
   * `文  号: …`) is shorter and stays on its line
   */
  minLeadIn: 10,
} as const;

/** True when the colon at `at` closes a lead-in sentence, not a field label: enough words before it since the last space or stop. */
function leadsIn(text: string, at: number): boolean {
  let n = 0;
  for (let i = at - 1; i >= 0 && n < collapsedParagraphOptions.minLeadIn; i--, n++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || sentenceEnds.has(text[i]) || colons.has(text[i])) break;
  }
  return n >= collapsedParagraphOptions.minLeadIn;
}

/** A 专栏 box's opening words, up to its title (`专栏：`, `专栏3 `). */
const boxOpening = new RegExp(`^专\\s*栏\\s*(?:[0-9０-９]+|${CN_NUM}+)?\\s*[:：]?\\s*`);
/** How long a 专栏 box's title may be (as headings.ts reads it). */
const maxBoxTitle = 40;

/**
 * Where the body after a collapsed 专栏 box's title starts
 * (`专栏:创新能力建设重大工程 创新型企业培育工程。…`): after the first
 * whitespace that follows the title, when that comes before any sentence end.
 */
export function boxTitleEnds(text: string, lines: readonly SourceLine[]): number[] {
  const out: number[] = [];
  for (const line of lines) {
    if (text[line.contentStart] !== '专') continue;
    const m = boxOpening.exec(text.slice(line.contentStart, line.contentStart + 12));
    if (!m) continue;
    const from = line.contentStart + m[0].length;
    const limit = Math.min(line.contentEnd, from + maxBoxTitle + 1);
    let i = from;
    while (i < limit && !isSpace(text.charCodeAt(i)) && !sentenceEnds.has(text[i])) i++;
    if (i === from || i >= limit || !isSpace(text.charCodeAt(i))) continue;
    while (i < line.contentEnd && isSpace(text.charCodeAt(i))) i++;
    if (i < line.contentEnd) out.push(i);
  }
  return out;
}

/** Opening bracket of each closing one. */
const openerOf: Readonly<Record<string, string>> = { ')': '(', '）': '（' };
/** How far back the opening bracket of an aside may be. */
const maxAside = 200;

/** The status a title ends with in brackets: `…若干措施（征求意见稿）`, `…纲要(草案)`. */
const titleStatus = /^[\s\u3000]*(?:征求意见稿|草案|送审稿|讨论稿|修订稿|代拟稿|试行|暂行)[\s\u3000]*$/;

/**
 * True when the closing bracket at `at` ends an aside that opened after a
 * sentence end or a space (`。(市科技局负责)`, `（责任单位：…）`): what closes
 * a measure or stands on a line of its own; or a title's status
 * (`…若干措施（征求意见稿）`), which ends the title's line. A bracket inside
 * a sentence (`按照《…》(豫办〔2020〕17号) 要求`) is neither.
 */
function closesAside(text: string, at: number): boolean {
  const opener = openerOf[text[at]];
  if (!opener) return false;
  for (let i = at - 1; i >= 0 && at - i <= maxAside; i--) {
    if (text[i] === text[at]) return false;
    if (text[i] !== opener) continue;
    if (i === 0 || titleStatus.test(text.slice(i + 1, at))) return true;
    const c = text.charCodeAt(i - 1);
    return isSpace(c) || sentenceEnds.has(text[i - 1]);
  }
  return false;
}

/** `分享到:` and the share targets a page prints after it. */
const shareLabel = /分[ \u3000]?享[ \u3000]?[到至][ \u3000]*[:：]((?:[\s\u3000]*(?:微信|微博|QQ空间|QQ|朋友圈))*)/g;

/**
 * Where the text after a collapsed `分享到:` starts (`分享到: 驻马店市国民经济…`):
 * the page's share bar ends its own line, so the document's title after it
 * is not read as page chrome.
 */
export function shareBarEnds(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(shareLabel)) {
    let j = (m.index ?? 0) + m[0].length;
    if (j >= text.length || !isSpace(text.charCodeAt(j))) continue;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    if (j < text.length) out.push(j);
  }
  return out;
}
