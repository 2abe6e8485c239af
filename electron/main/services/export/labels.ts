/** Texts shared by the .docx and .html 对照表. */
import type { Column } from './table-model';

/** The heading of every exported table. */
export const tableTitle = '对照表';

/** One header-block line for a document: title (文号, date), 基准 marked. */
export function describeColumn(column: Column): string {
  const extra = [column.docNumber, column.date].filter((x) => x !== '');
  return `${column.title}${extra.length ? `(${extra.join(',')})` : ''}${column.isPivot ? ' [基准]' : ''}`;
}
