/**
 * The alignment scorecard: precision and recall of `compareDocuments` on gold
 * files (pairs of printed measure numbers, scored as the gold README beside the repo
 * says), on generated variants with known truth, and on traditional-script
 * copies made with a converter (opencc-js cn→tw, not our own fold).
 */
import { Converter } from 'opencc-js';
import { compareDocuments } from '../../shared/engine/index';
import type { AlignOptions } from '../../shared/engine/align/options';
import type { ParsedDocument } from '../../shared/model/document';
import { parseDocument } from '../../shared/parse/index';
import { seededRandom, variantOf } from '../bench/generate';

/** A gold file: pairs of printed numbers, [left, right]. */
export interface Gold {
  readonly left: string;
  readonly right: string;
  readonly strict: readonly (readonly [number, number])[];
  readonly acceptable: readonly (readonly [number, number])[];
}

/** One scored line: pairs found, good pairs among them, strict pairs, strict pairs found. */
export interface Score {
  readonly name: string;
  readonly found: number;
  readonly good: number;
  readonly strict: number;
  readonly hit: number;
  readonly wrong: readonly string[];
  readonly missed: readonly string[];
  /** gold pairs found, by class (strict, acceptable, wrong) and tier */
  readonly tiers?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Precision of a score (0 when nothing was found). */
export const precisionOf = (s: Pick<Score, 'found' | 'good'>): number => (s.found ? s.good / s.found : 0);
/** Recall of a score (1 when there is nothing to find). */
export const recallOf = (s: Pick<Score, 'strict' | 'hit'>): number => (s.strict ? s.hit / s.strict : 1);

/** Pairs (left key, right key) that share a group, between documents 0 and 1, with the tier the engine gave each. */
function pairsOf(
  docs: readonly ParsedDocument[],
  options: Partial<AlignOptions>,
  key: (m: { unitId: string; ordinal: number }) => string,
  pivot = 0,
): Map<string, string> {
  const found = new Map<string, string>();
  for (const g of compareDocuments(docs, { pivot, align: options }).groups) {
    for (const l of g.members.filter((m) => m.doc === 0)) {
      for (const r of g.members.filter((m) => m.doc === 1)) found.set(`${key(l)}-${key(r)}`, r.tier ?? l.tier ?? g.tier ?? '?');
    }
  }
  return found;
}

function scoreOf(name: string, found: ReadonlyMap<string, string>, strict: ReadonlySet<string>, ok: ReadonlySet<string>): Score {
  const wrong = [...found.keys()].filter((p) => !ok.has(p) && !strict.has(p));
  const missed = [...strict].filter((p) => !found.has(p));
  const tiers: Record<string, Record<string, number>> = { strict: {}, acceptable: {}, wrong: {} };
  for (const [p, tier] of found) {
    const cls = strict.has(p) ? 'strict' : ok.has(p) ? 'acceptable' : 'wrong';
    tiers[cls][tier] = (tiers[cls][tier] ?? 0) + 1;
  }
  return {
    name,
    found: found.size,
    good: found.size - wrong.length,
    strict: strict.size,
    hit: strict.size - missed.length,
    wrong,
    missed,
    tiers,
  };
}

const tierLabel: Readonly<Record<string, string>> = { 'same-clause': '同条', 'same-matter': '同事项', related: '相关' };

/** The tiers of the gold pairs found: `strict 同条 12 同事项 3 相关 1 | acceptable …`. */
export function tierLine(s: Score): string {
  if (!s.tiers) return '';
  return Object.entries(s.tiers)
    .filter(([, t]) => Object.keys(t).length)
    .map(
      ([cls, t]) =>
        `${cls} ${Object.entries(t)
          .map(([k, n]) => `${tierLabel[k] ?? k} ${n}`)
          .join(' ')}`,
    )
    .join(' | ');
}

/** Scores the comparison of `left` and `right` against a gold file (pairs by printed ordinal). */
export function scoreGold(
  name: string,
  left: ParsedDocument,
  right: ParsedDocument,
  gold: Gold,
  options: Partial<AlignOptions> = {},
  pivot = 0,
): Score {
  const asKeys = (pairs: Gold['strict']) => new Set(pairs.map(([a, b]) => `${a}-${b}`));
  const found = pairsOf([left, right], options, (m) => String(m.ordinal), pivot);
  return scoreOf(name, found, asKeys(gold.strict), asKeys(gold.acceptable));
}

/** Scores a seed against generated variants of itself (renumbered, reordered, reworded, merged; truth by unit id). */
export function scoreVariants(name: string, base: ParsedDocument, options: Partial<AlignOptions> = {}): Score {
  const runs: Array<[number, number]> = [
    [11, 0.5],
    [12, 0.5],
    [13, 0.5],
    [21, 0.9],
  ];
  let total: Score = { name, found: 0, good: 0, strict: 0, hit: 0, wrong: [], missed: [] };
  for (const [rngSeed, reword] of runs) {
    const variant = variantOf(base, seededRandom(rngSeed), `v${rngSeed}`, 0, { maxUnits: 60, reword, drop: 0.1, merge: 0.08, swap: 0.15 });
    const found = pairsOf([base, variant.parsed], options, (m) => m.unitId);
    const truth = new Set(variant.truth.flatMap((ids, i) => ids.map((id) => `${id}-${variant.parsed.units[i].id}`)));
    const s = scoreOf(name, found, truth, truth);
    total = {
      ...total,
      found: total.found + s.found,
      good: total.good + s.good,
      strict: total.strict + s.strict,
      hit: total.hit + s.hit,
      wrong: [...total.wrong, ...s.wrong.map((p) => `v${rngSeed}:${p}`)],
      missed: [...total.missed, ...s.missed.map((p) => `v${rngSeed}:${p}`)],
    };
  }
  return total;
}

let toTraditional: ((text: string) => string) | undefined;

/** The text in traditional characters (Taiwan standard), as a mirror site would print it. */
export function traditionalCopy(text: string): string {
  toTraditional ??= Converter({ from: 'cn', to: 'tw' });
  return toTraditional(text);
}

/** Parses a text as a document. */
export function parse(text: string, fileName: string): ParsedDocument {
  return parseDocument(text, { fileName });
}

/** Sums scores into one micro-averaged line. */
export function micro(name: string, scores: readonly Score[]): Score {
  return scores.reduce<Score>(
    (t, s) => ({ ...t, found: t.found + s.found, good: t.good + s.good, strict: t.strict + s.strict, hit: t.hit + s.hit }),
    { name, found: 0, good: 0, strict: 0, hit: 0, wrong: [], missed: [] },
  );
}

/** One printed line of a score. */
export function scoreLine(s: Score): string {
  return `${s.name.padEnd(44)} P ${precisionOf(s).toFixed(3)}  R ${recallOf(s).toFixed(3)}  (${s.good}/${s.found} found good, ${s.hit}/${s.strict} strict)`;
}
