/** A precedent's correspondence as the engine's tier reads (同条 / 同事项 / 相关), with its score: one rule for the view, the review and the exports. */
import { tierOf, tierText } from '../../../shared/engine/align/tiers';
import type { PairTier as Tier } from '../../../shared/model/comparison';
import { percent } from '../app/similarity-band';

const bandOf: Readonly<Record<Tier, string>> = { 'same-clause': 'high', 'same-matter': 'medium', related: 'low' };

/** `同事项 35%`, tinted by tier; the tier is spelled out, never shown by colour alone. */
export function PairTier({ score, prefix = '' }: { readonly score: number; readonly prefix?: string }) {
  const tier = tierOf(score);
  return (
    <span className={`similarity band-${bandOf[tier]}`} data-testid="similarity" data-tier={tier} title={`${tierText[tier].meaning}\n${tierLegend}`}>
      {prefix}
      {tierText[tier].label} {percent(score)}
    </span>
  );
}

/** One line explaining the tiers, for the review's legend and tooltips. */
export const tierLegend = `对应程度:${(['same-clause', 'same-matter', 'related'] as const).map((t) => `${tierText[t].label}:${tierText[t].meaning}`).join(';')}。百分比为条款文字(标题、正文、特有用语、责任单位)的相近程度。`;
