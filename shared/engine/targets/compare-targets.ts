/**
 * Target comparison inside a group: targets matched by metric (fuzzily: the
 * same words folded, one inside the other, or most bigrams shared), values
 * side by side, and targets that only one document has.
 */
import type { TargetComparison } from '../../model/comparison';
import type { Target, Unit } from '../../model/document';
import { normalizeForMatch } from '../../text/normalize';
import { foldLevelWords } from '../diff/match-text';
import { bigramKeys } from '../text/features';

/** The matching form of a metric: folded, level words and leading scope words dropped. */
export function metricKey(metric: string): string {
  return foldLevelWords(normalizeForMatch(metric)).replace(/^(?:全年|全市|年度|力争|新增|累计)+/, '');
}

/** How alike two metric keys are, 0..1. */
export function metricSimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  if (Math.min(a.length, b.length) >= 2 && (a.includes(b) || b.includes(a))) return 0.9;
  const ka = new Set(bigramKeys(a));
  const kb = new Set(bigramKeys(b));
  if (ka.size === 0 || kb.size === 0) return 0;
  let shared = 0;
  for (const k of ka) if (kb.has(k)) shared++;
  return (2 * shared) / (ka.size + kb.size);
}

const sameMetric = 0.6;

function differs(a: Target, b: Target): boolean {
  return a.value !== b.value || (a.valueMax ?? null) !== (b.valueMax ?? null) || normalizeForMatch(a.unit) !== normalizeForMatch(b.unit);
}

/** Compares the targets of a group's members; `docs` members listed pivot first. */
export function compareTargets(
  members: ReadonlyArray<{ readonly doc: number; readonly unit: Unit }>,
  docCount: number,
): TargetComparison[] {
  const rows: Array<{ metric: string; key: string; values: ({ doc: number; target: Target } | null)[] }> = [];
  for (const { doc, unit } of members) {
    for (const target of unit.targets) {
      const key = metricKey(target.metric);
      let best = -1;
      let bestScore = sameMetric;
      rows.forEach((row, r) => {
        if (row.values[doc]) return;
        const s = metricSimilarity(row.key, key);
        if (s >= bestScore) {
          bestScore = s;
          best = r;
        }
      });
      if (best >= 0) rows[best].values[doc] = { doc, target };
      else {
        const values: ({ doc: number; target: Target } | null)[] = new Array(docCount).fill(null);
        values[doc] = { doc, target };
        rows.push({ metric: target.metric, key, values });
      }
    }
  }
  return rows.map(({ metric, values }) => {
    const present = values.filter((v): v is { doc: number; target: Target } => v !== null);
    const changed = present.length >= 2 && present.some((v) => differs(v.target, present[0].target));
    return { metric, values, changed };
  });
}
