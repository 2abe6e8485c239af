/**
 * Hand corrections of an alignment (人工对齐 / 拆开), kept with the saved
 * comparison of the same documents. The call refuses a unit it does not know or
 * a document outside the comparison, and then changes nothing.
 */
import { randomUUID } from 'node:crypto';
import type { CorrectionRequest, NoteKey, PrecedentApi, SavedComparison, SavedCorrection } from '../../../shared/api/contract';
import type { AlignmentCorrection } from '../../../shared/model/comparison';
import { InputError } from '../../../shared/errors';
import type { Library } from '../services/library';
import type { Store } from '../store/index';
import type { StoreData } from '../store/schema';

/** One key for a set of documents, whatever their column order. */
const setKey = (ids: readonly string[]): string => [...ids].sort().join('\u0000');
const samePair = (c: SavedCorrection, r: CorrectionRequest): boolean => {
  const same = (x: NoteKey, y: NoteKey) => x.docId === y.docId && x.unitId === y.unitId;
  return (same(c.a, r.a) && same(c.b, r.b)) || (same(c.a, r.b) && same(c.b, r.a));
};

/** The saved comparison of exactly these documents that carries corrections (the latest saved), if any. */
export function savedFor(data: StoreData, ids: readonly string[]): SavedComparison | undefined {
  const key = setKey(ids);
  return data.comparisons
    .filter((c) => setKey(c.ids) === key)
    .sort((x, y) => (x.corrections?.length ? 1 : 0) - (y.corrections?.length ? 1 : 0))
    .at(-1);
}

/** The stored corrections of these documents, by column index, as the engine takes them. */
export function correctionsFor(data: StoreData, ids: readonly string[]): readonly AlignmentCorrection[] {
  const column = new Map(ids.map((id, i) => [id, i]));
  return (savedFor(data, ids)?.corrections ?? []).flatMap((c): AlignmentCorrection[] => {
    const a = column.get(c.a.docId);
    const b = column.get(c.b.docId);
    if (a === undefined || b === undefined) return [];
    return [{ kind: c.kind, a: { doc: a, unitId: c.a.unitId }, b: { doc: b, unitId: c.b.unitId } }];
  });
}

/** Implements `correctAlignment` over the store and the library. */
export function correctAlignment(store: Store, library: Library, now: () => Date): PrecedentApi['correctAlignment'] {
  return async ({ ids, pivot, options, correction }) => {
    for (const end of [correction.a, correction.b]) {
      if (!ids.includes(end.docId)) {
        throw new InputError(
          'not-in-comparison',
          `文件 ${end.docId} 不在这次比对中,不能对齐`,
          `document ${end.docId} is not part of this comparison`,
        );
      }
      const doc = await library.get(end.docId);
      if (!doc.parsed.units.some((u) => u.id === end.unitId)) {
        throw new InputError(
          'unknown-unit',
          `文件 ${end.docId} 中没有条款 ${end.unitId}`,
          `document ${end.docId} has no unit ${end.unitId}`,
        );
      }
    }
    if (correction.a.docId === correction.b.docId) {
      throw new InputError('same-document', '只能对齐不同文件的条款', 'only units of different documents can be paired or split');
    }
    const titles = (await Promise.all(ids.map((id) => library.get(id)))).map((d) => d.summary.meta.title || d.summary.fileName).join(' / ');
    const at = now().toISOString();
    return store.update((d) => {
      const found = savedFor(d, ids);
      const base: SavedComparison = found ?? { id: `cmp-${randomUUID()}`, name: titles, ids: [...ids], pivot, options, savedAt: at };
      const kept = (base.corrections ?? []).filter((c) => !samePair(c, correction));
      const corrections = correction.kind === 'undo' ? kept : [...kept, { kind: correction.kind, a: correction.a, b: correction.b, at }];
      const next: SavedComparison = { ...base, corrections };
      d.comparisons = found ? d.comparisons.map((c) => (c === found ? next : c)) : [...d.comparisons, next];
      return next;
    });
  };
}
