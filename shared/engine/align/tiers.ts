/**
 * Tiers of a pair (同条 / 同事项 / 相关) from its calibrated score. One rule,
 * used by the compare view, the draft review and the exports alike.
 */
import type { PairTier } from '../../model/comparison';

/** Score thresholds of the tiers, on the calibrated 0..1 scale. */
export interface TierThresholds {
  /** at or above: the same clause, lightly edited (同条) */
  readonly sameClause: number;
  /** at or above: the same matter in other words (同事项); below: related by topic (相关) */
  readonly sameMatter: number;
}

/** Default tier thresholds. */
export const defaultTierThresholds: TierThresholds = { sameClause: 0.6, sameMatter: 0.3 };

/** The tier of a pair's score. */
export function tierOf(score: number, thresholds: TierThresholds = defaultTierThresholds): PairTier {
  if (score >= thresholds.sameClause) return 'same-clause';
  return score >= thresholds.sameMatter ? 'same-matter' : 'related';
}

/** Order of tiers from strongest to weakest. */
const strength: Readonly<Record<PairTier, number>> = { 'same-clause': 2, 'same-matter': 1, related: 0 };

/** The weaker of two tiers. */
export function weakerTier(a: PairTier, b: PairTier): PairTier {
  return strength[a] <= strength[b] ? a : b;
}

/** What each tier is called and what it tells a reader. */
export const tierText: Readonly<Record<PairTier, { readonly label: string; readonly meaning: string }>> = {
  'same-clause': { label: '同条', meaning: '同一条款,措辞略有改动' },
  'same-matter': { label: '同事项', meaning: '同一事项,措辞不同' },
  related: { label: '相关', meaning: '主题相关,仅供参考' },
};
