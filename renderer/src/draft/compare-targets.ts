/**
 * Sets a draft measure's targets beside a precedent's: the same metric with a
 * higher or lower value, a target the precedent does not set (new), or one the
 * draft drops. Pure: the view only renders the result.
 */
import type { Target } from '../../../shared/model/document';

/** How one metric compares between the draft and the precedent. */
export type TargetRelation =
  | { readonly kind: 'higher' | 'lower' | 'same' | 'different-unit'; readonly draft: Target; readonly precedent: Target }
  | { readonly kind: 'new'; readonly draft: Target }
  | { readonly kind: 'dropped'; readonly precedent: Target };

const key = (metric: string): string => metric.replace(/[\s“”"《》()()]/g, '');

const sameMetric = (a: Target, b: Target): boolean => {
  const ka = key(a.metric);
  const kb = key(b.metric);
  return ka !== '' && kb !== '' && (ka === kb || ka.includes(kb) || kb.includes(ka));
};

function relate(draft: Target, precedent: Target): TargetRelation {
  if (draft.unit !== precedent.unit || draft.value === null || precedent.value === null) {
    return { kind: draft.unit === precedent.unit && draft.text === precedent.text ? 'same' : 'different-unit', draft, precedent };
  }
  const kind = draft.value > precedent.value ? 'higher' : draft.value < precedent.value ? 'lower' : 'same';
  return { kind, draft, precedent };
}

/** Pairs targets by metric; unpaired draft targets are new, unpaired precedent targets dropped. */
export function compareTargets(draft: readonly Target[], precedent: readonly Target[]): TargetRelation[] {
  const used = new Set<number>();
  const out: TargetRelation[] = [];
  for (const t of draft) {
    const i = precedent.findIndex((p, j) => !used.has(j) && sameMetric(t, p));
    if (i < 0) out.push({ kind: 'new', draft: t });
    else {
      used.add(i);
      out.push(relate(t, precedent[i]));
    }
  }
  precedent.forEach((p, j) => {
    if (!used.has(j)) out.push({ kind: 'dropped', precedent: p });
  });
  return out;
}

/** The Chinese label of a relation. */
export const relationLabel: Readonly<Record<TargetRelation['kind'], string>> = {
  higher: '高于先例',
  lower: '低于先例',
  same: '与先例相同',
  'different-unit': '口径不同',
  new: '新增指标',
  dropped: '先例有、草稿无',
};
