/**
 * Tiers of a pair (同条 / 同事项 / 相关) from its calibrated scores and how it
 * was found. One rule, used by the compare view, the draft review and the
 * exports alike. Calibrated on the development golds (npm run score:align
 * prints the tier of every gold pair found): copies of one template score
 * 0.45 and up (同条); measures of other cities on one matter share little
 * wording (similarity 0.04–0.3) but are each other's clear first choice with an
 * alignment score of 0.075 and up (同事项); weaker choices and the narrower
 * parts of a one-to-many pair are 相关.
 */
import type { PairTier } from '../../model/comparison';

/** Score thresholds of the tiers, on the calibrated 0..1 scale. */
export interface TierThresholds {
  /** similarity at or above: the same clause, lightly edited (同条) */
  readonly sameClause: number;
  /** similarity at or above: the same matter in other words (同事项); below: related by topic (相关) */
  readonly sameMatter: number;
  /** alignment score at or above which a pair the two units chose each other for is the same matter (同事项) */
  readonly chosenMatter: number;
}

/** Default tier thresholds. */
export const defaultTierThresholds: TierThresholds = { sameClause: 0.45, sameMatter: 0.3, chosenMatter: 0.075 };

/** The tier of a similarity score alone (a precedent of a draft check, where no assignment was made). */
export function tierOf(score: number, thresholds: TierThresholds = defaultTierThresholds): PairTier {
  if (score >= thresholds.sameClause) return 'same-clause';
  return score >= thresholds.sameMatter ? 'same-matter' : 'related';
}

/** What the alignment knows about a pair it made. */
export interface PairEvidence {
  /** the pair's similarity */
  readonly score: number;
  /** the score the assignment decided by (similarity blended with key-term coverage) */
  readonly alignScore: number;
  /** 'match': above the match threshold; 'mutual': each other's clear best; 'part': a part of a one-to-many pair */
  readonly reason: 'match' | 'mutual' | 'part';
}

/** The tier of a pair the alignment made. */
export function pairTier(pair: PairEvidence, thresholds: TierThresholds = defaultTierThresholds): PairTier {
  const byScore = tierOf(pair.score, thresholds);
  if (byScore !== 'related' || pair.reason === 'part') return byScore;
  return pair.alignScore >= thresholds.chosenMatter ? 'same-matter' : 'related';
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
