/** Row order of a comparison: the pivot's order, other rows next to their neighbours. */
import type { GroupRef } from './align-documents';
import type { WorkGroup } from './work-group';

/** Orders groups by pivot order; groups without a pivot unit go after the group of their document's previous unit. */
export function orderGroups(groups: WorkGroup[], pivot: number): GroupRef[] {
  const placeOf = new Map<string, number>();
  groups.forEach((g) => {
    if (g.pivotIndex < 0) return;
    for (const m of g.members) placeOf.set(`${m.doc}:${m.index}`, g.pivotIndex);
  });
  const keyed = groups.map((g, i) => {
    if (g.pivotIndex >= 0) return { g, key: g.pivotIndex, tie: 0, i };
    const m = g.members[0];
    const anchor = (from: number, step: number): number | undefined => {
      for (let k = from; k >= 0 && k < 1e6; k += step) {
        const place = placeOf.get(`${m.doc}:${k}`);
        if (place !== undefined) return place;
        if (step > 0 && !placeOf.has(`${m.doc}:${k}`) && k > m.index + 400) return undefined;
      }
      return undefined;
    };
    const before = anchor(m.index - 1, -1);
    const after = before === undefined ? anchor(m.index + 1, 1) : undefined;
    const key = before !== undefined ? before : after !== undefined ? after - 1 : -1;
    return { g, key: key + 0.5, tie: m.doc * 1e6 + m.index, i };
  });
  keyed.sort((a, b) => a.key - b.key || a.tie - b.tie || a.i - b.i);
  return keyed.map(({ g }) => ({
    members: [...g.members].sort((a, b) => (a.doc === pivot ? -1 : 0) - (b.doc === pivot ? -1 : 0) || a.doc - b.doc || a.index - b.index),
    merged: g.merged,
  }));
}
