/**
 * What a line is, from its first characters: a heading (篇/章/节, 一、, 专栏,
 * 目录) or the start of a numbered unit (`1.`/`1．`/`1、`, `(一)`/`（一）`,
 * `第一条`, or a `一、` that opens a sentence rather than a heading).
 * Pure pattern reading; whether a number is in sequence is decided later.
 */
import { assertNever } from './assert-never';
import { CN_NUM } from './numerals';
import { readNumbering, toAsciiDigits, type Numbering } from './numbering';

/** The reading of one line's content. */
export type LineClass =
  | { readonly kind: 'part' | 'chapter' | 'plan-section'; readonly number: number; readonly label: string; readonly title: string }
  | { readonly kind: 'section'; readonly number: number; readonly label: string; readonly title: string }
  | { readonly kind: 'measure' | 'item'; readonly number: number; readonly label: string; readonly rest: string }
  /** `一、加大财政支持力度。市财政…`: a top-level number opening a sentence, not a heading; label is the numeral (`一`) */
  | { readonly kind: 'point'; readonly number: number; readonly label: string; readonly rest: string }
  /** `第一条 为规范…`: an article (条) of a 办法; label as printed without spaces (`第一条`) */
  | { readonly kind: 'article'; readonly number: number; readonly label: string; readonly rest: string }
  /** `(1)`, `①`, `1)`: a numbered clause inside a measure, never a unit of its own */
  | { readonly kind: 'sub-item'; readonly number: number; readonly label: string; readonly rest: string }
  | { readonly kind: 'column'; readonly label: string; readonly title: string }
  | { readonly kind: 'toc' }
  | { readonly kind: 'text' };

const columnHeading = new RegExp(`^专\\s*栏\\s*(?:[0-9０-９]+|${CN_NUM}+)?\\s*[:：]?\\s*(.*)$`);
const tocHeading = /^目\s*录$/;
const planKinds = { part: 'part', chapter: 'chapter', 'plan-section': 'plan-section' } as const;

/** A heading title is short and holds no full stop before its end. */
export function isHeadingTitle(title: string, max = 60): boolean {
  const body = title.replace(/[。.]\s*$/, '');
  return body.length > 0 && body.length <= max && !/[。；;]/.test(body);
}

/** Reads a line's content as heading, unit start or plain text; the numbering forms come from numbering.ts (`numbering`: read already). */
export function classifyLine(content: string, numbering?: Numbering | null): LineClass {
  if (content.length === 0) return { kind: 'text' };
  const first = content[0];
  if (first === '专') {
    const m = columnHeading.exec(content);
    if (m && isHeadingTitle(m[1] || '专栏', 40)) return { kind: 'column', label: '专栏', title: m[1].trim() };
  }
  if (first === '目' && tocHeading.test(content)) return { kind: 'toc' };
  const n = numbering === undefined ? readNumbering(content) : numbering;
  if (!n) return { kind: 'text' };
  const rest = content.slice(n.length);
  switch (n.role) {
    case 'part':
    case 'chapter':
    case 'plan-section':
      if (isHeadingTitle(rest, 50))
        return { kind: planKinds[n.role], number: n.number, label: `第${n.numeral}${n.word}`, title: rest.trim() };
      return { kind: 'text' };
    case 'article':
      return { kind: 'article', number: n.number, label: `第${n.numeral}条`, rest };
    case 'item':
      return { kind: 'item', number: n.number, label: content.slice(0, n.length).trim(), rest };
    case 'measure':
      return { kind: 'measure', number: n.number, label: toAsciiDigits(n.numeral), rest };
    case 'sub-item':
      return { kind: 'sub-item', number: n.number, label: content.slice(0, n.length).trim(), rest };
    case 'section':
      if (rest.length === 0) return { kind: 'text' };
      if (isHeadingTitle(rest)) return { kind: 'section', number: n.number, label: `${n.numeral}、`, title: rest.trim() };
      if (n.separator !== '，' && n.separator !== ',') return { kind: 'point', number: n.number, label: n.numeral, rest };
      return { kind: 'text' };
    default:
      return assertNever(n.role);
  }
}
