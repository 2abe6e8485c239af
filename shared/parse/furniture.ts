/**
 * Page furniture: lines a web page, a mirror site or a legal database adds
 * around a document (投稿/来源/时间, 发布时间/信息来源/分享到, 浏览次数,
 * 字号 大 中 小, 打印本页, 关闭窗口, 北大法宝's 【法宝引证码】 and 原文链接),
 * and markdown marks (#, **, >). Patterns are data; the parser keeps what they
 * find out of units, titles and meta, and lists it as `furniture`.
 */
import type { Furniture, Span } from '../model/document';
import { isBlank, type SourceLine } from './lines';

/** A whole-line pattern of page chrome, with a line it must recognise (the table test). */
export interface FurniturePattern {
  readonly name: string;
  readonly pattern: RegExp;
  readonly example: string;
}

const S = '[\\s\\u3000]*';
const bracketed = (words: string): RegExp => new RegExp(`^(?:[【\\[]${S}(?:${words})${S}[】\\]]${S})+$`);

/** Lines that are page chrome wherever they stand. */
export const furniturePatterns: readonly FurniturePattern[] = [
  { name: '分享到', pattern: /^分\s*享\s*(到|至)?\s*[:：]?\s*(微信|微博|QQ|QQ空间|朋友圈|\s)*$/i, example: '分享到:' },
  { name: '打印/关闭', pattern: bracketed('打印本页|打印|关闭窗口|关闭|返回顶部|收藏|纠错|保存'), example: '【打印本页】 【关闭窗口】' },
  {
    name: '打印本页',
    pattern: /^(?:(?:打印本页|打印此页|关闭窗口|关闭本页|返回顶部|返回|收藏本页|我要纠错|保存本页)[\s\u3000|｜]*)+$/,
    example: '打印本页 关闭窗口',
  },
  {
    name: '字号',
    pattern: new RegExp(
      `^[【\\[]?${S}(?:字号|字体|文字)${S}[:：]?${S}[\\[【]?${S}大${S}[\\]】]?${S}[\\[【]?${S}中${S}[\\]】]?${S}[\\[【]?${S}小${S}[\\]】]?${S}[】\\]]?.{0,30}$`,
    ),
    example: '【字体:大 中 小】',
  },
  { name: '字体', pattern: /^[【[]\s*字\s*体\s*[:：]?\s*[】\]]/, example: '【字体:】' },
  {
    name: '浏览次数',
    pattern: /^(?:浏览次数|浏览量|阅读次数|阅读量|阅读数|点击数|点击量|访问量|访问次数)\s*[:：]?\s*\d*\s*(次)?$/,
    example: '浏览次数:1024',
  },
  { name: '扫一扫', pattern: /^(扫一扫|用微信扫描|微信扫一扫|手机扫码|扫码)/, example: '扫一扫在手机打开当前页' },
  { name: '法宝引证码', pattern: /^[【[]\s*法宝引证码\s*[】\]]/, example: '【法宝引证码】CLI.12.345678' },
  {
    name: '原文链接',
    pattern: /^(原文链接|原文地址|本文链接|来源链接|网页链接)\s*[:：]/,
    example: '原文链接:http://www.gov.cn/zhengce/content/2024-01/01/content_1.htm',
  },
  { name: '网址', pattern: /^(https?:\/\/|www\.)\S+$/i, example: 'https://www.zhumadian.gov.cn/html/site/article.html' },
  { name: '北大法宝', pattern: /^(北大法宝|法宝引证码|pkulaw|【?\s*北大法宝|本篇法规|©|Copyright)/i, example: '北大法宝 www.pkulaw.com' },
  { name: '当前位置', pattern: /^(当前位置|您现在的位置|您的位置|所在位置)\s*[:：]/, example: '当前位置:首页 > 政务公开 > 政策文件' },
  { name: '上一篇', pattern: /^(上一篇|下一篇)\s*[:：]/, example: '上一篇:关于印发某某方案的通知' },
];

/** Labels of page chrome printed as `label: value` (投稿:huoruiqi 来源:市政府办 时间:…). */
const chromeLabels = [
  '投稿',
  '来源',
  '信息来源',
  '文章来源',
  '稿件来源',
  '稿源',
  '发布时间',
  '发布日期',
  '归集发布日期',
  '更新时间',
  '时间',
  '作者',
  '编辑',
  '责任编辑',
  '审核',
  '审校',
  '浏览次数',
  '浏览量',
  '阅读次数',
  '点击数',
  '访问量',
  '字号',
  '字体',
  '分享到',
];
/** Labels that name the document itself (文号, 成文日期): a line holding one of them is a header field, not chrome. */
const documentLabels = [
  '索引号',
  '文号',
  '发文字号',
  '成文日期',
  '发文日期',
  '印发日期',
  '名称',
  '标题',
  '有效性',
  '时效性',
  '主题分类',
  '关键词',
  '主题词',
  '发文机关',
  '发布机构',
  '发布机关',
  '发布部门',
  '公文种类',
  '实施日期',
  '施行日期',
  '效力级别',
  '法规类别',
  '组配分类',
  '体裁分类',
];
/** Chrome labels that need another chrome label beside them, or the page header, to count (`时间:` also opens body text). */
const weakLabels = new Set(['来源', '时间', '作者', '编辑', '审核', '审校', '更新时间']);

const spaced = (word: string): string => [...word].join(S);
const anyLabel = new RegExp(
  `(${[...chromeLabels, ...documentLabels]
    .sort((a, b) => b.length - a.length)
    .map(spaced)
    .join('|')})${S}[:：]`,
  'g',
);
/** The same labels, tried only at the start of a line (where chrome fields begin): most lines are rejected by this one test. */
const labelAtStart = new RegExp(`^[^]?(?:${anyLabel.source})`);
const squeezeSpaces = (s: string): string => s.replace(/[\s\u3000]+/g, '');

/** How a line reads as `label: value` chrome: 'strong', 'weak' (only weak labels), or null when it is not chrome. */
function chromeFields(content: string): 'strong' | 'weak' | null {
  if (!labelAtStart.test(content)) return null;
  const found = [...content.matchAll(anyLabel)];
  if (found.length === 0 || (found[0].index ?? 0) > 1) return null;
  let strong = found.length >= 2;
  for (const m of found) {
    const label = squeezeSpaces(m[1]);
    if (!chromeLabels.includes(label)) return null;
    if (!weakLabels.has(label)) strong = true;
  }
  return strong ? 'strong' : 'weak';
}

/** Every pattern in one expression, so a line is tried once. */
const anyPattern = new RegExp(furniturePatterns.map((p) => `(?:${p.pattern.source})`).join('|'), 'i');

/** True for a line that is page chrome by itself (a pattern, or chrome `label: value` fields); `header` admits weak labels. */
export function isFurnitureLine(content: string, header = true): boolean {
  if (content.length === 0 || content.length > 200) return false;
  if (anyPattern.test(content)) return true;
  if (!content.includes(':') && !content.includes('：')) return false;
  const fields = chromeFields(content);
  return fields === 'strong' || (fields === 'weak' && header && content.length <= 60 && !/[，,。；;]/.test(content));
}

/** A chrome label printed with its value on a line of its own (`发布时间:` ⏎ `2021-03-01 09:04`). */
const emptyValue = (content: string): boolean => /[:：]\s*$/.test(content) && !/^(分\s*享|字\s*[号体])/.test(content);
/** The value line under an empty chrome label: short, no sentence, no numbering. */
const valueLine = (content: string): boolean => content.length <= 40 && !/[。；;，,]/.test(content);

/** Lines of page chrome, by index: pattern lines anywhere, label lines in the header (before `bodyStart`), and their value lines. */
export function findFurnitureLines(lines: readonly SourceLine[], bodyStart: number): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line) || !isFurnitureLine(line.content, i < bodyStart)) continue;
    out.add(i);
    if (!emptyValue(line.content)) continue;
    let j = i + 1;
    while (j < lines.length && isBlank(lines[j])) j++;
    if (j < lines.length && valueLine(lines[j].content) && !isFurnitureLine(lines[j].content)) {
      out.add(j);
      i = j;
    }
  }
  return out;
}

/** Markdown marks in the text: `#` and `>` opening a line, `**`/`__` emphasis, `---` rules; as spans. */
export function markdownMarks(text: string): Span[] {
  const out: Span[] = [];
  // every mark holds one of these: most documents have none, and are not searched further
  if (text.indexOf('#') < 0 && text.indexOf('>') < 0 && text.indexOf('**') < 0 && text.indexOf('__') < 0 && text.indexOf('---') < 0)
    return out;
  const re = /^[ \t\u3000]*(#{1,6}[ \t\u3000]*|>[ \t\u3000]*)|\*\*+|__+|^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/gm;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    const lead = m[0].length - m[0].trimStart().length;
    if (m[0].trim() !== '') out.push({ start: at + lead, endExclusive: at + m[0].length });
  }
  return out;
}

/** The furniture of a document: chrome lines as printed, then markdown marks, in text order. */
export function furnitureOf(text: string, lines: readonly SourceLine[], chrome: ReadonlySet<number>, marks: readonly Span[]): Furniture[] {
  const out: Furniture[] = [...chrome].map((i) => ({
    kind: 'page' as const,
    text: lines[i].content,
    span: { start: lines[i].contentStart, endExclusive: lines[i].contentEnd },
  }));
  for (const m of marks) out.push({ kind: 'markdown', text: text.slice(m.start, m.endExclusive), span: m });
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** `text[start, end)` without the marks inside it (a unit's text as read, without `**`). */
export function withoutMarks(text: string, start: number, end: number, marks: readonly Span[]): string {
  let out = '';
  let at = start;
  for (const m of marks) {
    if (m.endExclusive <= at || m.start >= end) continue;
    out += text.slice(at, Math.max(at, m.start));
    at = Math.min(end, m.endExclusive);
  }
  return out + text.slice(at, end);
}
