/**
 * How a similarity score reads to a reviewer: a whole percentage and a band
 * (高/中/低) with what it means, so "31%" is not left to guesswork. The middle
 * band starts at the engine's own match threshold (below it two measures are
 * not counterparts), so the bands mean what the alignment means.
 */
import { alignThresholds } from '../../../shared/engine/align/thresholds';

/** A similarity band. */
export type SimilarityBand = 'high' | 'medium' | 'low';

/** At or above this the wording is close: the same measure, lightly edited. */
const closeWording = 0.6;

/** What each band is called and what it tells the reviewer. */
export const bandText: Readonly<Record<SimilarityBand, { readonly label: string; readonly meaning: string }>> = {
  high: { label: '高', meaning: '措辞相近' },
  medium: { label: '中', meaning: '同一类措施,措辞不同' },
  low: { label: '低', meaning: '仅主题相关,不算对应条款' },
};

/** The band of a 0..1 score. */
export function similarityBand(score: number): SimilarityBand {
  if (score >= closeWording) return 'high';
  return score >= alignThresholds.match ? 'medium' : 'low';
}

/** A 0..1 score as a whole percentage, e.g. `61%`. */
export const percent = (score: number): string => `${Math.round(score * 100)}%`;

/** One line explaining the bands, for legends and tooltips. */
export const similarityLegend =
  `相似度:条款文字(标题、正文、特有用语、责任单位)的相近程度。` +
  `高 ≥${percent(closeWording)} ${bandText.high.meaning};` +
  `中 ${percent(alignThresholds.match)}–${percent(closeWording)} ${bandText.medium.meaning};` +
  `低 <${percent(alignThresholds.match)} ${bandText.low.meaning}。`;
