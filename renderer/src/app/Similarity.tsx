/** A pair's similarity as the reviewer reads it: percentage and the engine's tier in words, the meaning on hover. */
import type { PairTier } from '../../../shared/model/comparison';
import { pairTier, percent, similarityLegend, tierText } from './similarity-band';

/** `61% 同条`, tinted by tier; the tier is spelled out, never shown by colour alone. */
export function Similarity({
  score,
  tier,
  prefix = '',
}: {
  readonly score: number;
  readonly tier?: PairTier | null;
  readonly prefix?: string;
}) {
  const t = pairTier(score, tier);
  return (
    <span className={`similarity tier-${t}`} data-testid="similarity" data-tier={t} title={`${tierText[t].meaning}\n${similarityLegend}`}>
      {prefix}
      {tierText[t].label} {percent(score)}
    </span>
  );
}
