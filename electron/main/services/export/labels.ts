/** Texts shared by the .docx and .html 对照表. */
import { tierText } from '../../../../shared/engine/align/tiers';
import type { PairTier } from '../../../../shared/model/comparison';
import type { Direction } from './row-status';
import type { Column } from './table-model';

/** One header-block line for a document: title (文号, date), 基准 marked. */
export function describeColumn(column: Column): string {
  const extra = [column.docNumber, column.date].filter((x) => x !== '');
  return `${column.title}${extra.length ? `(${extra.join(',')})` : ''}${column.isPivot ? '(基准)' : ''}`;
}

const tiers = (['same-clause', 'same-matter', 'related'] as const).map((t) => `${tierText[t].label}:${tierText[t].meaning}`).join(';');
const rest = `“序号”下注明每行状态(相同、修改、新增、删除、位置调整)和对应程度(${tiers}),“说明”栏列出指标、责任单位的变化和批注。`;

/** The tier of a row as the 序号 cell prints it ('' for a row of one document). */
export const tierLabel = (tier: PairTier | null): string => (tier ? tierText[tier].label : '');

/** The legend under the title, in pieces: [marked sample, its meaning] for deletions and additions, then the rest. */
export function legendText(direction: Direction): {
  readonly deleted: readonly [string, string];
  readonly inserted: readonly [string, string];
  readonly rest: string;
} {
  return direction === 'base-is-old'
    ? {
        deleted: ['删除线', '为基准文件有、对照文件删去的文字;'],
        inserted: ['加粗下划线', '为对照文件新增的文字。'],
        rest,
      }
    : {
        deleted: ['删除线', '为先例有、本稿删去的文字;'],
        inserted: ['加粗下划线', '为本稿新增或改写的文字。'],
        rest,
      };
}

/** A file name for an export: the title, cut (if it must be) only outside brackets, without characters file systems refuse. */
export function exportFileName(title: string, extension: string, max = 80): string {
  // eslint-disable-next-line no-control-regex -- the control characters are what this pattern is for
  const safe = title.replace(/[\\/:*?"<>|\u0000-\u001F]/g, '_').trim() || '对照表';
  const chars = [...safe];
  if (chars.length <= max) return `${safe}.${extension}`;
  const pairs: Readonly<Record<string, string>> = { '《': '》', '（': '）', '〔': '〕', '【': '】', '[': ']', '(': ')', '“': '”' };
  const closers = new Set(Object.values(pairs));
  const open: string[] = [];
  let lastOutside = 0;
  for (let i = 0; i < max; i++) {
    if (pairs[chars[i]]) open.push(chars[i]);
    else if (closers.has(chars[i])) open.pop();
    if (open.length === 0) lastOutside = i + 1;
  }
  let cut: string;
  if (lastOutside > max / 2) cut = chars.slice(0, lastOutside).join('');
  else {
    // the bracket that is open at the cut is closed, so no name ends inside one
    const stack: string[] = [];
    const kept = chars.slice(0, max - 2);
    for (const c of kept) {
      if (pairs[c]) stack.push(c);
      else if (closers.has(c)) stack.pop();
    }
    cut = `${kept.join('')}…${stack
      .reverse()
      .map((c) => pairs[c])
      .join('')}`;
  }
  cut = cut.replace(/[,,、与及和]+$/, '');
  return `${cut}.${extension}`;
}
