/**
 * What a line is, from its first characters: a heading (篇/章/节, 一、, 专栏,
 * 目录) or the start of a numbered unit (`1.`/`1．`/`1、`, `(一)`/`（一）`,
 * `第一条`, or a `一、` that opens a sentence rather than a heading).
 * Pure pattern reading; whether a number is in sequence is decided later.
 */
import { CN_NUM, chineseToNumber } from './numerals';

/** The reading of one line's content. */
export type LineClass =
  | { readonly kind: 'part' | 'chapter' | 'plan-section'; readonly number: number; readonly label: string; readonly title: string }
  | { readonly kind: 'section'; readonly number: number; readonly label: string; readonly title: string }
  | { readonly kind: 'measure' | 'item'; readonly number: number; readonly label: string; readonly rest: string }
  /** `一、加大财政支持力度。市财政…`: a top-level number opening a sentence, not a heading; label is the numeral (`一`) */
  | { readonly kind: 'point'; readonly number: number; readonly label: string; readonly rest: string }
  /** `第一条 为规范…`: an article (条) of a 办法; label as printed without spaces (`第一条`) */
  | { readonly kind: 'article'; readonly number: number; readonly label: string; readonly rest: string }
  | { readonly kind: 'column'; readonly label: string; readonly title: string }
  | { readonly kind: 'toc' }
  | { readonly kind: 'text' };

const NUM = `(${CN_NUM}+|[0-9０-９]{1,3})`;
const planHeading = new RegExp(`^第\\s*${NUM}\\s*(篇|章|节)\\s*(.*)$`);
const sectionHeading = new RegExp(`^(${CN_NUM}{1,3})\\s*([、，,.．])\\s*(.+)$`);
const articleStart = new RegExp(`^第\\s*${NUM}\\s*条(?![款项])[\\s:：、.．]*`);
const measureStart = /^([0-9０-９]{1,3})\s*[.．、，](?![0-9０-９])\s*/;
const itemStart = new RegExp(`^[(（]\\s*(${CN_NUM}{1,4})\\s*[)）]\\s*`);
const columnHeading = new RegExp(`^专\\s*栏\\s*(?:[0-9０-９]+|${CN_NUM}+)?\\s*[:：]?\\s*(.*)$`);
const tocHeading = /^目\s*录$/;
const planKinds = { 篇: 'part', 章: 'chapter', 节: 'plan-section' } as const;

/** Folds full-width digits so `１２` reads as 12. */
function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** A heading title is short and holds no full stop before its end. */
export function isHeadingTitle(title: string, max = 60): boolean {
  const body = title.replace(/[。.]\s*$/, '');
  return body.length > 0 && body.length <= max && !/[。；;]/.test(body);
}

/** Reads a line's content as heading, unit start or plain text. */
export function classifyLine(content: string): LineClass {
  if (content.length === 0) return { kind: 'text' };
  const first = content[0];
  if (first === '第') {
    const m = planHeading.exec(content);
    if (m && isHeadingTitle(m[3], 50)) {
      const kind = planKinds[m[2] as keyof typeof planKinds];
      return { kind, number: chineseToNumber(toAsciiDigits(m[1])), label: `第${m[1]}${m[2]}`, title: m[3].trim() };
    }
    const a = articleStart.exec(content);
    if (a) return { kind: 'article', number: chineseToNumber(toAsciiDigits(a[1])), label: `第${a[1]}条`, rest: content.slice(a[0].length) };
  }
  if (first === '(' || first === '（') {
    const m = itemStart.exec(content);
    if (m) return { kind: 'item', number: chineseToNumber(m[1]), label: content.slice(0, m[0].length).trim(), rest: content.slice(m[0].length) };
  }
  if (first >= '0' && first <= '9' || first >= '０' && first <= '９') {
    const m = measureStart.exec(content);
    if (m) return { kind: 'measure', number: Number(toAsciiDigits(m[1])), label: toAsciiDigits(m[1]), rest: content.slice(m[0].length) };
  }
  if (first === '专') {
    const m = columnHeading.exec(content);
    if (m && isHeadingTitle(m[1] || '专栏', 40)) return { kind: 'column', label: '专栏', title: m[1].trim() };
  }
  if (first === '目' && tocHeading.test(content)) return { kind: 'toc' };
  const s = sectionHeading.exec(content);
  if (!s) return { kind: 'text' };
  if (isHeadingTitle(s[3])) return { kind: 'section', number: chineseToNumber(s[1]), label: `${s[1]}、`, title: s[3].trim() };
  if (s[2] !== '，' && s[2] !== ',') return { kind: 'point', number: chineseToNumber(s[1]), label: s[1], rest: s[3] };
  return { kind: 'text' };
}
