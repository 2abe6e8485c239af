/**
 * Pure view model of a comparison: one row per aligned group with one cell per
 * document, each cell's units and diff ops, target and responsible-unit
 * changes, the pair's tier, and every single change of the row (for the 变更列表
 * and next/previous change). A row is unchanged when every document present in it
 * agrees under the active ignore options; in a two-document view a measure only
 * one side has is a change too (新增 / 删除).
 */
import type { ComparisonView } from '../../../shared/api/contract';
import type { AlignedGroup, DiffOp, DiffOptions, PairTier, TargetComparison } from '../../../shared/model/comparison';
import type { Target, Unit } from '../../../shared/model/document';
import { isRewritten } from '../../../shared/engine/diff/rewritten';
import { rowLinks, unitKey } from '../../../shared/engine/align/row-links';
import { fallbackNote } from '../../../shared/engine/diff/diff-limits';
import { officeKey } from '../../../shared/text/departments';
import { joinSoftBreaksInOps } from '../../../shared/text/soft-breaks';
import { assertNever } from '../../../shared/assert-never';
import { movedMembers } from './moved';

/** Whether the documents present in a row agree. */
export type RowKind = 'same' | 'changed';

/** What a single change is, as the 变更列表 counts it. */
export type ChangeKind = 'edit' | 'insert' | 'delete' | 'target' | 'responsible';

/** One change a reviewer steps through: where it is and what it says. */
export interface Change {
  /** unique in the comparison; the element showing it carries `data-change` with this id */
  readonly id: string;
  /** the row's group index */
  readonly row: number;
  readonly doc: number;
  readonly kind: ChangeKind;
  readonly text: string;
}

/** One unit shown in a cell, with its diff against the base when it is not the base. */
export interface CellUnit {
  readonly unit: Unit;
  /** the diff as shown (soft line breaks joined), null for the base or a unit with no diff */
  readonly ops: readonly DiffOp[] | null;
  /** per shown op, the id of the change it belongs to (null for equal text) */
  readonly opChanges: readonly (string | null)[];
  readonly coarse: boolean;
  /** why the diff is by sentence (timeout or too many edits); null when it is word by word */
  readonly fallbackNote: string | null;
  /** so little is shared with the base that a word diff would be noise: the whole text is one change */
  readonly rewritten: string | null;
  /** a person placed this unit here (人工对齐 / 人工拆开) */
  readonly manual: 'paired' | 'split' | null;
  /** its counterparts that sit in other rows (three or more documents whose pairs a row cannot all hold) */
  readonly links: readonly UnitLink[];
}

/** A counterpart in another row: where it is and what it is called. */
export interface UnitLink {
  readonly row: number;
  readonly doc: number;
  readonly label: string;
  readonly tier: PairTier;
}

/** A cell: one document's units in a row (several when merged). */
export interface Cell {
  readonly doc: number;
  readonly units: readonly CellUnit[];
  /** the pair with the row's base member: score and tier; null for the base cell, an empty one, or a hand-made pair */
  readonly score: number | null;
  readonly tier: PairTier | null;
  readonly targetChanges: readonly { readonly id: string; readonly text: string }[];
  readonly responsibleAdded: readonly string[];
  readonly responsibleRemoved: readonly string[];
  readonly responsibleChange: string | null;
  /** the change id of a measure only this side has, in a two-document view */
  readonly presenceChange: string | null;
  /** `原第 8 条` when this pair sits out of the base's order */
  readonly moved: string | null;
  /** the cell's text carries no word marks (unchanged, alone in its row, or reworded beyond a word diff) and may fold to one line */
  readonly unchanged: boolean;
}

/** A row of the compare grid. */
export interface Row {
  readonly index: number;
  readonly kind: RowKind;
  readonly changed: boolean;
  readonly merged: boolean;
  /** one entry per document: does it have a unit in this row */
  readonly present: readonly boolean[];
  readonly score: number;
  readonly tier: PairTier | null;
  /** the base document's top heading for this row, '' when the base has no unit here */
  readonly section: string;
  readonly cells: readonly Cell[];
  readonly changes: readonly Change[];
}

const formatTarget = (t: Target): string =>
  t.value === null ? t.text : `${t.value}${t.valueMax !== undefined ? `-${t.valueMax}` : ''}${t.unit}`;

/** Responsible units of a cell, as written, by the key of their office (full and short names of one office share it). */
const responsibleNames = (units: readonly Unit[], ignoreLevel: boolean): Map<string, string> =>
  new Map(units.flatMap((u) => u.responsible.map((r) => [officeKey(r.name, ignoreLevel), r.name] as const)));

/** Names of `names` whose office `other` does not have. */
const missingFrom = (names: ReadonlyMap<string, string>, other: ReadonlyMap<string, string>): string[] =>
  [...names].filter(([key]) => !other.has(key)).map(([, name]) => name);

function targetChanges(targets: readonly TargetComparison[], pivot: number, doc: number): string[] {
  if (doc === pivot) return [];
  const out: string[] = [];
  for (const t of targets) {
    const base = t.values[pivot];
    const other = t.values[doc];
    if (!t.changed || !other) continue;
    out.push(
      base ? `${t.metric} ${formatTarget(base.target)} → ${formatTarget(other.target)}` : `${t.metric} 新增 ${formatTarget(other.target)}`,
    );
  }
  return out;
}

const clip = (text: string, max = 40): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Groups the shown ops into changes: a run of edits is 改动 when it deletes and inserts, else 新增 or 删除. */
function opChangesOf(ops: readonly DiffOp[], prefix: string, row: number, doc: number, out: Change[]): (string | null)[] {
  const ids: (string | null)[] = new Array<string | null>(ops.length).fill(null);
  for (let i = 0; i < ops.length;) {
    if (ops[i].op === 'equal') {
      i++;
      continue;
    }
    let end = i;
    while (end < ops.length && ops[end].op !== 'equal') end++;
    const run = ops.slice(i, end);
    const deletes = run.some((o) => o.op === 'delete');
    const inserts = run.some((o) => o.op === 'insert');
    const id = `${prefix}-${i}`;
    const text =
      deletes && inserts
        ? `${run
            .filter((o) => o.op === 'delete')
            .map((o) => o.text)
            .join('')} → ${run
            .filter((o) => o.op === 'insert')
            .map((o) => o.text)
            .join('')}`
        : run.map((o) => o.text).join('');
    out.push({ id, row, doc, kind: deletes && inserts ? 'edit' : inserts ? 'insert' : 'delete', text: clip(text.trim() || '(空白)') });
    for (let j = i; j < end; j++) ids[j] = id;
    i = end;
  }
  return ids;
}

function rowOf(
  view: ComparisonView,
  group: AlignedGroup,
  index: number,
  options: DiffOptions,
  unitsById: readonly ReadonlyMap<string, Unit>[],
): Row {
  const { pivot } = view.comparison;
  const docCount = view.documents.length;
  const changes: Change[] = [];
  const present = Array.from({ length: docCount }, (_, d) => group.members.some((m) => m.doc === d));
  const baseDoc = group.members[0]?.doc ?? pivot;
  const cells: Cell[] = [];
  for (let doc = 0; doc < docCount; doc++) {
    const units: CellUnit[] = [];
    const mine = group.members.filter((m) => m.doc === doc);
    for (const m of mine) {
      const unit = unitsById[doc].get(m.unitId);
      if (!unit) continue;
      const diff = doc === pivot ? undefined : group.diffs.find((d) => d.doc === doc && d.unitId === m.unitId);
      const prefix = `c${index}-${doc}-${units.length}`;
      let ops: readonly DiffOp[] | null = null;
      let opChanges: (string | null)[] = [];
      let rewritten: string | null = null;
      if (diff && isRewritten(diff.ops, m.score)) {
        rewritten = `${prefix}-rewritten`;
        changes.push({ id: rewritten, row: index, doc, kind: 'edit', text: `措辞大多不同:${clip(unit.title || unit.text, 30)}` });
        ops = joinSoftBreaksInOps(diff.ops);
      } else if (diff) {
        ops = joinSoftBreaksInOps(diff.ops);
        opChanges = opChangesOf(ops, prefix, index, doc, changes);
      }
      units.push({
        unit,
        ops,
        opChanges,
        coarse: diff?.coarse ?? false,
        fallbackNote: diff ? fallbackNote(diff) : null,
        rewritten,
        manual: m.manual ?? null,
        links: [],
      });
    }
    const pairMember = doc === baseDoc ? undefined : mine[0];
    cells.push({
      doc,
      units,
      score: pairMember && !pairMember.manual && present[baseDoc] ? pairMember.score : null,
      tier: pairMember?.tier ?? null,
      targetChanges: [],
      responsibleAdded: [],
      responsibleRemoved: [],
      responsibleChange: null,
      presenceChange: null,
      moved: null,
      unchanged: true,
    });
  }
  const base = cells[pivot];
  const baseNames = responsibleNames(
    base.units.map((u) => u.unit),
    options.ignoreLevelWords,
  );
  const twoWay = docCount === 2;
  const withChanges = cells.map((c): Cell => {
    if (twoWay && c.units.length > 0 && !present.every(Boolean)) {
      const id = `p${index}-${c.doc}`;
      const title = c.units[0].unit.title || c.units[0].unit.text;
      changes.push({
        id,
        row: index,
        doc: c.doc,
        kind: c.doc === pivot ? 'delete' : 'insert',
        text: `${c.doc === pivot ? '整条删除' : '整条新增'}:${clip(title, 30)}`,
      });
      return { ...c, presenceChange: id };
    }
    if (c.doc === pivot || c.units.length === 0 || base.units.length === 0) return c;
    const names = responsibleNames(
      c.units.map((u) => u.unit),
      options.ignoreLevelWords,
    );
    const added = missingFrom(names, baseNames);
    const removed = missingFrom(baseNames, names);
    const targets = targetChanges(group.targets, pivot, c.doc).map((text, i) => {
      const id = `t${index}-${c.doc}-${i}`;
      changes.push({ id, row: index, doc: c.doc, kind: 'target', text });
      return { id, text };
    });
    let responsibleChange: string | null = null;
    if (added.length + removed.length > 0) {
      responsibleChange = `r${index}-${c.doc}`;
      changes.push({
        id: responsibleChange,
        row: index,
        doc: c.doc,
        kind: 'responsible',
        text: [...added.map((n) => `+${n}`), ...removed.map((n) => `−${n}`)].join(' '),
      });
    }
    const marked = c.units.some((u) => u.opChanges.some((x) => x !== null));
    return { ...c, targetChanges: targets, responsibleAdded: added, responsibleRemoved: removed, responsibleChange, unchanged: !marked };
  });
  const changed = changes.length > 0;
  // the base's text folds only where no other cell marks words against it
  const marksAgainstBase = withChanges.some((c) => c.doc !== pivot && !c.unchanged);
  const finalCells = withChanges.map((c) => (c.doc === pivot && marksAgainstBase ? { ...c, unchanged: false } : c));
  return {
    index,
    kind: changed ? 'changed' : 'same',
    changed,
    merged: group.merged || finalCells.some((c) => c.units.length > 1),
    present,
    score: group.score,
    tier: group.tier,
    section: base.units[0]?.unit.path[0] ?? '',
    cells: finalCells,
    changes,
  };
}

/** Each unit's counterparts in other rows (the comparison's links), on both ends of every link. */
function withLinks(rows: readonly Row[], view: ComparisonView, unitsById: readonly ReadonlyMap<string, Unit>[]): readonly Row[] {
  const links = rowLinks(view.comparison);
  if (links.size === 0) return rows;
  const linksOf = (doc: number, unitId: string): UnitLink[] =>
    (links.get(unitKey(doc, unitId)) ?? []).map((l) => ({
      row: l.group,
      doc: l.doc,
      label: unitsById[l.doc].get(l.unitId)?.label ?? '',
      tier: l.tier,
    }));
  return rows.map((r) =>
    r.cells.some((c) => c.units.some((u) => links.has(unitKey(c.doc, u.unit.id))))
      ? { ...r, cells: r.cells.map((c) => ({ ...c, units: c.units.map((u) => ({ ...u, links: linksOf(c.doc, u.unit.id) })) })) }
      : r,
  );
}

/** The rows of a comparison, in the engine's order (base order, then the rest). */
export function buildRows(view: ComparisonView): readonly Row[] {
  const unitsById = view.documents.map((d) => new Map(d.units.map((u) => [u.id, u])));
  const rows = withLinks(
    view.comparison.groups.map((g, i) => rowOf(view, g, i, view.options, unitsById)),
    view,
    unitsById,
  );
  const moved = movedMembers(view.comparison.groups, view.comparison.pivot, view.documents.length);
  if (moved.size === 0) return rows;
  return rows.map((r) =>
    r.cells.some((c) => moved.has(`${r.index}:${c.doc}`))
      ? { ...r, cells: r.cells.map((c) => ({ ...c, moved: moved.get(`${r.index}:${c.doc}`) ?? null })) }
      : r,
  );
}

/** Rows one document alone has (仅此文件有), or rows it lacks (此文件缺). */
export interface PresenceFilter {
  readonly kind: 'only' | 'lacks';
  readonly doc: number;
}

/** What the grid shows: every row or only rows that differ, optionally narrowed by presence. */
export interface RowFilter {
  readonly onlyDifferences: boolean;
  readonly presence: PresenceFilter | null;
}

/** Does a row pass a presence filter. */
export function matchesPresence(row: Row, filter: PresenceFilter): boolean {
  switch (filter.kind) {
    case 'only':
      return row.present[filter.doc] && row.present.filter(Boolean).length === 1;
    case 'lacks':
      return !row.present[filter.doc];
    default:
      return assertNever(filter.kind);
  }
}

/** The rows a filter lets through, in order. */
export function visibleRows(rows: readonly Row[], filter: RowFilter): readonly Row[] {
  if (!filter.onlyDifferences && filter.presence === null) return rows;
  const presence = filter.presence;
  return rows.filter((r) => (!filter.onlyDifferences || r.changed) && (presence === null || matchesPresence(r, presence)));
}

/** How many single changes of each kind, for the 变更列表 header. */
export function countChanges(rows: readonly Row[]): Readonly<Record<ChangeKind, number>> {
  const counts: Record<ChangeKind, number> = { edit: 0, insert: 0, delete: 0, target: 0, responsible: 0 };
  for (const r of rows) for (const c of r.changes) counts[c.kind]++;
  return counts;
}

/** The index (into `rows`) of the next changed row after `from` in direction `step`, or `from`. */
export function nextChange(rows: readonly Row[], from: number, step: 1 | -1): number {
  for (let i = from + step; i >= 0 && i < rows.length; i += step) if (rows[i].changed) return i;
  return from;
}

/** The base document's sections in row order, with the first row of each. */
export function sectionsOf(rows: readonly Row[]): readonly { readonly title: string; readonly row: number }[] {
  const out: { title: string; row: number }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const s = rows[i].section;
    if (s && !seen.has(s)) {
      seen.add(s);
      out.push({ title: s, row: i });
    }
  }
  return out;
}
