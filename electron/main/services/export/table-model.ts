/**
 * The 对照表 as plain data: columns (one per document, plus 说明), heading rows
 * and one row per aligned group with each cell's text split into diff runs.
 * Both the .docx and the .html writers render this model, so they agree.
 */
import type { ComparisonView, DocumentDetail, Note } from '../../../../shared/api/contract';
import type { AlignedGroup, DiffOp } from '../../../../shared/model/comparison';
import type { Unit } from '../../../../shared/model/document';
import { isRewritten } from '../../../../shared/engine/diff/rewritten';
import { joinSoftBreaks, joinSoftBreaksInOps } from '../../../../shared/text/soft-breaks';

/** A stretch of cell text: plain, deleted from the pivot (struck), inserted (underlined), or our remark about the cell. */
export interface Run {
  readonly kind: 'plain' | 'deleted' | 'inserted' | 'remark';
  readonly text: string;
}

/** One document's column: what the header block and the header row show. */
export interface Column {
  readonly title: string;
  /** 文号, '' when unknown */
  readonly docNumber: string;
  /** 成文日期 or 发布日期, '' when unknown */
  readonly date: string;
  readonly isPivot: boolean;
}

/** A cell: the member units' paragraphs, or no counterpart in that document. */
export type Cell =
  | { readonly kind: 'units'; readonly paragraphs: readonly (readonly Run[])[] }
  | { readonly kind: 'missing' };

/** A row of the table body: a pivot section heading spanning every column, or an aligned group. */
export type Row =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'group'; readonly cells: readonly Cell[]; readonly note: string };

/** The whole table, ready for a writer. */
export interface TableModel {
  readonly columns: readonly Column[];
  readonly includeNotes: boolean;
  readonly rows: readonly Row[];
}

/** The text shown for a document without a counterpart in a row. */
export const missingText = '无对应条款';
/** Said before a measure that shares too little with the base to mark word by word, as the compare view does. */
export const rewrittenRemark = '〔措辞大多不同,未逐词标注〕';
/** The header of the remarks column. */
export const notesHeader = '说明';

const columnOf = (doc: DocumentDetail, isPivot: boolean): Column => {
  const meta = doc.summary.meta;
  return {
    title: meta.title || doc.summary.fileName || doc.summary.id,
    docNumber: meta.docNumber ?? '',
    date: meta.writtenDate ?? meta.publishedDate ?? '',
    isPivot,
  };
};

/** Text as a cell shows it: characters XML cannot carry dropped, runs of blank lines kept as one line break. */
export function cellText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/\r\n?/g, '\n').replace(/\n[ \t\u3000]*(?:\n[ \t\u3000]*)+/g, '\n');
}

const opRuns = (ops: readonly DiffOp[]): Run[] =>
  joinSoftBreaksInOps(ops)
    .map((o): Run => ({ kind: o.op === 'equal' ? 'plain' : o.op === 'delete' ? 'deleted' : 'inserted', text: cellText(o.text) }))
    .filter((r) => r.text !== '');

function cellOf(view: ComparisonView, group: AlignedGroup, doc: number, units: ReadonlyMap<string, Unit>[]): Cell {
  const members = group.members.filter((m) => m.doc === doc);
  if (members.length === 0) return { kind: 'missing' };
  const paragraphs = members.map((m): Run[] => {
    const text = units[doc].get(m.unitId)?.text ?? m.label;
    const diff = doc === view.comparison.pivot ? undefined : group.diffs.find((d) => d.doc === doc && d.unitId === m.unitId);
    const plain: Run = { kind: 'plain', text: cellText(joinSoftBreaks(text)) };
    if (!diff || diff.ops.length === 0) return [plain];
    if (isRewritten(diff.ops)) return [{ kind: 'remark', text: rewrittenRemark }, plain];
    return opRuns(diff.ops);
  });
  return { kind: 'units', paragraphs };
}

function noteOf(view: ComparisonView, group: AlignedGroup, notes: readonly Note[]): string {
  const texts: string[] = [];
  for (const m of group.members) {
    const docId = view.ids[m.doc];
    for (const n of notes) if (n.docId === docId && n.unitId === m.unitId && n.text.trim() !== '') texts.push(cellText(n.text.trim()));
  }
  return [...new Set(texts)].join('\n');
}

/** The pivot unit's heading path for a group, or null when the pivot has no member in it. */
function pivotPath(view: ComparisonView, group: AlignedGroup, units: ReadonlyMap<string, Unit>[]): readonly string[] | null {
  const member = group.members.find((m) => m.doc === view.comparison.pivot);
  return member ? units[member.doc].get(member.unitId)?.path ?? null : null;
}

/** Lays a comparison out as the 对照表: groups in alignment order, a heading row where the pivot's section changes. */
export function tableModel(view: ComparisonView, notes: readonly Note[], options: { readonly includeNotes: boolean }): TableModel {
  const pivot = view.comparison.pivot;
  const units = view.documents.map((d) => new Map(d.units.map((u) => [u.id, u] as const)));
  const rows: Row[] = [];
  let previous: readonly string[] = [];
  for (const group of view.comparison.groups) {
    const path = pivotPath(view, group, units);
    if (path) {
      let level = 0;
      while (level < path.length && level < previous.length && path[level] === previous[level]) level++;
      for (const heading of path.slice(level)) rows.push({ kind: 'heading', text: cellText(heading) });
      previous = path;
    }
    const cells = view.documents.map((_, doc) => cellOf(view, group, doc, units));
    rows.push({ kind: 'group', cells, note: options.includeNotes ? noteOf(view, group, notes) : '' });
  }
  return { columns: view.documents.map((d, i) => columnOf(d, i === pivot)), includeNotes: options.includeNotes, rows };
}
