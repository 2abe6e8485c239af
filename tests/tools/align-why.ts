/**
 * Why strict gold pairs are missed (`npm run score:align -- --why`): for each
 * missed pair, its alignment score and similarity, its rank in each unit's
 * row of the score matrix, and what each unit was paired with instead.
 */
import { unitFeatures } from '../../shared/engine/text/features';
import { documentFrequencies, idfOfPair } from '../../shared/engine/align/similarity';
import { alignOptionsOf, type AlignOptions } from '../../shared/engine/align/options';
import { pairDocuments, scoreMatrices } from '../../shared/engine/align/pair-documents';
import type { ParsedDocument } from '../../shared/model/document';
import type { Gold } from './align-scorecard';

/** Lines explaining each missed strict pair of `gold` between `left` and `right`. */
export function whyMissed(left: ParsedDocument, right: ParsedDocument, gold: Gold, options: Partial<AlignOptions> = {}): string[] {
  const fa = left.units.map(unitFeatures);
  const fb = right.units.map(unitFeatures);
  const o = alignOptionsOf(options);
  const idf = idfOfPair(documentFrequencies(fa), fa.length, documentFrequencies(fb), fb.length);
  const { s, sim } = scoreMatrices(fa, fb, o, idf);
  const pairs = pairDocuments(fa, fb, o, idf);
  const ordA = left.units.map((u) => u.ordinal);
  const ordB = right.units.map((u) => u.ordinal);
  const ok = new Set([...gold.strict, ...gold.acceptable].map(([x, y]) => `${x}-${y}`));
  const mark = (i: number, j: number) => (ok.has(`${ordA[i]}-${ordB[j]}`) ? '' : '✗');
  const rank = (values: readonly number[], v: number) => values.filter((x) => x > v).length + 1;
  const lines: string[] = [];
  for (const [x, y] of gold.strict) {
    const i = ordA.indexOf(x);
    const j = ordB.indexOf(y);
    if (i < 0 || j < 0 || pairs.some((p) => p.a === i && p.b === j)) continue;
    const row = Array.from(s[i]);
    const col = s.map((r) => r[j]);
    const withA = pairs.filter((p) => p.a === i).map((p) => `${ordB[p.b]}${mark(i, p.b)} ${p.alignScore.toFixed(3)}`);
    const withB = pairs.filter((p) => p.b === j).map((p) => `${ordA[p.a]}${mark(p.a, j)} ${p.alignScore.toFixed(3)}`);
    lines.push(
      `${x}-${y}: align ${s[i][j].toFixed(3)} sim ${sim[i][j].toFixed(3)}, rank ${rank(row, s[i][j])} of left ${x} (best ${Math.max(...row).toFixed(3)}), ` +
        `rank ${rank(col, s[i][j])} of right ${y} (best ${Math.max(...col).toFixed(3)}); left ${x} paired ${withA.join(', ') || 'with nothing'}; right ${y} paired ${withB.join(', ') || 'with nothing'}`,
    );
  }
  return lines;
}
