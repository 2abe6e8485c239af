/**
 * The 对照表 as plain data: columns 序号 | one per document | 说明, heading rows
 * and one row per aligned group with its status (相同 / 修改 / 新增 / 删除 /
 * 位置调整), each cell's text split into diff runs, and a 说明 the table writes
 * by itself (changed targets, responsible units, 新增条款 / 删除条款) before the
 * user's notes. Both the .docx and the .html writers render this model.
 */
import type { ComparisonView, DocumentDetail, Note } from '../../../../shared/api/contract';
import type { AlignedGroup, DiffOp, PairTier } from '../../../../shared/model/comparison';
import type { Unit } from '../../../../shared/model/document';
import { isRewritten } from '../../../../shared/engine/diff/rewritten';
import { rowLinks, unitKey } from '../../../../shared/engine/align/row-links';
import { responsibleRemark, targetRemarks } from './remarks';
import { movedGroups, rowStatus, type Direction, type RowStatus } from './row-status';
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
export type Cell = { readonly kind: 'units'; readonly paragraphs: readonly (readonly Run[])[] } | { readonly kind: 'missing' };

/** A row of the table body: a pivot section heading spanning every column, or an aligned group. */
export type Row =
  | { readonly kind: 'heading'; readonly text: string }
  | {
      readonly kind: 'group';
      /** 序号, from 1 in table order */
      readonly number: number;
      readonly status: RowStatus;
      /** the engine's tier of the row's pairs (同条 / 同事项 / 相关), null for a row of one document */
      readonly tier: PairTier | null;
      readonly cells: readonly Cell[];
      /** the 说明: remarks the table writes itself, then the user's notes, one per line */
      readonly note: string;
      /** the base document's unit in this row, null when the base has none */
      readonly pivotUnitId: string | null;
    };

/** What a table shows. */
export interface TableOptions {
  /** add the user's notes to 说明 */
  readonly includeNotes: boolean;
  /** which way the rows read (default: the base column is the older text) */
  readonly direction?: Direction;
  /** only rows whose status is not 相同 */
  readonly onlyChanged?: boolean;
  /** only rows holding one of these units of the base document (a selection) */
  readonly pivotUnitIds?: readonly string[];
}

/** The whole table, ready for a writer. */
export interface TableModel {
  /** a descriptive title: 《…》与…同类文件对照表 */
  readonly title: string;
  readonly columns: readonly Column[];
  readonly includeNotes: boolean;
  readonly direction: Direction;
  readonly rows: readonly Row[];
}

/** The text shown for a document without a counterpart in a row. */
export const missingText = '无对应条款';
/** Said in 说明 of a measure that shares too little with the base to mark word by word (the compare view shows it plain too). */
export const rewrittenRemark = '表述改动较大,未逐词标注';
/** The header of the remarks column. */
export const notesHeader = '说明';
/** The header of the row-number column (its cells hold the row's status and tier too). */
export const numberHeader = '序号';

const columnOf = (doc: DocumentDetail, isPivot: boolean): Column => {
  const meta = doc.summary.meta;
  return {
    title: xmlSafe(meta.title || doc.summary.fileName || doc.summary.id).replace(/\n/g, ' '),
    docNumber: xmlSafe(meta.docNumber ?? '').replace(/\n/g, ' '),
    date: xmlSafe(meta.writtenDate ?? meta.publishedDate ?? ''),
    isPivot,
  };
};

/** Characters XML 1.0 cannot carry (C0 controls but tab and newlines, U+FFFE/U+FFFF, lone surrogates): every string written to a document goes through this. */
const notXml =
  // eslint-disable-next-line no-control-regex -- the control characters are what this pattern is for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe for XML: the characters XML cannot carry dropped, line ends as \n. */
export function xmlSafe(text: string): string {
  return text.replace(notXml, '').replace(/\r\n?/g, '\n');
}

/** Text as a cell shows it: characters XML cannot carry dropped, runs of blank lines kept as one line break. */
export function cellText(text: string): string {
  return xmlSafe(text).replace(/\n[ \t\u3000]*(?:\n[ \t\u3000]*)+/g, '\n');
}

const opRuns = (ops: readonly DiffOp[]): Run[] =>
  joinSoftBreaksInOps(ops)
    .map((o): Run => ({ kind: o.op === 'equal' ? 'plain' : o.op === 'delete' ? 'deleted' : 'inserted', text: cellText(o.text) }))
    .filter((r) => r.text !== '');

const flipped: Readonly<Record<Run['kind'], Run['kind']>> = { plain: 'plain', deleted: 'inserted', inserted: 'deleted', remark: 'remark' };

function cellOf(
  view: ComparisonView,
  group: AlignedGroup,
  doc: number,
  units: ReadonlyMap<string, Unit>[],
  direction: Direction,
): { cell: Cell; rewritten: boolean } {
  const members = group.members.filter((m) => m.doc === doc);
  if (members.length === 0) return { cell: { kind: 'missing' }, rewritten: false };
  let rewritten = false;
  const paragraphs = members.map((m): Run[] => {
    const text = units[doc].get(m.unitId)?.text ?? m.label;
    const diff = doc === view.comparison.pivot ? undefined : group.diffs.find((d) => d.doc === doc && d.unitId === m.unitId);
    const plain: Run = { kind: 'plain', text: cellText(joinSoftBreaks(text)) };
    if (!diff || diff.ops.length === 0) return [plain];
    if (isRewritten(diff.ops, m.score)) {
      rewritten = true;
      return [plain];
    }
    const runs = opRuns(diff.ops);
    // read from the precedent to a base that is the newer text: what the base adds is the insertion
    return direction === 'base-is-new' ? runs.map((r) => ({ ...r, kind: flipped[r.kind] })) : runs;
  });
  return { cell: { kind: 'units', paragraphs }, rewritten };
}

function userNotes(view: ComparisonView, group: AlignedGroup, notes: readonly Note[]): string[] {
  const texts: string[] = [];
  for (const m of group.members) {
    const docId = view.ids[m.doc];
    for (const n of notes) if (n.docId === docId && n.unitId === m.unitId && n.text.trim() !== '') texts.push(cellText(n.text.trim()));
  }
  return [...new Set(texts)];
}

/** A document as 说明 names it among several: its city or district, else its title. */
function shortName(doc: DocumentDetail): string {
  const r = doc.summary.meta.region;
  return r.district ?? r.city ?? r.province ?? (doc.summary.meta.title || doc.summary.fileName);
}

/** The remarks 说明 writes by itself for a row, read from the older text to the newer. */
function autoRemarks(
  view: ComparisonView,
  group: AlignedGroup,
  status: RowStatus,
  units: ReadonlyMap<string, Unit>[],
  direction: Direction,
  rewritten: boolean,
  movedFrom: readonly number[],
): string[] {
  const whole = status === '新增' ? '新增条款' : status === '删除' ? '删除条款' : null;
  if (whole) return rewritten ? [whole, rewrittenRemark] : [whole];
  const pivot = view.comparison.pivot;
  const unitsOf = (doc: number) =>
    group.members
      .filter((m) => m.doc === doc)
      .map((m) => units[doc].get(m.unitId))
      .filter((u): u is Unit => u !== undefined);
  const others = [...new Set(group.members.map((m) => m.doc))].filter((d) => d !== pivot);
  const out: string[] = [];
  for (const doc of others) {
    const [from, to] = direction === 'base-is-old' ? [pivot, doc] : [doc, pivot];
    const said = [
      ...targetRemarks(group, from, to),
      ...[responsibleRemark(unitsOf(from), unitsOf(to))].filter((x): x is string => x !== null),
      ...(movedFrom.includes(doc) ? ['位置调整'] : []),
    ];
    // with one other document the remark needs no name; with several, say which one it is about
    out.push(...(others.length > 1 ? said.map((x) => `${shortName(view.documents[doc])}:${x}`) : said));
  }
  if (rewritten) out.push(rewrittenRemark);
  return out;
}

/**
 * 说明 of rows whose units have counterparts in other rows (three or more documents whose pairs a row
 * cannot all hold): 另见序号 N, or the unit itself when that row is not in the table.
 */
function linkRemarks(
  view: ComparisonView,
  units: ReadonlyMap<string, Unit>[],
  numberOf: ReadonlyMap<number, number>,
): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const links = rowLinks(view.comparison);
  view.comparison.groups.forEach((g, i) => {
    const texts = g.members.flatMap((m) =>
      (links.get(unitKey(m.doc, m.unitId)) ?? []).map((l) => {
        const where = numberOf.has(l.group) ? `另见序号 ${numberOf.get(l.group)}` : '另见';
        const label = units[l.doc].get(l.unitId)?.label ?? '';
        return `${where}(${cellText(shortName(view.documents[l.doc]))} ${label}与本行对应)`;
      }),
    );
    if (texts.length) out.set(i, [...new Set(texts)]);
  });
  return out;
}

/** The pivot unit's heading path for a group, or null when the pivot has no member in it. */
function pivotPath(view: ComparisonView, group: AlignedGroup, units: ReadonlyMap<string, Unit>[]): readonly string[] | null {
  const member = group.members.find((m) => m.doc === view.comparison.pivot);
  return member ? (units[member.doc].get(member.unitId)?.path ?? null) : null;
}

/** The descriptive title: 《the newer document》与<the others by place>同类文件对照表. */
export function descriptiveTitle(view: ComparisonView, direction: Direction): string {
  const docs = view.documents;
  const pivot = view.comparison.pivot;
  const draft = docs.findIndex((d) => d.summary.meta.status === 'draft');
  const subject = draft >= 0 ? draft : direction === 'base-is-new' ? pivot : docs.length - 1 === pivot ? 0 : docs.length - 1;
  const title = (d: DocumentDetail) => cellText(d.summary.meta.title || d.summary.fileName).replace(/[《》]/g, '');
  const names = [...new Set(docs.filter((_, i) => i !== subject).map((d) => cellText(shortName(d)).replace(/[《》]/g, '')))];
  return `《${title(docs[subject])}》与${names.join('、')}同类文件对照表`;
}

/** Lays a comparison out as the 对照表: groups in alignment order, a heading row where the pivot's section changes. */
export function tableModel(view: ComparisonView, notes: readonly Note[], options: TableOptions): TableModel {
  const pivot = view.comparison.pivot;
  const direction = options.direction ?? 'base-is-old';
  const groups = view.comparison.groups;
  const units = view.documents.map((d) => new Map(d.units.map((u) => [u.id, u] as const)));
  const moved = view.documents.map((_, doc) => (doc === pivot ? new Set<number>() : movedGroups(groups, pivot, doc)));
  const selected = options.pivotUnitIds ? new Set(options.pivotUnitIds) : null;
  const rows: Row[] = [];
  // rows the base lacks that come before its first heading wait for it: a table never opens on a row outside every section
  let waiting: Row[] = [];
  // a section's headings are written with its first row kept, so a filtered table has no empty sections
  let written: readonly string[] = [];
  let opened = false;
  let number = 0;
  const groupOfRow = new Map<Row, number>();
  groups.forEach((group, g) => {
    const path = pivotPath(view, group, units);
    const movedFrom = moved.map((set, doc) => (set.has(g) ? doc : -1)).filter((d) => d >= 0);
    const status = rowStatus(group, pivot, view.documents.length, movedFrom.length > 0, direction);
    const pivotUnitId = group.members.find((m) => m.doc === pivot)?.unitId ?? null;
    if (options.onlyChanged && status === '相同') return;
    if (selected && !(pivotUnitId !== null && selected.has(pivotUnitId))) return;
    const built = view.documents.map((_, doc) => cellOf(view, group, doc, units, direction));
    const remarks = autoRemarks(
      view,
      group,
      status,
      units,
      direction,
      built.some((b) => b.rewritten),
      movedFrom,
    );
    // the user's notes after the table's own remarks, marked as theirs
    const note = [...remarks, ...(options.includeNotes ? userNotes(view, group, notes).map((n) => `批注:${n}`) : [])].join('\n');
    const row: Row = { kind: 'group', number: 0, status, tier: group.tier, cells: built.map((b) => b.cell), note, pivotUnitId };
    groupOfRow.set(row, g);
    if (!path) {
      if (opened) rows.push(row);
      else waiting.push(row);
      return;
    }
    let level = 0;
    while (level < path.length && level < written.length && path[level] === written[level]) level++;
    rows.push(...path.slice(level).map((text): Row => ({ kind: 'heading', text: cellText(text) })));
    written = path;
    rows.push(...waiting, row);
    waiting = [];
    opened = true;
  });
  rows.push(...waiting);
  const numberOf = new Map<number, number>();
  for (const r of rows) if (r.kind === 'group') numberOf.set(groupOfRow.get(r)!, ++number);
  const linked = linkRemarks(view, units, numberOf);
  const numbered = rows.map((r) => {
    if (r.kind !== 'group') return r;
    const g = groupOfRow.get(r)!;
    const more = linked.get(g) ?? [];
    return { ...r, number: numberOf.get(g)!, note: [r.note, ...more].filter((x) => x !== '').join('\n') };
  });
  return {
    title: descriptiveTitle(view, direction),
    columns: view.documents.map((d, i) => columnOf(d, i === pivot)),
    includeNotes: options.includeNotes,
    direction,
    rows: numbered,
  };
}
