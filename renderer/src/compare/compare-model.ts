/**
 * Pure view model of a comparison: one row per aligned group with one cell per
 * document, each cell's units and diff ops, target and responsible-unit
 * changes, and the row's kind for the summary strip and navigation.
 */
import type { ComparisonView } from '../../../shared/api/contract';
import type { AlignedGroup, DiffOp, DiffOptions, TargetComparison } from '../../../shared/model/comparison';
import type { Target, Unit } from '../../../shared/model/document';
import { isRewritten } from '../../../shared/engine/diff/rewritten';
import { fallbackNote } from '../../../shared/engine/diff/diff-limits';
import { officeKey } from '../../../shared/text/departments';

/** How a row relates to the base document. */
export type RowKind = 'same' | 'changed' | 'added' | 'missing';

/** One unit shown in a cell, with its diff against the base when it is not the base. */
export interface CellUnit {
  readonly unit: Unit;
  readonly ops: readonly DiffOp[] | null;
  readonly coarse: boolean;
  /** why the diff is by sentence (timeout or too many edits); null when it is word by word */
  readonly fallbackNote: string | null;
  /** so little is shared with the base that a word diff would be noise */
  readonly rewritten: boolean;
}

/** A cell: one document's units in a row (several when merged). */
export interface Cell {
  readonly doc: number;
  readonly units: readonly CellUnit[];
  readonly targetChanges: readonly string[];
  readonly responsibleAdded: readonly string[];
  readonly responsibleRemoved: readonly string[];
}

/** A row of the compare grid. */
export interface Row {
  readonly index: number;
  readonly kind: RowKind;
  readonly changed: boolean;
  readonly merged: boolean;
  readonly score: number;
  /** the base document's top heading for this row, '' when the base has no unit here */
  readonly section: string;
  readonly cells: readonly Cell[];
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
    out.push(base ? `${t.metric} ${formatTarget(base.target)} → ${formatTarget(other.target)}` : `${t.metric} 新增 ${formatTarget(other.target)}`);
  }
  return out;
}

function rowOf(view: ComparisonView, group: AlignedGroup, index: number, options: DiffOptions): Row {
  const { pivot } = view.comparison;
  const docCount = view.documents.length;
  const unitsById = view.documents.map((d) => new Map(d.units.map((u) => [u.id, u])));
  const cells: Cell[] = [];
  for (let doc = 0; doc < docCount; doc++) {
    const units: CellUnit[] = [];
    for (const m of group.members) {
      if (m.doc !== doc) continue;
      const unit = unitsById[doc].get(m.unitId);
      if (!unit) continue;
      const diff = doc === pivot ? undefined : group.diffs.find((d) => d.doc === doc && d.unitId === m.unitId);
      units.push({ unit, ops: diff ? diff.ops : null, coarse: diff?.coarse ?? false, fallbackNote: diff ? fallbackNote(diff) : null, rewritten: diff ? isRewritten(diff.ops) : false });
    }
    cells.push({ doc, units, targetChanges: [], responsibleAdded: [], responsibleRemoved: [] });
  }
  const base = cells[pivot];
  const baseNames = responsibleNames(base.units.map((u) => u.unit), options.ignoreLevelWords);
  const withChanges = cells.map((c): Cell => {
    if (c.doc === pivot || c.units.length === 0 || base.units.length === 0) return c;
    const names = responsibleNames(c.units.map((u) => u.unit), options.ignoreLevelWords);
    return {
      ...c,
      targetChanges: targetChanges(group.targets, pivot, c.doc),
      responsibleAdded: missingFrom(names, baseNames),
      responsibleRemoved: missingFrom(baseNames, names),
    };
  });
  const textChanged = withChanges.some((c) => c.units.some((u) => u.ops?.some((op) => op.op !== 'equal')));
  const kind: RowKind =
    base.units.length === 0
      ? 'added'
      : withChanges.some((c) => c.units.length === 0)
        ? 'missing'
        : textChanged || group.targets.some((t) => t.changed)
          ? 'changed'
          : 'same';
  return {
    index,
    kind,
    changed: kind !== 'same',
    merged: group.merged || withChanges.some((c) => c.units.length > 1),
    score: group.score,
    section: base.units[0]?.unit.path[0] ?? '',
    cells: withChanges,
  };
}

/** The rows of a comparison, in the engine's order (base order, then the rest). */
export function buildRows(view: ComparisonView): readonly Row[] {
  return view.comparison.groups.map((g, i) => rowOf(view, g, i, view.options));
}

/** What the grid shows: every row, or only rows that differ, and optionally only rows of one kind. */
export interface RowFilter {
  readonly onlyDifferences: boolean;
  readonly kind: RowKind | null;
}

/** The rows a filter lets through, in order. */
export function visibleRows(rows: readonly Row[], filter: RowFilter): readonly Row[] {
  if (!filter.onlyDifferences && filter.kind === null) return rows;
  return rows.filter((r) => (!filter.onlyDifferences || r.changed) && (filter.kind === null || r.kind === filter.kind));
}

/** How many rows of each kind, for the summary strip. */
export function summarise(rows: readonly Row[]): Readonly<Record<RowKind, number>> {
  const counts: Record<RowKind, number> = { same: 0, changed: 0, added: 0, missing: 0 };
  for (const r of rows) counts[r.kind]++;
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
  for (let i = 0; i < rows.length; i++) {
    const s = rows[i].section;
    if (s && !out.some((o) => o.title === s)) out.push({ title: s, row: i });
  }
  return out;
}
