/**
 * How a pair's similarity reads to a reviewer: a whole percentage and the
 * engine's tier (同条 / 同事项 / 相关) with what it means, so "31%" is not left to
 * guesswork. The tiers come from the engine (shared/engine/align/tiers.ts), so the
 * view, the review and the exports say the same; no pair the engine made is
 * called "not a counterpart".
 */
import type { PairTier } from '../../../shared/model/comparison';
import { defaultTierThresholds, tierOf, tierText } from '../../../shared/engine/align/tiers';

export { tierText };

/** The tier of a pair: the engine's when it gave one, else the engine's rule applied to the score. */
export function pairTier(score: number, tier?: PairTier | null): PairTier {
  return tier ?? tierOf(score);
}

/** A 0..1 score as a whole percentage, e.g. `61%`. */
export const percent = (score: number): string => `${Math.round(score * 100)}%`;

/** The tiers in the legend's order, with their score ranges. */
export const tierLegend: readonly { readonly tier: PairTier; readonly range: string }[] = [
  { tier: 'same-clause', range: `≥${percent(defaultTierThresholds.sameClause)}` },
  { tier: 'same-matter', range: `${percent(defaultTierThresholds.sameMatter)}–${percent(defaultTierThresholds.sameClause)}或两条互为首选` },
  { tier: 'related', range: `<${percent(defaultTierThresholds.sameMatter)}` },
];

/** One line explaining the tiers, for legends and tooltips. */
export const similarityLegend =
  '相似度:条款文字(标题、正文、特有用语、责任单位)的相近程度。' +
  tierLegend.map((t) => `${tierText[t.tier].label} ${t.range} ${tierText[t.tier].meaning}`).join(';') +
  ';人工对齐:由使用者手动对齐。';
