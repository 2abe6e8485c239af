/**
 * Every numbering form a policy document prints, in one table: 第一部分, 第一篇,
 * 第一章, 第一节, 第一条, 一、, (一), 1., (1), ①, 1). The segmenter, the matching
 * features, the word diff, the soft-break joiner, the collapsed-layout reader
 * and the compare view all ask this module; adding a form is one entry here
 * plus its example in the table test.
 */
import { CN_NUM, chineseToNumber } from './numerals';

/** What a numbering form marks in a document's structure. */
export type NumberingRole =
  | 'part' // 第一部分, 第一篇
  | 'chapter' // 第一章
  | 'plan-section' // 第一节
  | 'article' // 第一条
  | 'section' // 一、 (a heading, or a measure that opens with a sentence)
  | 'item' // (一)
  | 'measure' // 1.
  | 'sub-item'; // (1), ①, 1): numbered clauses inside a measure

/** One printed form of numbering. */
export interface NumberingForm {
  readonly name: string;
  readonly role: NumberingRole;
  /** anchored at the start; group 1 is the numeral, group 2 (when present) the separator */
  readonly pattern: RegExp;
  /** every character the form may start with (a text starting otherwise is not tried against the pattern) */
  readonly opens: string;
  /** a line printed with this form, and the number it carries (for the table test) */
  readonly example: string;
  readonly exampleNumber: number;
}

const NUM = `(${CN_NUM}+|[0-9０-９]{1,3})`;
const SP = '[\\s\\u3000]*';
const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const cnDigits = '零〇一二两三四五六七八九十百';
const digits = '0123456789０１２３４５６７８９';
const brackets = '(（';

/** The forms, the more specific first (第一部分 before 第一篇; (一) before (1)). */
export const numberingForms: readonly NumberingForm[] = [
  {
    name: '第X部分',
    role: 'part',
    pattern: new RegExp(`^第${SP}${NUM}${SP}(部分)${SP}`),
    opens: '第',
    example: '第一部分 总体要求',
    exampleNumber: 1,
  },
  {
    name: '第X篇',
    role: 'part',
    pattern: new RegExp(`^第${SP}${NUM}${SP}(篇)${SP}`),
    opens: '第',
    example: '第二篇 坚持创新驱动',
    exampleNumber: 2,
  },
  {
    name: '第X章',
    role: 'chapter',
    pattern: new RegExp(`^第${SP}${NUM}${SP}(章)${SP}`),
    opens: '第',
    example: '第十二章 发展环境',
    exampleNumber: 12,
  },
  {
    name: '第X节',
    role: 'plan-section',
    pattern: new RegExp(`^第${SP}${NUM}${SP}(节)${SP}`),
    opens: '第',
    example: '第3节 新机遇',
    exampleNumber: 3,
  },
  {
    name: '第X条',
    role: 'article',
    pattern: new RegExp(`^第${SP}${NUM}${SP}(条)(?![款项])[\\s\\u3000:：、.．]*`),
    opens: '第',
    example: '第1条 为规范管理，制定本办法。',
    exampleNumber: 1,
  },
  {
    name: '一、',
    role: 'section',
    pattern: new RegExp(`^(${CN_NUM}{1,3})${SP}([、，,.．])${SP}`),
    opens: cnDigits,
    example: '二十三、持续强化产业链群培育',
    exampleNumber: 23,
  },
  {
    name: '(一)',
    role: 'item',
    pattern: new RegExp(`^[(（]${SP}(${CN_NUM}{1,4})${SP}[)）]${SP}`),
    opens: brackets,
    example: '（十一）加大财政支持力度。',
    exampleNumber: 11,
  },
  {
    name: '1.',
    role: 'measure',
    pattern: new RegExp(`^([0-9０-９]{1,3})${SP}([.．、，])(?![0-9０-９])${SP}`),
    opens: digits,
    example: '12．做强产业链群。',
    exampleNumber: 12,
  },
  {
    name: '(1)',
    role: 'sub-item',
    pattern: new RegExp(`^[(（]${SP}([0-9０-９]{1,3})${SP}[)）]${SP}`),
    opens: brackets,
    example: '（1）新建5G基站。',
    exampleNumber: 1,
  },
  {
    name: '①',
    role: 'sub-item',
    pattern: new RegExp(`^([${circled}])${SP}`),
    opens: circled,
    example: '③开展专项行动。',
    exampleNumber: 3,
  },
  {
    name: '1)',
    role: 'sub-item',
    pattern: new RegExp(`^([0-9０-９]{1,3})[)）](?![0-9０-９])${SP}`),
    opens: digits,
    example: '2）完善配套政策。',
    exampleNumber: 2,
  },
];

/** A numbering read at the start of a text. */
export interface Numbering {
  readonly form: NumberingForm;
  readonly role: NumberingRole;
  readonly number: number;
  /** the numeral as printed (`十一`, `12`, `③`) */
  readonly numeral: string;
  /** the separator after a `一、` or `1.` numeral, '' for the others */
  readonly separator: string;
  /** the structural word of a 第X… form: 部分, 篇, 章, 节, 条; '' for the others */
  readonly word: string;
  /** characters the numbering takes, spaces after it included */
  readonly length: number;
}

/** Folds full-width digits so `１２` reads as 12. */
export function toAsciiDigits(text: string): string {
  let wide = false;
  for (let i = 0; i < text.length && !wide; i++) wide = text.charCodeAt(i) >= 0xff10 && text.charCodeAt(i) <= 0xff19;
  return !wide ? text : text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

function valueOf(form: NumberingForm, numeral: string): number {
  if (form.name === '①') return circled.indexOf(numeral) + 1;
  return chineseToNumber(toAsciiDigits(numeral));
}

/** The forms that may start with each character (code unit), in table order: a line is tried only against these. */
const formsByOpener: ReadonlyMap<number, readonly NumberingForm[]> = (() => {
  const map = new Map<number, NumberingForm[]>();
  for (const form of numberingForms) {
    for (const ch of form.opens) {
      const code = ch.charCodeAt(0);
      map.set(code, [...(map.get(code) ?? []), form]);
    }
  }
  return map;
})();

/** The numbering `text` starts with (no leading spaces), or null. */
export function readNumbering(text: string): Numbering | null {
  const forms = formsByOpener.get(text.charCodeAt(0));
  if (!forms) return null;
  for (const form of forms) {
    const m = form.pattern.exec(text);
    if (!m) continue;
    const number = valueOf(form, m[1]);
    if (!Number.isFinite(number)) continue;
    const structural = form.name.startsWith('第');
    return {
      form,
      role: form.role,
      number,
      numeral: m[1],
      separator: structural ? '' : (m[2] ?? ''),
      word: structural ? m[2] : '',
      length: m[0].length,
    };
  }
  return null;
}

const leadingSpace = /^[\s\u3000]*/;

/** Length of the numbering (leading spaces included) a text starts with; 0 when it starts with none. */
export function numberingLength(text: string): number {
  const lead = leadingSpace.exec(text)?.[0].length ?? 0;
  const n = readNumbering(text.slice(lead));
  return n ? lead + n.length : 0;
}

/** The text without the numbering it starts with (`第1条 为规范…` → `为规范…`). */
export function stripNumbering(text: string): string {
  const n = numberingLength(text);
  return n > 0 ? text.slice(n) : text;
}

/** True when a text starts with any numbering form (a line break before it is a real one). */
export function startsWithNumbering(text: string): boolean {
  return numberingLength(text) > 0;
}

/** How a unit's number reads on its own, in a column header or a list: `3.`, `(三)`, `三、`, `第三条`; `段` for a paragraph. */
export function displayLabel(unit: { readonly kind: string; readonly label: string }): string {
  if (!unit.label) return '段';
  if (unit.kind === 'measure' && /^\d+$/.test(unit.label)) return `${unit.label}.`;
  if (unit.kind === 'point' && !/[、，,.．]$/.test(unit.label)) return `${unit.label}、`;
  return unit.label;
}
