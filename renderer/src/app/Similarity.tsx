/** A similarity score as the reviewer reads it: percentage and band in words, the meaning on hover. */
import { bandText, percent, similarityBand, similarityLegend } from './similarity-band';

/** `61% 高`, tinted by band; the band is spelled out, never shown by colour alone. */
export function Similarity({ score, prefix = '' }: { readonly score: number; readonly prefix?: string }) {
  const band = similarityBand(score);
  return (
    <span className={`similarity band-${band}`} data-testid="similarity" data-band={band} title={`${bandText[band].meaning}\n${similarityLegend}`}>
      {prefix}
      {percent(score)} {bandText[band].label}
    </span>
  );
}
